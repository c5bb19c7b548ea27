/**
 * `login-help-elements studio [FILE] [--port N] [--lang L]`: starts the studio server
 * (studio-server.ts) on 127.0.0.1, prints its URL with the access token as the first line of stdout,
 * then what it edits and that Ctrl+C stops it; runs until SIGINT or SIGTERM. Exit code 2 for bad
 * usage, a FILE that cannot be edited, or a port that cannot be had.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pick } from '../localize/languages.js';
import { STUDIO_MESSAGES, startStudioServer, type StudioServer } from './studio-server.js';
import type { Io } from './main.js';

/**
 * The studio's script: dist/studio.bundle.js beside the built CLI (dist/cli/), or, when the CLI
 * runs from its TypeScript source (src/cli/), the one `npm run build` wrote to dist/.
 */
export const STUDIO_BUNDLE = new URL(
  import.meta.url.endsWith('.ts') ? '../../dist/studio.bundle.js' : '../studio.bundle.js',
  import.meta.url,
);

/** Why `file` cannot be edited (`EISDIR`, `ENOENT` …), or `undefined` when it can (it may not exist yet). */
async function unusable(file: string): Promise<string | undefined> {
  const found = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (!(found instanceof Error)) return found.isFile() ? undefined : 'EISDIR';
  if (found.code !== 'ENOENT') return found.code ?? found.message;
  const folder = await stat(dirname(file)).catch(() => undefined);
  return folder?.isDirectory() ? undefined : 'ENOENT';
}

/** Runs `studio` with `args` (the command first); resolves to the exit code once it is stopped. */
export async function studio(args: string[], lang: string, io: Io, usage: string): Promise<number> {
  const words = pick(STUDIO_MESSAGES, lang);
  const file = args[1] !== undefined && !args[1].startsWith('--') ? args[1] : undefined;
  let port = 0;
  const portAt = args.indexOf('--port');
  if (portAt >= 0) {
    const value = args[portAt + 1] ?? '';
    if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
      io.err(words.badPort(value));
      io.err(usage);
      return 2;
    }
    port = Number(value);
  }
  if (file !== undefined) {
    const reason = await unusable(resolve(file));
    if (reason) {
      io.err(words.notAFile(file, reason));
      return 2;
    }
  }
  let server: StudioServer;
  try {
    server = await startStudioServer({ file, port, bundle: STUDIO_BUNDLE, lang });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(code === 'EADDRINUSE' ? words.portInUse(port) : String((error as Error).message));
    return 2;
  }
  io.out(server.url);
  io.out(words.running(file));
  await new Promise<void>((stop) => {
    const stopping = () => {
      process.off('SIGINT', stopping);
      process.off('SIGTERM', stopping);
      stop();
    };
    process.on('SIGINT', stopping);
    process.on('SIGTERM', stopping);
  });
  await server.close();
  return 0;
}
