/**
 * The rules a request's values follow, as plain functions and constants (no zod), so that the
 * form, the body, the mailto URL and the validator share them without loading the validator.
 */
import { toHalfWidth } from '../username/diagnose.js';

/** What a request field holds; decides its input control, its checks and its length limit. */
export const REQUEST_FIELD_KINDS = ['text', 'textarea', 'username', 'username-list', 'date', 'date-list', 'email'] as const;
export type RequestFieldKind = (typeof REQUEST_FIELD_KINDS)[number];

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

/** A field id: a camelCase identifier. */
export const FIELD_ID_PATTERN = /^[a-z][A-Za-z0-9]{0,63}$/;

/** A template id: lowercase words joined by `-`. */
export const TEMPLATE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

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
 * Text that looks like it carries a password: a password label followed by `:` or `=`
 * (`パスワード：…`, `password = …`, `PW: …`), also when typed in full-width characters.
 */
export const PASSWORD_LABEL_PATTERN =
  /(?:パスワード|ﾊﾟｽﾜｰﾄﾞ|暗証番号|\bpass\s?word|\bpasswd|\bpwd?|\bpass)\s*[:=：＝]/i;

/** Whether a value looks like it contains a password (see `PASSWORD_LABEL_PATTERN`). */
export function looksLikePassword(text: string): boolean {
  return PASSWORD_LABEL_PATTERN.test(toHalfWidth(text));
}

/** The lines of a list value, trimmed, empty lines left out. */
export function listItems(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** How a remembered date was checked. */
export type DateCheck =
  | { ok: true; precision: 'year' | 'month' | 'day' }
  | { ok: false; problem: 'format' | 'future'; suggestion?: string };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The latest UTC offset in use (UTC+14): a day has begun somewhere once `now + 14 h` reaches it. */
const MAX_UTC_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * Checks a remembered date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (people remember "around 2019"),
 * a real calendar date, not in the future (a period counts as begun once it has begun anywhere on
 * earth, so no time zone is needed). A wrong format gets a suggestion when the intent is clear
 * (`2019/4/1`, `２０１９年４月`).
 */
export function checkRememberedDate(text: string, now: number): DateCheck {
  const parsed = parseDate(text.trim());
  if (!parsed) {
    const suggestion = suggestDate(text);
    return { ok: false, problem: 'format', ...(suggestion ? { suggestion } : {}) };
  }
  if (Date.UTC(parsed.year, parsed.month - 1, parsed.day) > now + MAX_UTC_OFFSET_MS) return { ok: false, problem: 'future' };
  return { ok: true, precision: parsed.precision };
}

function parseDate(text: string): { year: number; month: number; day: number; precision: 'year' | 'month' | 'day' } | undefined {
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

function suggestDate(text: string): string | undefined {
  const loose = toHalfWidth(text)
    .trim()
    .replace(/\s+/g, '')
    .replace(/[年月/.]/g, '-')
    .replace(/[日頃ごろ]+$/, '')
    .replace(/-+$/, '');
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(loose);
  if (!match) return undefined;
  const candidate = [match[1], match[2]?.padStart(2, '0'), match[3]?.padStart(2, '0')].filter(Boolean).join('-');
  return candidate !== text.trim() && parseDate(candidate) ? candidate : undefined;
}
