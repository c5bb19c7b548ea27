/**
 * The words site-dependent values are made of, per language (another language gets English):
 * durations ("1 hour 30 minutes", 「1時間30分」), username rules, code method names. No zod and
 * nothing else: the code explainer and the request messages use these without the rest.
 */
import type { SiteProfile } from './site-profile.js';
import { primaryLanguage } from './text.js';

/** Words the values are made of, per language; another language gets English. */
const WORDS = {
  ja: {
    site: 'このサイト',
    hours: (n: number) => `${n}時間`,
    minutes: (n: number) => `${n}分`,
    join: (hours: string, minutes: string) => `${hours}${minutes}`,
    rule: { alphanumeric: '半角英数字', 'alphanumeric-symbols': '半角英数字と記号', any: '文字' },
    ruleText: (max: number, chars: string) => `${max}文字以内の${chars}`,
    methods: { totp: '認証アプリ（TOTP）', grid: '乱数表', backup: 'バックアップコード' },
    list: (items: string[]) => items.join('、'),
  },
  en: {
    site: 'this site',
    hours: (n: number) => `${n} hour${n === 1 ? '' : 's'}`,
    minutes: (n: number) => `${n} minute${n === 1 ? '' : 's'}`,
    join: (hours: string, minutes: string) => `${hours} ${minutes}`,
    rule: { alphanumeric: 'half-width letters and digits', 'alphanumeric-symbols': 'half-width letters, digits and symbols', any: 'characters' },
    ruleText: (max: number, chars: string) => `up to ${max} ${chars}`,
    methods: { totp: 'an authenticator app (TOTP)', grid: 'a grid card', backup: 'backup codes' },
    list: (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`),
  },
};

/** The words of `lang`. */
export function wordsFor(lang: string) {
  return primaryLanguage(lang) === 'ja' ? WORDS.ja : WORDS.en;
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
