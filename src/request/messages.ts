/**
 * The problems `validateRequest` reports: codes and their messages in Japanese and English.
 * Each message is written to be shown beside the field it names.
 */
import { primaryLanguage } from '../flow/text.js';
import { DEFAULT_USERNAME_RULE, type UsernameRule } from '../username/diagnose.js';
import { usernameRuleText } from '../flow/site-words.js';

/** Languages the messages are written in. */
export type RequestMessageLanguage = 'ja' | 'en';

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

/** `ja` for Japanese tags, else `en`. */
export function messageLanguage(lang: string | undefined): RequestMessageLanguage {
  return lang !== undefined && primaryLanguage(lang) === 'ja' ? 'ja' : 'en';
}

const JA_TYPES: Record<string, string> = { string: '文字列', object: 'オブジェクト', record: 'オブジェクト', boolean: '真偽値', number: '数値' };

const quote = (lang: RequestMessageLanguage, text: string) => (lang === 'ja' ? `「${text}」` : `“${text}”`);

/** Prefixes a message about one line of a list. */
export const onLine = (lang: RequestMessageLanguage, line: number, message: string) =>
  lang === 'ja' ? `${line}行目：${message}` : `Line ${line}: ${message}`;

/** Message builders, one per situation, each in both languages. */
export const requestText = {
  invalidType: (lang: RequestMessageLanguage, expected: string) =>
    lang === 'ja'
      ? `値の型が正しくありません（${JA_TYPES[expected] ?? expected} が必要です）`
      : `wrong type of value (expected ${expected})`,
  invalidFormat: (lang: RequestMessageLanguage) => (lang === 'ja' ? '形式が正しくありません' : 'wrong format'),
  unknownKey: (lang: RequestMessageLanguage, key: string) =>
    lang === 'ja' ? `不明な項目 \`${key}\` です` : `unknown key \`${key}\``,
  unknownTemplate: (lang: RequestMessageLanguage, id: string, known: readonly string[]) =>
    lang === 'ja'
      ? `申請テンプレート \`${id}\` はありません（${known.join('、')}）`
      : `no request template \`${id}\` (known: ${known.join(', ')})`,
  mismatch: (lang: RequestMessageLanguage, expected: string) =>
    lang === 'ja' ? `この申請では ${quote(lang, expected)}になるはずです。` : `This request should say ${quote(lang, expected)}.`,
  required: (lang: RequestMessageLanguage, unknownAllowed: boolean) =>
    lang === 'ja'
      ? unknownAllowed
        ? '入力するか、「わからない」を選んでください。'
        : '入力してください。'
      : unknownAllowed
        ? "Fill this in, or choose “I don't know”."
        : 'Fill this in.',
  unknownNotAllowed: (lang: RequestMessageLanguage) =>
    lang === 'ja' ? 'この項目には「わからない」を選べません。入力してください。' : "“I don't know” is not an answer here; please fill it in.",
  unknownField: (lang: RequestMessageLanguage, id: string, template: string) =>
    lang === 'ja'
      ? `申請 \`${template}\` には項目 \`${id}\` がありません`
      : `the \`${template}\` request has no field \`${id}\``,
  tooLong: (lang: RequestMessageLanguage, maximum: number, length: number) =>
    lang === 'ja'
      ? `長すぎます（${maximum} 文字まで、今は ${length} 文字）。`
      : `Too long: at most ${maximum} characters (now ${length}).`,
  email: (lang: RequestMessageLanguage, suggestion?: string) =>
    lang === 'ja'
      ? `メールアドレスの形式ではありません（例：taro@example.com）。${suggestion ? `${quote(lang, suggestion)}ではありませんか？` : ''}`
      : `This is not an e-mail address (such as taro@example.com).${suggestion ? ` Did you mean ${quote(lang, suggestion)}?` : ''}`,
  usernameEmail: (lang: RequestMessageLanguage, rule: UsernameRule = DEFAULT_USERNAME_RULE) =>
    lang === 'ja'
      ? `メールアドレスはユーザー名ではありません。登録時に決めたユーザー名（${usernameRuleText(rule, lang)}）を書いてください。`
      : `An e-mail address is not a username: write the username chosen at registration (${usernameRuleText(rule, lang)}).`,
  usernameFullWidth: (lang: RequestMessageLanguage, suggestion: string) =>
    lang === 'ja'
      ? `全角の文字が含まれています。ユーザー名は半角英数字です。${quote(lang, suggestion)}ではありませんか？`
      : `This contains full-width characters; a username is half-width letters and digits. Did you mean ${quote(lang, suggestion)}?`,
  usernameSpaces: (lang: RequestMessageLanguage, suggestion: string) =>
    lang === 'ja'
      ? `スペースが含まれています。${quote(lang, suggestion)}ではありませんか？`
      : `This contains spaces. Did you mean ${quote(lang, suggestion)}?`,
  usernameCharacters: (lang: RequestMessageLanguage, rule: UsernameRule = DEFAULT_USERNAME_RULE) =>
    rule.characters === 'alphanumeric-symbols'
      ? lang === 'ja'
        ? 'ユーザー名に使えるのは半角の英字・数字・記号だけです。'
        : 'A username has only half-width letters, digits and symbols.'
      : lang === 'ja'
        ? 'ユーザー名に使えるのは半角の英字と数字だけです。'
        : 'A username has only half-width letters and digits.',
  usernameTooLong: (lang: RequestMessageLanguage, length: number, max: number = DEFAULT_USERNAME_RULE.maxLength) =>
    lang === 'ja'
      ? `ユーザー名は ${max} 文字以内です（今は ${length} 文字）。`
      : `A username has at most ${max} characters (this has ${length}).`,
  usernameRequired: (lang: RequestMessageLanguage) =>
    lang === 'ja'
      ? 'この申請にはユーザー名が必要です。先にパスワードでログインし（認証コードは入力しなくてかまいません）、表示されたユーザー名でこの申請に戻ってきてください。'
      : "This request needs your username. Log in with your password first (you don't need to enter a code), then come back here with the username shown.",
  dateFormat: (lang: RequestMessageLanguage, suggestion?: string) =>
    lang === 'ja'
      ? `日付は 2019-04-01、2019-04、2019 のように、時刻も書く場合は 2019-04-01 14:30 のように書いてください${suggestion ? `（${quote(lang, suggestion)}ではありませんか？）` : ''}。`
      : `Write a date like 2019-04-01, 2019-04 or 2019, or a date and time like 2019-04-01 14:30${suggestion ? ` (did you mean ${quote(lang, suggestion)}?)` : ''}.`,
  dateFuture: (lang: RequestMessageLanguage, date: string, withTime = false) =>
    lang === 'ja' ? `${quote(lang, date)}は未来の${withTime ? '日時' : '日付'}です。` : `${quote(lang, date)} is in the future.`,
  timeWithoutDate: (lang: RequestMessageLanguage, suggestion?: string) =>
    lang === 'ja'
      ? `時刻を書く場合は、年月日もすべて書いてください（例：2019-04-01 14:30）。日がわからない場合は、時刻は書かずに${suggestion ? `${quote(lang, suggestion)}とだけ` : '、わかる範囲で年や年月だけを'}書いてください。`
      : `A time needs the full date before it (such as 2019-04-01 14:30). If you don't know the day, leave the time out and write just ${suggestion ? quote(lang, suggestion) : 'the year, or the year and month'}.`,
  timeInvalid: (lang: RequestMessageLanguage, value: string) =>
    lang === 'ja'
      ? `${quote(lang, value)}の時刻は正しくありません。時刻は 0:00〜23:59 の24時間表記で、14:30 のように書いてください。`
      : `The time in ${quote(lang, value)} does not exist: use the 24-hour clock, from 0:00 to 23:59, such as 14:30.`,
  passwordLike: (lang: RequestMessageLanguage) =>
    lang === 'ja'
      ? 'パスワードが書かれているようです。パスワードは必要ありませんので、消してください。'
      : 'This looks like it contains a password. We never need it: please remove it.',
  idempotencyKeyMissing: (lang: RequestMessageLanguage) =>
    lang === 'ja'
      ? 'Idempotency-Key ヘッダーがありません'
      : 'the Idempotency-Key header is missing',
  idempotencyKeyMismatch: (lang: RequestMessageLanguage) =>
    lang === 'ja'
      ? 'Idempotency-Key ヘッダーが本文の idempotencyKey と一致しません'
      : 'the Idempotency-Key header does not match the idempotencyKey of the body',
  invalid: (lang: RequestMessageLanguage) => (lang === 'ja' ? '値が正しくありません' : 'invalid value'),
};
