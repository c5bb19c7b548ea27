#!/usr/bin/env node
// Fails (exit 1) when a TypeScript file of src/ is over 300 lines (CONTRIBUTING.md, "Small files"):
// a file that grows past that holds more than one thing. Data is left out: src/generated/ (built from
// the flows and the catalogues) and the files named in DATA, which are tables of text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LINES = 300;
const root = fileURLToPath(new URL('../src/', import.meta.url));
/** Files that are data: the five request templates, their fields and texts in every language. */
const DATA = new Set(['request/templates.ts']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (relative(root, path) !== 'generated') yield* files(path);
    } else if (name.endsWith('.ts')) yield path;
  }
}

const long = [];
for (const path of files(root)) {
  const name = relative(root, path).split('\\').join('/');
  if (DATA.has(name)) continue;
  const lines = readFileSync(path, 'utf8').split('\n').length - 1;
  if (lines > MAX_LINES) long.push(`src/${name}: ${lines} lines`);
}
if (long.length) {
  console.error(`Over ${MAX_LINES} lines (split by what each part does; see CONTRIBUTING.md):\n  ${long.join('\n  ')}`);
  process.exit(1);
}
console.log(`No file in src/ over ${MAX_LINES} lines (data aside: ${[...DATA].join(', ')}).`);
