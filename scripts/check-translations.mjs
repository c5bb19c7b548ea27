#!/usr/bin/env node
/**
 * Checks the translated UI strings (no dependencies). For every xliff/<lang>.xlf:
 *  - every trans-unit has a non-empty <target>;
 *  - a target has the same placeholders as its source (<x id="N" equiv-text="…"/> or
 *    <ph id="N">…</ph>, compared as a set with their id and content; their order may differ);
 * and for every xliff/<lang>.translations.json:
 *  - every id it names is still a trans-unit of xliff/<lang>.xlf;
 *  - its {0}, {1}… name placeholders the source has.
 * Prints one line per problem (language, id, what is wrong) and exits 1 when there is any.
 * Usage: node scripts/check-translations.mjs [xliff-dir]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? fileURLToPath(new URL('../xliff/', import.meta.url));

const decode = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]);

/** The placeholders of a source or target, as sorted strings like `x 0 <strong>`. */
function placeholders(text) {
  const found = [];
  for (const match of text.matchAll(/<x\s+([^>]*?)\/>/g)) {
    const attributes = match[1];
    const id = /\bid="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const equiv = /\bequiv-text="([^"]*)"/.exec(attributes)?.[1] ?? '';
    found.push(`x ${id} ${decode(equiv)}`);
  }
  for (const match of text.matchAll(/<ph\s+([^>]*?)(?:\/>|>([\s\S]*?)<\/ph>)/g)) {
    const id = /\bid="([^"]*)"/.exec(match[1])?.[1] ?? '';
    found.push(`ph ${id} ${decode(match[2] ?? '')}`);
  }
  return found.sort();
}

/** The trans-units of an XLIFF file: id → { source, target }. */
function transUnits(text) {
  const units = new Map();
  const duplicates = [];
  for (const match of text.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)) {
    const id = decode(/\bid="([^"]*)"/.exec(match[1])?.[1] ?? '');
    const body = match[2];
    const source = /<source(?:\s[^>]*)?>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (units.has(id)) duplicates.push(id);
    units.set(id, { source: source ?? '', target });
  }
  return { units, duplicates };
}

const problems = [];
const summary = [];
const files = readdirSync(dir);
const languages = new Set(
  files.flatMap((name) => {
    const match = /^(.+?)\.(xlf|translations\.json)$/.exec(name);
    return match ? [match[1]] : [];
  }),
);

for (const lang of [...languages].sort()) {
  const xlfPath = join(dir, `${lang}.xlf`);
  const jsonPath = join(dir, `${lang}.translations.json`);
  if (!existsSync(xlfPath)) {
    problems.push(`${lang}: ${lang}.translations.json exists but ${lang}.xlf does not`);
    continue;
  }
  const { units, duplicates } = transUnits(readFileSync(xlfPath, 'utf8'));
  for (const id of duplicates) problems.push(`${lang}: ${id}: appears more than once in ${lang}.xlf`);
  let translated = 0;
  for (const [id, { source, target }] of units) {
    if (target === undefined || target.trim() === '') {
      problems.push(`${lang}: ${id}: no <target>`);
      continue;
    }
    translated++;
    const want = placeholders(source);
    const got = placeholders(target);
    if (want.join('\n') !== got.join('\n')) {
      const missing = want.filter((p) => !got.includes(p));
      const extra = got.filter((p) => !want.includes(p));
      const detail = [
        missing.length ? `missing ${missing.map((p) => JSON.stringify(p)).join(', ')}` : '',
        extra.length ? `not in the source ${extra.map((p) => JSON.stringify(p)).join(', ')}` : '',
        !missing.length && !extra.length ? `source has ${want.length}, target ${got.length}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      problems.push(`${lang}: ${id}: the target's placeholders differ from the source's (${detail})`);
    }
  }
  let entries = 0;
  if (existsSync(jsonPath)) {
    let dictionary;
    try {
      dictionary = JSON.parse(readFileSync(jsonPath, 'utf8'));
    } catch (error) {
      problems.push(`${lang}: ${lang}.translations.json is not valid JSON (${error.message})`);
      dictionary = {};
    }
    for (const [id, text] of Object.entries(dictionary)) {
      entries++;
      const unit = units.get(id);
      if (!unit) {
        problems.push(`${lang}: ${id}: named in ${lang}.translations.json but no longer a trans-unit of ${lang}.xlf`);
        continue;
      }
      if (typeof text !== 'string') {
        problems.push(`${lang}: ${id}: the entry in ${lang}.translations.json is not a string`);
        continue;
      }
      const sourceIds = new Set([...unit.source.matchAll(/<(?:x|ph)\s[^>]*?\bid="(\d+)"/g)].map((m) => m[1]));
      const unknown = [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).filter((n) => !sourceIds.has(n));
      if (unknown.length)
        problems.push(`${lang}: ${id}: ${lang}.translations.json uses {${unknown.join('}, {')}} that the source does not have`);
    }
  }
  summary.push(`${lang}: ${translated}/${units.size} trans-units translated, ${entries} dictionary entries`);
}

for (const line of summary) console.log(line);
if (problems.length) {
  console.error(`\n${problems.length} translation problem(s):`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}
console.log('Translations OK.');
