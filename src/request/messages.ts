/**
 * The problems `validateRequest` reports: codes and their messages in every library language
 * (the text is in the catalogues beside this module: messages.en.ts, messages.ja.ts,
 * messages.zh-Hans.ts). Each message is written to be shown beside the field it names.
 */
import { pick, resolveLanguage, type Catalogues, type Language } from '../localize/languages.js';
import { DEFAULT_USERNAME_RULE, type UsernameRule } from '../username/diagnose.js';
import { usernameRuleText } from '../flow/site-words.js';
import en from './messages.en.js';
import ja from './messages.ja.js';
import zhHans from './messages.zh-Hans.js';

/** Languages the messages are written in (every library language). */
export type RequestMessageLanguage = Language;

/** Codes of request problems, stable: the form and tests match on them. */
export type RequestErrorCode =
  | 'invalid-type'
  | 'invalid-format'
  | 'unknown-key'
  | 'unknown-template'
  | 'mismatch'
  | 'required'
  | 'unknown-not-allowed'
  | 'unknown-field'
  | 'too-long'
  | 'email'
  | 'username-email'
  | 'username-full-width'
  | 'username-spaces'
  | 'username-characters'
  | 'username-too-long'
  | 'username-required'
  | 'date-format'
  | 'date-future'
  | 'time-without-date'
  | 'time-invalid'
  | 'password-like'
  | 'requires-one-of'
  | 'idempotency-key-missing'
  | 'idempotency-key-mismatch'
  | 'invalid';

/** One problem of a request. */
export interface RequestError {
  /**
   * Where: `name`, `email`, `template`, `locale`, `idempotencyKey`, … for the payload's own keys,
   * `fields.<id>` for a field (`fields.usageDates`).
   */
  field: string;
  code: RequestErrorCode;
  /** What is wrong and how to fix it, in the request's language. */
  message: string;
  /** The corrected value, when it can be guessed (half-width username, `YYYY-MM` date, …). */
  suggestion?: string;
}

/**
 * The kinds of value a message may say were expected: zod's names (`string`, `object`, …) and
 * `field-value` (a string or `{ "unknown": true }`).
 */
export type ExpectedValueType = 'string' | 'object' | 'record' | 'boolean' | 'number' | 'field-value';

/**
 * The messages of one language (a catalogue file `messages.<lang>.ts`). Values that depend on
 * the site (the username rule as words) come in already written in the catalogue's language.
 */
export interface RequestMessages {
  /** A value quoted inside a message: 「…」, “…”. */
  quote(text: string): string;
  /** A message about line `line` of a list. */
  onLine(line: number, message: string): string;
  /** How each expected kind of value is named; an unnamed one is shown as zod names it. */
  types: Readonly<Record<ExpectedValueType, string>>;
  invalidType(expected: string): string;
  invalidFormat: string;
  unknownKey(key: string): string;
  unknownTemplate(id: string, known: readonly string[]): string;
  mismatch(quotedExpected: string): string;
  required(unknownAllowed: boolean): string;
  unknownNotAllowed: string;
  unknownField(id: string, template: string): string;
  tooLong(maximum: number, length: number): string;
  email(quotedSuggestion?: string): string;
  usernameEmail(ruleText: string): string;
  usernameFullWidth(quotedSuggestion: string): string;
  usernameSpaces(quotedSuggestion: string): string;
  usernameCharacters(withSymbols: boolean): string;
  usernameTooLong(length: number, max: number): string;
  usernameRequired: string;
  dateFormat(quotedSuggestion?: string): string;
  dateFuture(quotedDate: string, withTime: boolean): string;
  timeWithoutDate(quotedSuggestion?: string): string;
  timeInvalid(quotedValue: string): string;
  passwordLike: string;
  idempotencyKeyMissing: string;
  idempotencyKeyMismatch: string;
  invalid: string;
}

/** The catalogue of every language. */
export const REQUEST_MESSAGES: Catalogues<RequestMessages> = { en, ja, 'zh-Hans': zhHans };

/** The library language of a tag (`ja-JP` → `ja`, `zh-CN` → `zh-Hans`; none or another → `en`). */
export function messageLanguage(lang: string | undefined): RequestMessageLanguage {
  return resolveLanguage(lang);
}

const text = (lang: RequestMessageLanguage) => pick(REQUEST_MESSAGES, lang);
const quoted = (lang: RequestMessageLanguage, value: string | undefined) => (value ? text(lang).quote(value) : undefined);

/** Prefixes a message about one line of a list. */
export const onLine = (lang: RequestMessageLanguage, line: number, message: string) => text(lang).onLine(line, message);

/** Message builders, one per situation, each in every language. */
export const requestText = {
  invalidType: (lang: RequestMessageLanguage, expected: ExpectedValueType | (string & {})) => {
    const messages = text(lang);
    return messages.invalidType(Object.hasOwn(messages.types, expected) ? messages.types[expected as ExpectedValueType] : expected);
  },
  invalidFormat: (lang: RequestMessageLanguage) => text(lang).invalidFormat,
  unknownKey: (lang: RequestMessageLanguage, key: string) => text(lang).unknownKey(key),
  unknownTemplate: (lang: RequestMessageLanguage, id: string, known: readonly string[]) => text(lang).unknownTemplate(id, known),
  mismatch: (lang: RequestMessageLanguage, expected: string) => text(lang).mismatch(text(lang).quote(expected)),
  required: (lang: RequestMessageLanguage, unknownAllowed: boolean) => text(lang).required(unknownAllowed),
  unknownNotAllowed: (lang: RequestMessageLanguage) => text(lang).unknownNotAllowed,
  unknownField: (lang: RequestMessageLanguage, id: string, template: string) => text(lang).unknownField(id, template),
  tooLong: (lang: RequestMessageLanguage, maximum: number, length: number) => text(lang).tooLong(maximum, length),
  email: (lang: RequestMessageLanguage, suggestion?: string) => text(lang).email(quoted(lang, suggestion)),
  usernameEmail: (lang: RequestMessageLanguage, rule: UsernameRule = DEFAULT_USERNAME_RULE) =>
    text(lang).usernameEmail(usernameRuleText(rule, lang)),
  usernameFullWidth: (lang: RequestMessageLanguage, suggestion: string) => text(lang).usernameFullWidth(text(lang).quote(suggestion)),
  usernameSpaces: (lang: RequestMessageLanguage, suggestion: string) => text(lang).usernameSpaces(text(lang).quote(suggestion)),
  usernameCharacters: (lang: RequestMessageLanguage, rule: UsernameRule = DEFAULT_USERNAME_RULE) =>
    text(lang).usernameCharacters(rule.characters === 'alphanumeric-symbols'),
  usernameTooLong: (lang: RequestMessageLanguage, length: number, max: number = DEFAULT_USERNAME_RULE.maxLength) =>
    text(lang).usernameTooLong(length, max),
  usernameRequired: (lang: RequestMessageLanguage) => text(lang).usernameRequired,
  dateFormat: (lang: RequestMessageLanguage, suggestion?: string) => text(lang).dateFormat(quoted(lang, suggestion)),
  dateFuture: (lang: RequestMessageLanguage, date: string, withTime = false) => text(lang).dateFuture(text(lang).quote(date), withTime),
  timeWithoutDate: (lang: RequestMessageLanguage, suggestion?: string) => text(lang).timeWithoutDate(quoted(lang, suggestion)),
  timeInvalid: (lang: RequestMessageLanguage, value: string) => text(lang).timeInvalid(text(lang).quote(value)),
  passwordLike: (lang: RequestMessageLanguage) => text(lang).passwordLike,
  idempotencyKeyMissing: (lang: RequestMessageLanguage) => text(lang).idempotencyKeyMissing,
  idempotencyKeyMismatch: (lang: RequestMessageLanguage) => text(lang).idempotencyKeyMismatch,
  invalid: (lang: RequestMessageLanguage) => text(lang).invalid,
};
