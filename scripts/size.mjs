#!/usr/bin/env node
// `npm run size`: the production build of rollup.config.mjs, measured min+gzip (-9), with the
// budgets of the issues enforced. An entry's size counts every chunk it imports statically
// (what must load before it renders); lazily imported chunks (the default flow, locale
// messages) are listed on their own lines.
import { rollup } from 'rollup';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { sizeConfig as config } from '../rollup.config.mjs';

const BUDGETS = { 'login-help-flow': 16 * 1024 };
/** Goal of issue 6 for every element together (reported, not yet enforced). */
const TOTAL_GOAL = 20 * 1024;

import { rmSync } from 'node:fs';
rmSync('build/size', { recursive: true, force: true });
const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: config.onwarn });
const { output } = await bundle.generate(config.output);
await bundle.write(config.output);
await bundle.close();

const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
const gz = (code) => gzipSync(code, { level: 9 }).length;
const br = (code) => brotliCompressSync(code).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function staticClosure(fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of chunks.get(fileName).imports) staticClosure(imported, seen);
  return seen;
}

const rows = [];
const lazy = new Set();
let failed = false;
for (const chunk of chunks.values()) {
  if (!chunk.isEntry) continue;
  const files = [...staticClosure(chunk.fileName)];
  const code = files.map((file) => chunks.get(file).code).join('\n');
  const size = gz(code);
  const budget = BUDGETS[chunk.name];
  const over = budget !== undefined && size > budget;
  failed ||= over;
  rows.push({ part: `<${chunk.name}> with Lit and localization (everything before its first render)`, min: code.length, gzip: size, brotli: br(code), budget, over });
  for (const file of files) for (const dynamic of chunks.get(file).dynamicImports) lazy.add(dynamic);
}
const everything = new Set([...chunks.values()].filter((chunk) => chunk.isEntry).flatMap((chunk) => [...staticClosure(chunk.fileName)]));
const totalCode = [...everything].map((file) => chunks.get(file).code).join('\n');
const total = gz(totalCode);
rows.push({ part: 'all elements together (each shared chunk once)', min: totalCode.length, gzip: total, brotli: br(totalCode), goal: TOTAL_GOAL });
for (const file of everything) lazy.delete(file);
for (const file of lazy) {
  const chunk = chunks.get(file);
  // A lazy part costs its chunk plus what it imports that is not loaded already.
  const files = [...staticClosure(file)].filter((name) => !everything.has(name));
  const code = files.map((name) => chunks.get(name).code).join('\n');
  const has = (pattern) => chunk.moduleIds.some((id) => pattern.test(id));
  const name = has(/flows[\\/]default\.json$/)
    ? 'default flow (ja + en), loaded when no flow/src is given'
    : has(/locales[\\/]ja\./)
      ? 'Japanese UI messages, loaded for lang=ja'
      : has(/flow[\\/]parse\.ts$/)
        ? 'flow validation (zod/mini + parseFlow), loaded when the page gives flow or src'
        : has(/request[\\/]validate\.ts$/)
          ? 'request validation (zod/mini + validateRequest), loaded when a request is checked'
          : chunk.name;
  rows.push({ part: `  lazy: ${name}`, min: code.length, gzip: gz(code), brotli: br(code) });
}

const lines = [
  '| part | min | min+gzip | min+brotli | budget (gzip) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.part} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.budget ? `${kb(r.budget)} ${r.over ? 'OVER' : 'ok'}` : r.goal ? `goal ${kb(r.goal)}${r.gzip > r.goal ? ' (not met yet)' : ' ok'}` : ''} |`),
];
console.log(lines.join('\n'));
mkdirSync('build', { recursive: true });
writeFileSync('build/size.json', JSON.stringify(rows, null, 2));
if (failed) {
  console.error('\nOver budget.');
  process.exit(1);
}
