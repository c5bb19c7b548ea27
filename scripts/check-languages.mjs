#!/usr/bin/env node
// Fails (exit 1, naming file and line) when
// - code in src/ chooses a language by comparing tags (`lang === 'ja'`, `startsWith('ja')`,
//   `case 'en':` …): languages are chosen in one place, src/localize/languages.ts
//   (`resolveLanguage`, `pick` over per-language catalogues), so that a language is added by
//   adding files, not by editing conditions;
// - a text of the built-in flow (src/flows/default.template.json) lacks a declared language, or
//   the flow does not declare every language the library has.
// The UI catalogues are checked by scripts/check-translations.mjs; TypeScript checks the
// catalogues typed `Catalogues<T>` (request templates, messages).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set(['src/generated', 'src/localize/languages.ts']);
const TAG = String.raw`['"\x60](?:en|ja|zh)(?:-[\w-]*)?['"\x60]`;
const PATTERNS = [
  new RegExp(String.raw`(?:===|!==|==|!=)\s*${TAG}`),
  new RegExp(String.raw`${TAG}\s*(?:===|!==|==|!=)`),
  new RegExp(String.raw`\.(?:startsWith|endsWith|includes)\(\s*${TAG}`),
  new RegExp(String.raw`\bcase\s+${TAG}\s*:`),
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(root, path);
    if (SKIP.has(rel)) continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mjs|js)$/.test(name)) yield [path, rel];
  }
}

const problems = [];
for (const [path, rel] of files(join(root, 'src'))) {
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (PATTERNS.some((pattern) => pattern.test(line)))
        problems.push(`${rel}:${i + 1}: a language chosen by comparing tags: ${line.trim()}`);
    });
}

const languagesSource = readFileSync(join(root, 'src/localize/languages.ts'), 'utf8');
const LANGUAGES = JSON.parse(/export const LANGUAGES = (\[[^\]]*\])/.exec(languagesSource)[1].replace(/'/g, '"'));
const template = JSON.parse(readFileSync(join(root, 'src/flows/default.template.json'), 'utf8'));
for (const language of LANGUAGES) {
  if (!template.languages?.includes(language)) problems.push(`src/flows/default.template.json: \`languages\` lacks "${language}"`);
}
const isText = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).some((key) => key !== 'when') &&
  Object.entries(value).every(([key, text]) => key === 'when' || typeof text === 'string');
let texts = 0;
(function walk(value, path) {
  if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return;
  if (isText(value) && Object.keys(value).some((key) => LANGUAGES.includes(key))) {
    texts++;
    for (const language of LANGUAGES) {
      if (typeof value[language] !== 'string' || value[language].trim() === '')
        problems.push(`src/flows/default.template.json ${path}: no ${language} text`);
    }
    return;
  }
  for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
})(template, '');

if (problems.length) {
  console.error(`${problems.length} language problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `Languages OK: ${LANGUAGES.join(', ')}; no language comparisons in src/; ${texts} texts of the built-in flow in every language.`,
);
