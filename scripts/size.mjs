#!/usr/bin/env node
// `npm run size`: the production build of rollup.config.mjs, measured min+gzip (-9), with the
// budgets of the issues enforced. An entry's size counts every chunk it imports statically
// (what loads when the element is registered); lazily imported chunks (element bodies, the
// default flow, locale messages, validation) are listed on their own lines, and each element
// "shown" (registered + its body) and all three shown are reported too.
import { rollup } from 'rollup';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { sizeConfig as config } from '../rollup.config.mjs';

const BUDGETS = { 'login-help-flow': 16 * 1024 };
/** Goal of issue 6 for every element together, registered (enforced). */
/** Hydration support: at most 2.5 KB min+gzip (issue 16). */
const HYDRATION_BUDGET = 2.5 * 1024;
const TOTAL_GOAL = 20 * 1024;
/** The studio (issue 17): at most 150 KB min+gzip with the live guide it embeds. */
const STUDIO_BUDGET = 150 * 1024;

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

/** What each lazily loaded chunk is, by a module it contains. */
const LAZY_PARTS = [
  [/flows[\\/]default-flow\.ts$/, 'default flow: its steps, loaded when no flow/src is given'],
  [/default-flow[\\/]ja\.ts$/, 'default flow: its Japanese text, loaded for lang=ja'],
  [/default-flow[\\/]zh-Hans\.ts$/, 'default flow: its Simplified Chinese text, loaded for lang=zh-Hans (zh, zh-CN, zh-SG)'],
  [/default-flow[\\/]en\.ts$/, 'default flow: its English text, loaded for any other lang'],
  [/default-flow-template[\\/]structure\.ts$/, 'default flow for any site: its steps, loaded with a site profile'],
  [/default-flow-template[\\/]ja\.ts$/, 'default flow for any site: its Japanese text, loaded with a site profile for lang=ja'],
  [
    /default-flow-template[\\/]zh-Hans\.ts$/,
    'default flow for any site: its Simplified Chinese text, loaded with a site profile for lang=zh-Hans',
  ],
  [/default-flow-template[\\/]en\.ts$/, 'default flow for any site: its English text, loaded with a site profile for any other lang'],
  [/flow[\\/]apply-site-profile\.ts$/, 'applySiteProfile, loaded with a site profile'],
  [/locales[\\/]ja\./, 'Japanese UI messages, loaded for lang=ja'],
  [/locales[\\/]zh-Hans\./, 'Simplified Chinese UI messages, loaded for lang=zh-Hans'],
  [/flow[\\/]parse\.ts$/, 'flow validation (zod/mini + parseFlow), loaded when the page gives flow or src'],
  [/request[\\/]validate\.ts$/, 'request validation (zod/mini + validateRequest), loaded when a request is checked'],
  [/recovery-request-form\.body\.ts$/, "<recovery-request-form>'s body (templates, payload, views), loaded when a form is first connected"],
  [
    /auth-code-explainer\.body\.ts$/,
    "<auth-code-explainer>'s body (TOTP, grid, code check, views), loaded when an explainer is first connected",
  ],
  [/username-notice\.ts$/, "<login-help-flow>'s username check, loaded when it is given a username"],
  [/site-profile-loader\.ts$/, 'site profile check and applySiteProfile, loaded when a page gives a site profile'],
];

const rows = [];
const lazy = new Set();
let failed = false;
const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
/** Whether a chunk holds an element's body (see src/elements/shared/lazy-body.ts), imported on first connection. */
const isBody = (file) => chunks.get(file).moduleIds.some((id) => /\.body\.ts$/.test(id));
const bodyOf = (files) => files.flatMap((file) => chunks.get(file).dynamicImports).find(isBody);
for (const chunk of entries) {
  const files = [...staticClosure(chunk.fileName)];
  const code = files.map((file) => chunks.get(file).code).join('\n');
  const size = gz(code);
  const budget = BUDGETS[chunk.name];
  const over = budget !== undefined && size > budget;
  failed ||= over;
  const body = bodyOf(files);
  rows.push({
    part: body
      ? `<${chunk.name}> registered: Lit, localization, the element (its body loads when one is first connected)`
      : `<${chunk.name}> with Lit and localization (everything before its first step)`,
    min: code.length,
    gzip: size,
    brotli: br(code),
    budget,
    over,
  });
  if (body) {
    const shown = [...new Set([...files, ...staticClosure(body)])].map((file) => chunks.get(file).code).join('\n');
    rows.push({
      part: `<${chunk.name}> shown: the same with its body (alone on a page)`,
      min: shown.length,
      gzip: gz(shown),
      brotli: br(shown),
    });
  }
}
const everything = new Set(entries.flatMap((chunk) => [...staticClosure(chunk.fileName)]));
const totalCode = [...everything].map((file) => chunks.get(file).code).join('\n');
const total = gz(totalCode);
rows.push({
  part: 'all elements together, registered (each shared chunk once)',
  min: totalCode.length,
  gzip: total,
  brotli: br(totalCode),
  budget: TOTAL_GOAL,
  over: total > TOTAL_GOAL,
});
failed ||= total > TOTAL_GOAL;
// Hydration support (login-help-elements/hydrate.js, for pages rendered with ./ssr): what it adds to
// the elements, which bring Lit already — @lit-labs/ssr-client's support with Lit external.
const hydration = await rollup({
  input: 'node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js',
  plugins: config.plugins,
  external: (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id),
  onwarn: config.onwarn,
});
const hydrationCode = (await hydration.generate({ format: 'es' })).output[0].code;
await hydration.close();
const hydrationSize = gz(hydrationCode);
rows.push({
  part: 'hydration support (login-help-elements/hydrate.js, for server-rendered pages; Lit not counted)',
  min: hydrationCode.length,
  gzip: hydrationSize,
  brotli: br(hydrationCode),
  budget: HYDRATION_BUDGET,
  over: hydrationSize > HYDRATION_BUDGET,
});
failed ||= hydrationSize > HYDRATION_BUDGET;
// The studio (login-help-elements/studio.js): a build of its own, so that the rows above stay what
// the three elements cost; what loads to show it (CodeMirror, the live guide, validation, Lit).
const studio = await rollup({ input: { studio: 'src/define/studio.ts' }, plugins: config.plugins, onwarn: config.onwarn });
const studioOutput = (await studio.generate({ ...config.output, dir: 'build/size-studio' })).output;
await studio.close();
const studioChunks = new Map(studioOutput.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
const studioFiles = new Set();
const addStudio = (file) => {
  if (studioFiles.has(file)) return;
  studioFiles.add(file);
  for (const imported of studioChunks.get(file).imports) addStudio(imported);
};
addStudio([...studioChunks.values()].find((chunk) => chunk.isEntry).fileName);
const studioCode = [...studioFiles].map((file) => studioChunks.get(file).code).join('\n');
const studioSize = gz(studioCode);
rows.push({
  part: '<login-help-flow-studio> registered and shown: CodeMirror, the live guide, validation, Lit and localization',
  min: studioCode.length,
  gzip: studioSize,
  brotli: br(studioCode),
  budget: STUDIO_BUDGET,
  over: studioSize > STUDIO_BUDGET,
});
failed ||= studioSize > STUDIO_BUDGET;
// Lazy parts, and the lazy parts of lazy parts (validation is imported by the form's body).
const pending = [...everything].flatMap((file) => chunks.get(file).dynamicImports);
while (pending.length) {
  const file = pending.pop();
  if (lazy.has(file) || everything.has(file)) continue;
  lazy.add(file);
  for (const name of staticClosure(file)) pending.push(...chunks.get(name).dynamicImports);
}
const allShown = [...new Set([...everything, ...[...lazy].filter(isBody).flatMap((file) => [...staticClosure(file)])])];
const allShownCode = allShown.map((file) => chunks.get(file).code).join('\n');
rows.push({
  part: 'all elements together, every body loaded (all three shown)',
  min: allShownCode.length,
  gzip: gz(allShownCode),
  brotli: br(allShownCode),
});
for (const file of lazy) {
  const chunk = chunks.get(file);
  // A lazy part costs its chunk plus what it imports that is not loaded already: the registered
  // elements, and the lazy part that imports it (request validation comes after the form's body).
  const loaded = new Set(everything);
  for (const importer of lazy)
    if (importer !== file && [...staticClosure(importer)].some((name) => chunks.get(name).dynamicImports.includes(file)))
      for (const name of staticClosure(importer)) loaded.add(name);
  const files = [...staticClosure(file)].filter((name) => !loaded.has(name));
  const code = files.map((name) => chunks.get(name).code).join('\n');
  const name = LAZY_PARTS.find(([pattern]) => chunk.moduleIds.some((id) => pattern.test(id)))?.[1] ?? chunk.name;
  rows.push({ part: `  lazy: ${name}`, min: code.length, gzip: gz(code), brotli: br(code) });
}

const lines = [
  '| part | min | min+gzip | min+brotli | budget (gzip) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.part} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.budget ? `${kb(r.budget)} ${r.over ? 'OVER' : 'ok'}` : r.goal ? `goal ${kb(r.goal)}${r.gzip > r.goal ? ' (not met yet)' : ' ok'}` : ''} |`,
  ),
];
console.log(lines.join('\n'));
mkdirSync('build', { recursive: true });
writeFileSync('build/size.json', JSON.stringify(rows, null, 2));
if (failed) {
  console.error('\nOver budget.');
  process.exit(1);
}
