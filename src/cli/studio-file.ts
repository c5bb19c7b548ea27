/**
 * The one file a studio edits: read with its version (the SHA-256 of its bytes), and written
 * atomically (a temporary file in the same folder, then renamed over it), so that an editor, a
 * watcher or a crash never sees half a file. Node only.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file as the studio's API answers it (`GET /api/file`). */
export interface StudioFileState {
  /** Its name without the folder (`''` when the studio has no file). */
  name: string;
  /** Its text (`''` when it does not exist). */
  text: string;
  /** The SHA-256 of its bytes, in hex (`''` when it does not exist). */
  version: string;
  /** Whether it is there. */
  exists: boolean;
}

/** The version of these bytes: their SHA-256, in hex. */
export const versionOf = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** Reads `path`; a file that is not there is `{ exists: false }` with empty text and version. */
export async function readStudioFile(path: string): Promise<StudioFileState> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { name: basename(path), text: '', version: '', exists: false };
    throw error;
  }
  return { name: basename(path), text: bytes.toString('utf8'), version: versionOf(bytes), exists: true };
}

/**
 * Writes `text` to `path` atomically and returns its version: the bytes go to a temporary file
 * beside it (same folder, so the rename cannot cross file systems), are flushed, then renamed over
 * `path`, keeping its mode. A symbolic link at `path` is kept: the file it points to is replaced.
 */
export async function writeStudioFile(path: string, text: string): Promise<string> {
  const target = (await lstat(path).catch(() => undefined))?.isSymbolicLink() ? await realpath(path) : path;
  const mode = (await stat(target).catch(() => undefined))?.mode ?? 0o644;
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  const handle = await open(temporary, 'wx', mode & 0o777);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return versionOf(bytes);
}
