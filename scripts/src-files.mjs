// The TypeScript files of src/ that the project's checks read (check-folder-cycles.mjs,
// check-file-length.mjs): every `.ts` file but those of src/generated/ (built, not written).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The absolute path of src/, with a trailing separator. */
export const srcRoot = fileURLToPath(new URL('../src/', import.meta.url));

/** Yields the path of every TypeScript file under `dir` (default src/), src/generated/ left out. */
export function* srcFiles(dir = srcRoot) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (relative(srcRoot, path) !== 'generated') yield* srcFiles(path);
    } else if (name.endsWith('.ts')) yield path;
  }
}
