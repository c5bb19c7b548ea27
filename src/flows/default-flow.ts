/**
 * The built-in flow, loaded by `<login-help-flow>` only when it is given neither `flow` nor
 * `src`, and by language: the steps (src/generated/default-flow/structure.ts) and the text of one
 * language (`ja.ts`, `en.ts`, `zh-Hans.ts`: one for each of {@link LANGUAGES}) are modules of
 * their own, split from src/flows/default.json by scripts/split-default-flow.mjs. A Japanese page
 * never downloads the English text; switching language loads the other text into the same
 * definition.
 *
 * With a site profile, the flow for any site (src/generated/default-flow-template/, split from
 * src/flows/default.template.json the same way) and `applySiteProfile` are loaded instead: a page
 * with no profile never downloads them.
 */
import structure from '../generated/default-flow/structure.js';
import type { FlowDefinition } from '../flow/schema.js';
import type { SiteProfile } from '../flow/site-profile.js';
import { LANGUAGES, resolveLanguage, type Catalogues, type Language } from '../localize/languages.js';

/** Languages the built-in flow is written in (every language of the library); any other language gets English. */
export const DEFAULT_FLOW_LANGUAGES: readonly Language[] = LANGUAGES;

type Strings = () => Promise<{ default: readonly string[] }>;

/** One split of the built-in flow: its structure and each language's strings, filled in on demand. */
interface Split {
  structure: () => Promise<unknown>;
  /** A loader per language: a language added to LANGUAGES without its text here is a type error. */
  texts: Catalogues<Strings>;
  filled: Map<Language, Promise<void>>;
}

const defaultSite: Split = {
  structure: () => Promise.resolve(structure),
  // The modules of DEFAULT_FLOW_TEXTS (default-flow-text-loaders.ts), with which `<login-help-flow>`
  // fetches the text beside this module. Not imported from there: a lazy chunk importing from the
  // guide's entry chunk makes rollup split that entry into a facade (+48 B gzip in `npm run size`).
  texts: {
    en: () => import('../generated/default-flow/en.js'),
    ja: () => import('../generated/default-flow/ja.js'),
    'zh-Hans': () => import('../generated/default-flow/zh-Hans.js'),
  },
  filled: new Map(),
};

const anySite: Split = {
  structure: () => import('../generated/default-flow-template/structure.js').then((module) => module.default),
  texts: {
    en: () => import('../generated/default-flow-template/en.js'),
    ja: () => import('../generated/default-flow-template/ja.js'),
    'zh-Hans': () => import('../generated/default-flow-template/zh-Hans.js'),
  },
  filled: new Map(),
};

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
    // A text: `{}` or `{ when }` until its first language is filled in, then `{ when?, ja, en, zh-Hans … }`.
    if (
      keys.every(
        (key) => key === 'when' || ((DEFAULT_FLOW_LANGUAGES as readonly string[]).includes(key) && typeof record[key] === 'string'),
      )
    ) {
      record[lang] = strings[next++];
      return;
    }
    for (const key of keys) walk(record[key]);
  };
  walk(definition);
  if (next !== strings.length) throw new Error(`default flow: ${strings.length} ${lang} texts for ${next} places`);
}

/** Languages whose text is in the built-in flow's definition (no site profile). */
const filledNow = new Set<Language>();

/** The structure of `split` with the text of `language` in it (and of every language loaded before). */
async function filledIn(split: Split, language: Language): Promise<unknown> {
  const definition = await split.structure();
  let ready = split.filled.get(language);
  if (!ready) {
    ready = split.texts[language]().then(({ default: strings }) => {
      fillDefaultFlowText(definition, language, strings);
      if (split === defaultSite) filledNow.add(language);
    });
    split.filled.set(language, ready);
    ready.catch(() => split.filled.delete(language));
  }
  await ready;
  return definition;
}

/**
 * The built-in flow (no site profile) when its text in `lang` is already in, else undefined: a guide
 * created then renders its first step in its first update.
 */
export function loadedDefaultFlow(lang: Language): FlowDefinition | undefined {
  return filledNow.has(lang) ? (structure as FlowDefinition) : undefined;
}

/**
 * The built-in flow with its text in `lang` (Japanese, English or Simplified Chinese, chosen by
 * {@link resolveLanguage}; another language gets English). Without a profile (or with the
 * default site's), the same definition object is returned for every language: each call adds its
 * language's text to it, so a page that switches language keeps its place in the flow. With a profile, the flow of that site: a definition per
 * profile and set of languages loaded (the element restores its path on the new one).
 */
export async function loadDefaultFlow(lang: string, profile?: SiteProfile): Promise<FlowDefinition> {
  const language = resolveLanguage(lang);
  if (!profile) return (await filledIn(defaultSite, language)) as FlowDefinition;
  const [template, { applySiteProfile }] = await Promise.all([filledIn(anySite, language), import('../flow/apply-site-profile.js')]);
  const key = `${[...anySite.filled.keys()].join()}|${JSON.stringify(profile)}`;
  let flow = applied.get(key);
  if (!flow) {
    if (applied.size > 8) applied.clear();
    applied.set(key, (flow = applySiteProfile(template as FlowDefinition, profile)));
  }
  return flow;
}
