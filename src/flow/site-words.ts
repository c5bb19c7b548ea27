/**
 * The words site-dependent values are made of, per language (another language gets English):
 * durations ("1 hour 30 minutes", 「1時間30分」, “1小时30分钟”), username rules, code method names.
 * The words are in the catalogues beside this module (site-words.en.ts, .ja.ts, .zh-Hans.ts).
 * No zod and nothing else: the code explainer and the request messages use these without the rest.
 */
import type { SiteProfile } from './site-profile.js';
import { pick, type Catalogues } from '../localize/languages.js';
import en from './site-words.en.js';
import ja from './site-words.ja.js';
import zhHans from './site-words.zh-Hans.js';

/** The words of one language. */
export interface SiteWords {
  /** The site when the profile names none ("this site"). */
  site: string;
  hours(n: number): string;
  minutes(n: number): string;
  /** Hours and minutes together. */
  join(hours: string, minutes: string): string;
  /** The characters a username may use, by the profile's `username.characters`. */
  rule: Readonly<Record<SiteProfile['username']['characters'], string>>;
  /** A username rule: at most `max` of `chars`. */
  ruleText(max: number, chars: string): string;
  /** The code methods, by the profile's `codeMethods`. */
  methods: Readonly<Record<SiteProfile['codeMethods'][number], string>>;
  /** Alternatives in a sentence ("A, B or C"). */
  list(items: string[]): string;
}

/** Every language's words. */
export const SITE_WORDS: Catalogues<SiteWords> = { en, ja, 'zh-Hans': zhHans };

/** The words of `lang`. */
export function wordsFor(lang: string): SiteWords {
  return pick(SITE_WORDS, lang);
}

/** "1 hour", "30 minutes", "1 hour 30 minutes" (or 「1時間」「30分」 …) for a number of minutes. */
export function formatDuration(minutes: number, lang: string): string {
  const words = wordsFor(lang);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return words.minutes(rest);
  return rest ? words.join(words.hours(hours), words.minutes(rest)) : words.hours(hours);
}

/** "up to 20 half-width letters and digits" (「20文字以内の半角英数字」 …) for a username rule. */
export function usernameRuleText(rule: Pick<SiteProfile['username'], 'maxLength' | 'characters'>, lang: string): string {
  const words = wordsFor(lang);
  return words.ruleText(rule.maxLength, words.rule[rule.characters] ?? words.rule.alphanumeric);
}
