#!/usr/bin/env node
// Writes the generated parts of README.md: the API tables of each element (from
// custom-elements.json, made by `npm run manifest`) and the Mermaid picture of the default flow
// (from `toMermaid`). `--check` fails when README.md is not up to date (CI runs it).
// Run under tsx: `node --import tsx scripts/readme-docs.mjs [--check]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseFlow, toMermaid } from '../src/flow/index.ts';

const check = process.argv.includes('--check');
const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function elementDocs(declaration) {
  const publicFields = (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.attribute,
  );
  const sections = [
    [`Attributes`, table(['attribute', 'property', 'type', 'default', 'description'], (declaration.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]))],
    [`Properties (no attribute)`, table(['property', 'type', 'description'], publicFields.map((f) => [code(f.name), code(f.type?.text), cell(f.description)]))],
    [`Events`, table(['event', 'detail', 'description'], (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]))],
    [`Slots`, table(['slot', 'description'], (declaration.slots ?? []).map((s) => [code(s.name), cell(s.description)]))],
    [`CSS parts`, table(['part', 'description'], (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]))],
    [`CSS custom properties`, table(['property', 'description'], (declaration.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]))],
  ];
  return [
    `### \`<${declaration.tagName}>\``,
    '',
    cell(declaration.summary ?? ''),
    '',
    ...sections.filter(([, body]) => body).flatMap(([title, body]) => [`**${title}**`, '', body, '']),
  ].join('\n');
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement)
  .sort((a, b) => ['login-help-flow', 'auth-code-explainer', 'recovery-request-form'].indexOf(a.tagName) - ['login-help-flow', 'auth-code-explainer', 'recovery-request-form'].indexOf(b.tagName));
const api = elements.map(elementDocs).join('\n').trim();

const parsed = parseFlow(JSON.parse(readFileSync('src/flows/default.json', 'utf8')));
if (!parsed.ok) throw new Error('the default flow is invalid');
const mermaid = ['```mermaid', toMermaid(parsed.flow, { lang: 'en', direction: 'LR' }).trimEnd(), '```'].join('\n');

function replace(text, name, body) {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

const next = replace(replace(readme, 'api', api), 'default-flow', mermaid);
if (check) {
  if (next !== readme) {
    console.error('README.md is out of date: run `npm run docs` and commit it.');
    process.exit(1);
  }
  console.log('README.md is up to date.');
} else {
  writeFileSync('README.md', next);
  console.log('README.md updated.');
}
