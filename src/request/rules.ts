/**
 * The rules a request's values follow, as plain functions and constants (no zod), so that the
 * form, the body, the mailto URL and the validator share them without loading the validator.
 */
import { toHalfWidth } from '../username/diagnose.js';

export { REQUEST_FIELD_KINDS, FIELD_ID_PATTERN, TEMPLATE_ID_PATTERN, type RequestFieldKind } from '../flow/request-template-rules.js';
import type { RequestFieldKind } from '../flow/request-template-rules.js';

/**
 * Field ids the built-in templates use. A template may define others (camelCase identifiers);
 * these are listed so that hosts and tests can rely on their meaning.
 */
export const REQUEST_FIELD_IDS = [
  'username',
  'usernameCandidates',
  'userNumber',
  'publicName',
  'registeredAt',
  'loginOnlyUsername',
  'usageDates',
  'accountCode',
  'ownerCode',
  'inviteKeys',
  'profile',
  'registrationNetwork',
  'loginNetworks',
  'twoFactorMethod',
  'errorMessage',
  'whatHappened',
  'whatWasTyped',
  'other',
] as const;
export type RequestFieldId = (typeof REQUEST_FIELD_IDS)[number];

/** The most characters a value of each kind may have. */
export const FIELD_MAX_LENGTH: Readonly<Record<RequestFieldKind, number>> = {
  text: 200,
  textarea: 2000,
  username: 100,
  'username-list': 1000,
  date: 40,
  'date-list': 1000,
  email: 254,
};

/** The most characters of the requester's name. */
export const NAME_MAX_LENGTH = 200;

/** The most characters of an e-mail address (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254;

/** Kinds whose value is a list, one item per line. */
export const LIST_KINDS: readonly RequestFieldKind[] = ['username-list', 'date-list'];

const EMAIL =
  /^[A-Za-z0-9!#$&'*+/=^_`{|}~-]+(?:\.[A-Za-z0-9!#$&'*+/=^_`{|}~-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

/** One plain e-mail address (`taro@example.com`): no display name, no list, no spaces, no `?`/`%`. */
export function isPlainEmailAddress(text: string): boolean {
  return typeof text === 'string' && text.length <= EMAIL_MAX_LENGTH && EMAIL.test(text);
}

/**
 * The password detector the form and the server share (`looksLikePassword`) and the label
 * pattern it starts from: see `password-like.ts` for the rule.
 */
export { PASSWORD_LABEL_PATTERN, looksLikePassword } from './password-like.js';

/** The lines of a list value, trimmed, empty lines left out. */
export function listItems(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** How a remembered date (and time) was checked. */
export type DateCheck =
  | { ok: true; precision: 'year' | 'month' | 'day' | 'minute' | 'second' }
  | {
      ok: false;
      /**
       * `format`: not a date in a form we read; `future`: not yet begun anywhere on earth;
       * `time-without-date`: a time after a year or a month, or on its own (a time needs the day);
       * `time-invalid`: a full date with a time that does not exist (`25:00`, `14:60`).
       */
      problem: 'format' | 'future' | 'time-without-date' | 'time-invalid';
      /** The value as it should be written, when it can be guessed (`2019-04-01 14:30`). */
      suggestion?: string;
    };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A full date, then `T` or spaces, then a 24-hour time with optional seconds: the written form. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T| +)(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** A year or a year and month followed by a time, or a time alone: a time without the day. */
const TIME_WITHOUT_DAY = /^(?:(\d{4}(?:-\d{2})?)(?:T| +))?\d{1,2}:\d{2}(?::\d{2})?$/;

/** The latest UTC offset in use (UTC+14): a day has begun somewhere once `now + 14 h` reaches it. */
const MAX_UTC_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * Checks a remembered date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (people remember "around 2019"),
 * optionally followed by a time when the whole date is known: `YYYY-MM-DD HH:MM`,
 * `YYYY-MM-DDTHH:MM` (24-hour clock, seconds optional). It must be a real calendar date and time,
 * not in the future (a period or moment counts as begun once it has begun anywhere on earth, so
 * no time zone is needed). A wrong format gets a suggestion when the intent is clear
 * (`2019/4/1` → `2019-04-01`, `２０１９年４月` → `2019-04`, `2019/4/1 14:30` and
 * `2019年4月1日 午後2時30分` → `2019-04-01 14:30`); a time after a year or month only
 * (`2019-04 14:30`) gets the date without the time as its suggestion.
 */
export function checkRememberedDate(text: string, now: number): DateCheck {
  const trimmed = text.trim();
  const date = parseDate(trimmed);
  if (date) {
    if (Date.UTC(date.year, date.month - 1, date.day) > now + MAX_UTC_OFFSET_MS) return { ok: false, problem: 'future' };
    return { ok: true, precision: date.precision };
  }
  const dateTime = DATE_TIME.exec(trimmed);
  if (dateTime) {
    const day = parseDate(dateTime[1]!);
    if (!day) return { ok: false, problem: 'format' };
    const time = validTime(Number(dateTime[2]), Number(dateTime[3]), dateTime[4] === undefined ? undefined : Number(dateTime[4]));
    if (!time) return { ok: false, problem: 'time-invalid' };
    const moment = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute, time.second ?? 0);
    if (moment > now + MAX_UTC_OFFSET_MS) return { ok: false, problem: 'future' };
    return { ok: true, precision: time.second === undefined ? 'minute' : 'second' };
  }
  const partial = TIME_WITHOUT_DAY.exec(trimmed);
  if (partial) {
    const suggestion = partial[1] !== undefined && parseDate(partial[1]) ? partial[1] : undefined;
    return { ok: false, problem: 'time-without-date', ...(suggestion ? { suggestion } : {}) };
  }
  return looseCheck(text);
}

interface ParsedDate {
  year: number;
  month: number;
  day: number;
  precision: 'year' | 'month' | 'day';
}

function parseDate(text: string): ParsedDate | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  const precision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
  return { year, month, day, precision };
}

interface Time {
  hour: number;
  minute: number;
  second?: number;
}

/** The time if it exists on a 24-hour clock (0:00:00 to 23:59:59). */
function validTime(hour: number, minute: number, second?: number): Time | undefined {
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) return undefined;
  if (second !== undefined && !(second >= 0 && second <= 59)) return undefined;
  return second === undefined ? { hour, minute } : { hour, minute, second };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `14:30` or `14:30:05`. */
const writeTime = (time: Time) => `${pad(time.hour)}:${pad(time.minute)}${time.second === undefined ? '' : `:${pad(time.second)}`}`;

/**
 * A time as people type it, at the end of the value: `14:30`, `14:30:05`, `14時`, `14時30分`,
 * `2時半`, with `午前`/`午後` before it or `am`/`pm` after it, then maybe `頃`/`ごろ`.
 * Group 1: what comes before (the date); group 2: the time.
 */
const LOOSE_TIME =
  /^(.*?)(?:\s*T\s*|\s+|(?<=日)|^)((?:午前|午後)?\s*\d{1,2}\s*(?::\s*\d{1,2}(?:\s*:\s*\d{1,2})?|時(?:\s*\d{1,2}\s*分|\s*半)?)\s*(?:[ap]\.?m\.?)?)\s*(?:頃|ごろ)?$/i;

const LOOSE_TIME_PARTS =
  /^(午前|午後)?\s*(\d{1,2})\s*(?::\s*(\d{1,2})(?:\s*:\s*(\d{1,2}))?|時(?:\s*(\d{1,2})\s*分|\s*(半))?)\s*([ap])?(?:\.?m\.?)?$/i;

/** A loosely typed time on the 24-hour clock, or `undefined` if it names no real time. */
function parseLooseTime(text: string): Time | undefined {
  const match = LOOSE_TIME_PARTS.exec(text);
  if (!match) return undefined;
  const meridiem =
    match[1] === '午前' || match[7]?.toLowerCase() === 'a'
      ? 'am'
      : match[1] === '午後' || match[7]?.toLowerCase() === 'p'
        ? 'pm'
        : undefined;
  let hour = Number(match[2]);
  if (meridiem) {
    if (hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const minute = match[3] !== undefined ? Number(match[3]) : match[5] !== undefined ? Number(match[5]) : match[6] ? 30 : 0;
  return validTime(hour, minute, match[4] === undefined ? undefined : Number(match[4]));
}

/** A loosely typed date (`2019/4/1`, `２０１９年４月`, `2019年4月1日頃`) in its written form. */
function looseDate(text: string): string | undefined {
  const loose = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/[年月/.]/g, '-')
    .replace(/[日頃ごろ]+$/, '')
    .replace(/-+$/, '');
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(loose);
  if (!match) return undefined;
  const candidate = [match[1], match[2]?.padStart(2, '0'), match[3]?.padStart(2, '0')].filter(Boolean).join('-');
  return parseDate(candidate) ? candidate : undefined;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The longest value read loosely (`2019年12月31日 午後11時59分頃` has 23 characters). */
const LOOSE_MAX_LENGTH = 40;

/** The problem (and the likely intended value) of a value not in a written form. */
function looseCheck(text: string): DateCheck {
  const half = toHalfWidth(text).trim().replace(/\s+/g, ' ');
  // A date and time as people type it fits in a few dozen characters; a longer value is not one
  // (and stays out of the loose patterns, which would take long on it).
  if (half.length > LOOSE_MAX_LENGTH) return { ok: false, problem: 'format' };
  const timed = LOOSE_TIME.exec(half);
  if (timed) {
    const before = timed[1]!.trim();
    if (before === '') return { ok: false, problem: 'time-without-date' };
    const date = looseDate(before);
    if (date !== undefined) {
      if (!FULL_DATE.test(date)) return { ok: false, problem: 'time-without-date', suggestion: date };
      const time = parseLooseTime(timed[2]!.trim());
      return time ? withSuggestion(`${date} ${writeTime(time)}`, text) : { ok: false, problem: 'time-invalid' };
    }
  }
  const date = looseDate(half);
  return date === undefined ? { ok: false, problem: 'format' } : withSuggestion(date, text);
}

function withSuggestion(candidate: string, text: string): DateCheck {
  return candidate !== text.trim() ? { ok: false, problem: 'format', suggestion: candidate } : { ok: false, problem: 'format' };
}
