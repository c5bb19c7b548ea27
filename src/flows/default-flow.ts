/**
 * The built-in flow, loaded by `<login-help-flow>` only when it is given neither `flow` nor
 * `src`, and by language: the steps (src/generated/default-flow/structure.ts) and the text of one
 * language (`ja.ts`, `en.ts`) are modules of their own, split from src/flows/default.json by
 * scripts/split-default-flow.mjs. A Japanese page never downloads the English text; switching
 * language loads the other text into the same definition.
 */
import structure from '../generated/default-flow/structure.js';
import type { FlowDefinition } from '../flow/schema.js';
import { primaryLanguage } from '../flow/text.js';

/** Languages the built-in flow is written in; any other language gets English. */
export const DEFAULT_FLOW_LANGUAGES: readonly string[] = ['ja', 'en'];

const texts: Record<string, () => Promise<{ default: readonly string[] }>> = {
  ja: () => import('../generated/default-flow/ja.js'),
  en: () => import('../generated/default-flow/en.js'),
};
const filled = new Map<string, Promise<void>>();

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
    if (keys.length === 0 || keys.every((key) => DEFAULT_FLOW_LANGUAGES.includes(key) && typeof record[key] === 'string')) {
      record[lang] = strings[next++];
      return;
    }
    for (const key of keys) walk(record[key]);
  };
  walk(definition);
  if (next !== strings.length) throw new Error(`default flow: ${strings.length} ${lang} texts for ${next} places`);
}

/**
 * The built-in flow with its text in `lang` (Japanese or English; another language gets
 * English). The same definition object is returned for every language: each call adds its
 * language's text to it, so a page that switches language keeps its place in the flow.
 */
export async function loadDefaultFlow(lang: string): Promise<FlowDefinition> {
  const primary = primaryLanguage(lang);
  const language = DEFAULT_FLOW_LANGUAGES.includes(primary) ? primary : 'en';
  let ready = filled.get(language);
  if (!ready) {
    ready = texts[language]!().then(({ default: strings }) => fillDefaultFlowText(structure, language, strings));
    filled.set(language, ready);
    ready.catch(() => filled.delete(language));
  }
  await ready;
  return structure as FlowDefinition;
}
