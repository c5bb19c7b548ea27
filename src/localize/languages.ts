/**
 * The languages the library speaks, and the one way every part of it (elements, pure modules,
 * server, CLI) turns a BCP 47 tag into one of them.
 *
 * Adding a language: add its tag to {@link LANGUAGES}; TypeScript then names every catalogue
 * (`Record<Language, …>`) that lacks it. See README, "Adding a language".
 */

/** Languages with a full set of text: UI, default flow, request templates, messages. The first is the source. */
export const LANGUAGES = ['en', 'ja', 'zh-Hans'] as const;

/** A language the library has text for. */
export type Language = (typeof LANGUAGES)[number];

/** The language of the source text (and of any tag the library has no text for). */
export const SOURCE_LANGUAGE: Language = 'en';

/** Per-language values: one entry for every {@link Language}, so a missing one is a type error. */
export type Catalogues<T> = { readonly [L in Language]: T };

/** Language and script of a tag (`zh-CN` → `zh-Hans`, `ja-JP` → `ja-Jpan`), or its primary subtag when not a valid tag. */
const likelyCache = new Map<string, string>();
export function likelyLanguageScript(tag: string): string {
  let likely = likelyCache.get(tag);
  if (likely === undefined) {
    try {
      const locale = new Intl.Locale(tag).maximize();
      likely = `${locale.language}-${locale.script ?? ''}`;
    } catch {
      likely = (tag.split('-')[0] ?? '').toLowerCase();
    }
    if (likelyCache.size > 256) likelyCache.clear();
    likelyCache.set(tag, likely);
  }
  return likely;
}

const BY_LIKELY = new Map<string, Language>(LANGUAGES.map((language) => [likelyLanguageScript(language), language]));

/**
 * The library language for a BCP 47 tag: `ja-JP` → `ja`; `zh`, `zh-CN`, `zh-SG`, `zh-Hans-HK` →
 * `zh-Hans`; anything else, including Traditional Chinese (`zh-TW`, `zh-Hant`), non-strings and
 * malformed tags → `en`. Matching is by language and likely script, as CLDR does.
 */
export function resolveLanguage(tag: unknown): Language {
  if (typeof tag !== 'string' || tag === '') return SOURCE_LANGUAGE;
  return BY_LIKELY.get(likelyLanguageScript(tag)) ?? SOURCE_LANGUAGE;
}

/** Whether two tags name the same language and script (`ja` and `ja-JP`: yes; `zh-CN` and `zh-TW`: no). */
export function sameLanguage(a: string, b: string): boolean {
  return likelyLanguageScript(a) === likelyLanguageScript(b);
}

/** The entry of `catalogues` for the language of `tag`. */
export function pick<T>(catalogues: Catalogues<T>, tag: unknown): T {
  return catalogues[resolveLanguage(tag)];
}
