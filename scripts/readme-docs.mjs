#!/usr/bin/env node
// Writes the generated parts of README.md: the API tables of each element (from
// custom-elements.json, made by `npm run manifest`), the Mermaid picture of the default flow
// (from `toMermaid`) and the fields of each built-in request template (from the request module).
// `--check` fails when README.md is not up to date (CI runs it).
// Run under tsx: `node --import tsx scripts/readme-docs.mjs [--check]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseFlow, resolveText, toMermaid } from '../src/flow/index.ts';
import { DEFAULT_REQUEST_TEMPLATES, REQUEST_FIELD_IDS } from '../src/request/index.ts';

const check = process.argv.includes('--check');
const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function elementDocs(declaration) {
  const publicFields = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.attribute,
  );
  const sections = [
    [
      `Attributes`,
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        (declaration.attributes ?? []).map((a) => [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          cell(a.description),
        ]),
      ),
    ],
    [
      `Properties (no attribute)`,
      table(
        ['property', 'type', 'description'],
        publicFields.map((f) => [code(f.name), code(f.type?.text), cell(f.description)]),
      ),
    ],
    [
      `Events`,
      table(
        ['event', 'detail', 'description'],
        (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
    ],
    [
      `Slots`,
      table(
        ['slot', 'description'],
        (declaration.slots ?? []).map((s) => [code(s.name), cell(s.description)]),
      ),
    ],
    [
      `CSS parts`,
      table(
        ['part', 'description'],
        (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
    [
      `CSS custom properties`,
      table(
        ['property', 'description'],
        (declaration.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
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
  .sort(
    (a, b) =>
      ['login-help-flow', 'auth-code-explainer', 'recovery-request-form'].indexOf(a.tagName) -
      ['login-help-flow', 'auth-code-explainer', 'recovery-request-form'].indexOf(b.tagName),
  );
const api = elements.map(elementDocs).join('\n').trim();

const parsed = parseFlow(JSON.parse(readFileSync('src/flows/default.json', 'utf8')));
if (!parsed.ok) throw new Error('the default flow is invalid');
const mermaid = ['```mermaid', toMermaid(parsed.flow, { lang: 'en', direction: 'LR' }).trimEnd(), '```'].join('\n');

/**
 * The request templates README documents: the built-in ones, as the request module exports them.
 * The one place to change when the templates become a function of the site profile (then: the
 * templates of the default site profile).
 */
function documentedRequestTemplates() {
  return DEFAULT_REQUEST_TEMPLATES;
}

/** The value that occurs most often (the first of those, on a tie). */
function mostCommon(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * One table, a row per field id and a column per template: whether the template asks for the
 * field, whether it is required, whether "I don't know" is an answer, and the field's kind (the
 * row's kind, unless the template gives it another). Then the rules that span fields.
 */
function requestFieldsDocs(templates) {
  const rows = new Map();
  for (const template of templates) {
    for (const field of template.fields) {
      if (!rows.has(field.id)) rows.set(field.id, { label: resolveText(field.label, 'en'), byTemplate: new Map() });
      rows.get(field.id).byTemplate.set(template.id, field);
    }
  }
  // The built-in ids in their documented order (`other` last), then any others as they come.
  const order = (id) => (REQUEST_FIELD_IDS.includes(id) ? REQUEST_FIELD_IDS.indexOf(id) : REQUEST_FIELD_IDS.length);
  const body = [...rows]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([id, { label, byTemplate }]) => {
      const kind = mostCommon([...byTemplate.values()].map((field) => field.kind));
      const cells = templates.map((template) => {
        const field = byTemplate.get(template.id);
        if (!field) return '';
        return [field.required ? '**required**' : 'optional', field.allowUnknown ? '?' : '', field.kind !== kind ? code(field.kind) : '']
          .filter(Boolean)
          .join(' · ');
      });
      return [`${code(id)} ${cell(label)}`, code(kind), ...cells];
    });
  const rules = templates.flatMap((template) => [
    ...(template.requiresUsername
      ? [`- \`${template.id}\`: the user first logs in with the password, so \`username\` is required and "I don't know" is not an answer.`]
      : []),
    ...(template.requiresOneOf
      ? [
          `- \`${template.id}\`: at least one of ${template.requiresOneOf.fields.map((id) => `\`${id}\``).join(', ')} must have a value ("I don't know" is not enough).`,
        ]
      : []),
  ]);
  return [
    table(['field', 'kind', ...templates.map((template) => code(template.id))], body),
    '',
    '**required**: a value (or, with ?, "I don\'t know") must be given · ?: "I don\'t know" is an answer, sent as `{ "unknown": true }` · a kind in a cell: that template\'s kind for the field · empty: not asked.',
    ...(rules.length ? ['', ...rules] : []),
  ].join('\n');
}
const requestFields = requestFieldsDocs(documentedRequestTemplates());

function replace(text, name, body) {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

const next = replace(replace(replace(readme, 'api', api), 'default-flow', mermaid), 'request-fields', requestFields);
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
