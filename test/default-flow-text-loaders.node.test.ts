/**
 * src/flows/default-flow-text-loaders.ts names, for every language, the module of the built-in
 * flow's text that default-flow.ts fills the definition from: `<login-help-flow>` fetches it beside
 * default-flow.ts, and a different module would be a second fetch (or the wrong text).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_FLOW_TEXTS } from '../src/flows/default-flow-text-loaders.js';
import { LANGUAGES } from '../src/localize/languages.js';

describe('the loaders of the built-in flow text', () => {
  it('load src/generated/default-flow/<lang>.ts for every language', async () => {
    for (const language of LANGUAGES) {
      const loaded = await DEFAULT_FLOW_TEXTS[language]();
      const generated = (await import(`../src/generated/default-flow/${language}.js`)) as { default: readonly string[] };
      assert.equal(loaded, generated, language);
    }
  });

  it('are the modules default-flow.ts loads for the default site', () => {
    const source = readFileSync(new URL('../src/flows/default-flow.ts', import.meta.url), 'utf8');
    const defaultSite = source.slice(source.indexOf('const defaultSite'), source.indexOf('const anySite'));
    for (const language of LANGUAGES) {
      const key = language.includes('-') ? `'${language}'` : language;
      assert.ok(defaultSite.includes(`${key}: () => import('../generated/default-flow/${language}.js')`), `${language} in default-flow.ts`);
    }
  });
});
