// Writes src/flows/default.json, the built-in flow of the default site (what
// `login-help-elements/flows/default.json` ships), from the flow for any site
// (src/flows/default.template.json): `applySiteProfile(template, defaultSiteProfile)`.
// `--check` only compares (exit 1 when default.json is stale). test/site-profile.node.test.ts
// checks the same.
//   node --import tsx scripts/default-flow-json.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { applySiteProfile } from '../src/flow/apply-site-profile.js';
import { defaultSiteProfile } from '../src/flow/site-profile.js';

const template = JSON.parse(readFileSync('src/flows/default.template.json', 'utf8'));
const text = `${JSON.stringify(applySiteProfile(template, defaultSiteProfile), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync('src/flows/default.json', 'utf8') !== text) {
    console.error('src/flows/default.json is stale: run `node --import tsx scripts/default-flow-json.ts`');
    process.exit(1);
  }
} else writeFileSync('src/flows/default.json', text);
