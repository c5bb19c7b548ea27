/**
 * The time left until a login lock lifts, and its wording in the user's locale (Intl). How the
 * parts ("1 hour", "2 minutes") are joined is per language, in the catalogues beside this module
 * (countdown.en.ts, .ja.ts, .zh-Hans.ts).
 */
import { pick, type Catalogues } from '../localize/languages.js';
import en from './countdown.en.js';
import ja from './countdown.ja.js';
import zhHans from './countdown.zh-Hans.js';

/** How one language words a time left. */
export interface CountdownWords {
  /** The parts of a duration, each already in `locale` ("1 hour", "2 minutes"), as one phrase. */
  joinParts(parts: readonly string[], locale: string): string;
}

/** Every language's words (English: also any locale the library has no words for, through Intl). */
export const COUNTDOWN_WORDS: Catalogues<CountdownWords> = { en, ja, 'zh-Hans': zhHans };

export { parseInstant, timeLeft, type TimeLeft } from './instant.js';
import type { TimeLeft } from './instant.js';

/**
 * The time left in words for `locale`: "42 minutes 5 seconds", "1 時間2 分5 秒", "1小时2分钟5秒钟".
 * Units of zero are left out, except a lone "0 seconds".
 */
export function formatTimeLeft(left: TimeLeft, locale: string): string {
  const parts: string[] = [];
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (left.hours) parts.push(unit(left.hours, 'hour'));
  if (left.minutes) parts.push(unit(left.minutes, 'minute'));
  if (left.seconds || !parts.length) parts.push(unit(left.seconds, 'second'));
  return pick(COUNTDOWN_WORDS, locale).joinParts(parts, locale);
}

/** The clock time the lock lifts, in `locale` ("15:42" / "3:42 PM"), with the date when not today. */
export function formatRetryTime(retryAt: number, now: number, locale: string, timeZone?: string): string {
  const at = new Date(retryAt);
  const sameDay =
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at) ===
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(now));
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeZone, timeStyle: 'short' } : { timeZone, dateStyle: 'medium', timeStyle: 'short' },
  ).format(at);
}
