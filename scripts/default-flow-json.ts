// Writes src/flows/default.json, the built-in flow of the default site (what
// `login-help-elements/flows/default.json` ships), from the flow for any site
// (src/flows/default.template.json): `applySiteProfile(template, defaultSiteProfile)`.
// First checks that the template is written in every language of LANGUAGES
// (src/localize/languages.ts): its `languages` lists each, and every localized text has each.
// `--check` only compares (exit 1 when default.json is stale). test/site-profile.node.test.ts
// checks the same.
//   node --import tsx scripts/default-flow-json.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { applySiteProfile } from '../src/flow/apply-site-profile.js';
import { defaultSiteProfile } from '../src/flow/site-profile.js';
import { LANGUAGES } from '../src/localize/languages.js';

/** The flow for any site, as written: a JSON object (applySiteProfile reads it as one). */
const template = JSON.parse(readFileSync('src/flows/default.template.json', 'utf8')) as Record<string, unknown>;

/** Where the template lacks a language: `languages`, then each localized text (`{ ja, en, …, when? }`). */
function missingLanguages(flow: Record<string, unknown>): string[] {
  const known = new Set<string>(LANGUAGES);
  const problems: string[] = [];
  const declared = Array.isArray(flow.languages) ? flow.languages : [];
  for (const lang of LANGUAGES) if (!declared.includes(lang)) problems.push(`$.languages: no "${lang}"`);
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (value === null || typeof value !== 'object') return;
    const keys = Object.keys(value);
    const languages = keys.filter((key) => key !== 'when');
    if (languages.length && languages.every((key) => known.has(key))) {
      for (const lang of LANGUAGES) if (!languages.includes(lang)) problems.push(`${path}: no "${lang}" text`);
      return;
    }
    for (const key of keys) walk((value as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(flow, '$');
  return problems;
}

const problems = missingLanguages(template);
if (problems.length) {
  console.error(`src/flows/default.template.json lacks a language of src/localize/languages.ts:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const text = `${JSON.stringify(applySiteProfile(template, defaultSiteProfile), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync('src/flows/default.json', 'utf8') !== text) {
    console.error('src/flows/default.json is stale: run `node --import tsx scripts/default-flow-json.ts`');
    process.exit(1);
  }
} else writeFileSync('src/flows/default.json', text);
