/**
 * The built-in flow, loaded by `<login-help-flow>` only when it is given neither `flow` nor
 * `src`, and by language: the steps (src/generated/default-flow/structure.ts) and the text of one
 * language (`ja.ts`, `en.ts`) are modules of their own, split from the flow for any site
 * (src/flows/default.template.json) by scripts/split-default-flow.mjs, then made into the flow
 * of one site with `applySiteProfile`. A Japanese page never downloads the English text.
 */
import structure from '../generated/default-flow/structure.js';
import type { FlowDefinition } from '../flow/schema.js';
import { primaryLanguage } from '../flow/text.js';
import { applySiteProfile } from '../flow/apply-site-profile.js';
import { resolveSiteProfile, type SiteProfile, type SiteProfileInput } from '../flow/site-profile.js';

/** Languages the built-in flow is written in; any other language gets English. */
export const DEFAULT_FLOW_LANGUAGES: readonly string[] = ['ja', 'en'];

const texts: Record<string, () => Promise<{ default: readonly string[] }>> = {
  ja: () => import('../generated/default-flow/ja.js'),
  en: () => import('../generated/default-flow/en.js'),
};
const filled = new Map<string, Promise<void>>();
/** Definitions made by `applySiteProfile`, by languages loaded and profile. */
const applied = new Map<string, FlowDefinition>();

/**
 * Puts `strings` into the emptied text objects of `definition`, as `text[lang]`, walking it
 * the way the splitting script did: arrays in order, object keys in order.
 */
export function fillDefaultFlowText(definition: unknown, lang: string, strings: readonly string[]): void {
  let next = 0;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const keys = Object.keys(value);
    const record = value as Record<string, unknown>;
    // A text: `{}` or `{ when }` until its first language is filled in, then `{ when?, ja, en … }`.
    if (keys.every((key) => key === 'when' || (DEFAULT_FLOW_LANGUAGES.includes(key) && typeof record[key] === 'string'))) {
      record[lang] = strings[next++];
      return;
    }
    for (const key of keys) walk(record[key]);
  };
  walk(definition);
  if (next !== strings.length) throw new Error(`default flow: ${strings.length} ${lang} texts for ${next} places`);
}

/**
 * The built-in flow for the site `profile` describes (the default site's when none), with its
 * text in `lang` (Japanese or English; another language gets English) and in every language
 * loaded before: a page that switches language keeps its place in the flow (the element
 * restores its path on the new definition). Definitions are cached by profile and languages.
 */
export async function loadDefaultFlow(lang: string, profile?: SiteProfileInput | SiteProfile): Promise<FlowDefinition> {
  const primary = primaryLanguage(lang);
  const language = DEFAULT_FLOW_LANGUAGES.includes(primary) ? primary : 'en';
  let ready = filled.get(language);
  if (!ready) {
    ready = texts[language]!().then(({ default: strings }) => fillDefaultFlowText(structure, language, strings));
    filled.set(language, ready);
    ready.catch(() => filled.delete(language));
  }
  await ready;
  const key = `${[...filled.keys()].join()}|${JSON.stringify(resolveSiteProfile(profile))}`;
  let flow = applied.get(key);
  if (!flow) {
    if (applied.size > 8) applied.clear();
    applied.set(key, (flow = applySiteProfile(structure as FlowDefinition, profile)));
  }
  return flow;
}
