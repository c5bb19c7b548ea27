#!/usr/bin/env node
// Fails (exit 1) when a TypeScript file of src/ is over 300 lines (CONTRIBUTING.md, "Small files"):
// a file that grows past that holds more than one thing. Data is left out: src/generated/ (built from
// the flows and the catalogues) and the files named in DATA, which are tables of text.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { srcFiles, srcRoot as root } from './src-files.mjs';

const MAX_LINES = 300;
/** Files that are data: the five request templates, their fields and texts in every language. */
const DATA = new Set(['request/templates.ts']);

const long = [];
for (const path of srcFiles()) {
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
