/**
 * Resolution of localized flow text (`"text"` or `{ "ja": "…", "en": "…" }`) for a language.
 */
import type { LocalizedText } from './schema.js';
import { sameLanguage } from '../localize/languages.js';

/** The language used when a text has neither the asked language nor its primary subtag. */
export const FALLBACK_LANGUAGE = 'en';

/**
 * Picks the string of `text` for `lang`: the exact tag, then a tag of the same language and
 * script (`ja-JP` finds `ja`; `zh-CN` finds `zh-Hans` or `zh`, never `zh-Hant`), then English,
 * then the first language given.
 */
export function resolveText(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const exact = text[lang];
  if (exact !== undefined) return exact;
  for (const [tag, value] of Object.entries(text)) {
    if (sameLanguage(tag, lang)) return value;
  }
  if (text[FALLBACK_LANGUAGE] !== undefined) return text[FALLBACK_LANGUAGE];
  const first = Object.values(text)[0];
  return first ?? '';
}

/** The string of `text` written in `lang` itself (the exact tag or the same language and script), never a fallback to another language. */
export function textIn(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  if (Object.hasOwn(text, lang)) return text[lang];
  return Object.entries(text).find(([tag]) => sameLanguage(tag, lang))?.[1];
}

/** The primary language subtag of a BCP 47 tag, lowercased (`ja-JP` → `ja`). */
export function primaryLanguage(lang: string): string {
  return (lang.split('-')[0] ?? '').toLowerCase();
}
