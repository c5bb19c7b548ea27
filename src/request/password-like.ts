/**
 * The one password detector: `looksLikePassword(text)` is what the form's validation and the
 * server's `validateRequest` both call, so the two refuse exactly the same text.
 *
 * It reads the text after each password label (`password`, `pw`, `pass`, `PIN`, `パスワード`,
 * `暗証番号`, `パスコード`, `密码`, …) and refuses it when a value that looks like a password
 * follows the label:
 *
 * 1. `label: value`, `label = value`, `label → value` (any colon or equals sign, full-width too):
 *    refused unless the value is a phrase (`I don't know`, `same as before`), a word that says
 *    there is none (`unknown`, `forgotten`, `none`, `n/a`), a mask (`****`, `?`), or written in
 *    Japanese or Chinese (`不明`, `わかりません`, `忘记了`). A lone token after the separator is
 *    refused whatever its length (`password: x`, `pw=abc`).
 * 2. The label in a sentence: `password is …`, `was`, `'s`, `should be`, `is set to`,
 *    `I changed / set / typed my password to (as) …`; `パスワードは…`, `が`, `も`, `って`, `パスワードを…に`;
 *    `密码是…`, `为`, `就是`, `改成`, `设置为`: refused when the value is a token of at least
 *    4 characters that mixes letters and digits, has a symbol, or is 4+ digits (`Hunter2!xyz`,
 *    `abc12345`, `1234`), or is quoted (`"hunter"`, `「abc」`, `“abc”`). After a Japanese or
 *    Chinese connector a plain half-width word that ends the sentence counts too
 *    (`パスワードはhunterです`, `密码是admin`).
 * 3. The label directly followed by a value (`password Hunter2xyz`, `PIN 1234`, `暗証番号1234`,
 *    `パスワード「abc123」`): refused when the value is such a token or quoted.
 *
 * Never taken for a password: what comes before the label (`Hunter2 is my password`), text that
 * says something about the password (`I forgot my password`, `my password contains my cat's name`,
 * `パスワードが違いますと表示されました`), values in Japanese or Chinese script (passwords are typed
 * in half-width characters), e-mail addresses, URLs, dates and times (`2024-05-01`, `14:30`),
 * numbers with a unit (`8文字`, `2019年`, `6位`), hyphenated words (`2-step`), and terms such as
 * `2FA`, `TOTP`, `SHA-256`.
 *
 * Linear time: the labels are found in one pass, and each one is judged on a window of at most
 * `WINDOW` characters after it with anchored, bounded patterns.
 */

/** How many characters after a label are read to judge it. */
const WINDOW = 200;

/** The longest token read as a value. */
const MAX_TOKEN = 128;

/** A run of half-width printable characters: the value after a label. */
const TOKEN = new RegExp(`^[\\x21-\\x7e]{1,${MAX_TOKEN}}`);

/** The labels, as regular-expression source (applied to NFKC-normalised text, case-insensitive). */
const LABEL_SOURCE =
  String.raw`パスワード|パスコード|パスフレーズ|暗証番号|暗証コード|密码|密碼|口令|` +
  String.raw`(?<![A-Za-z0-9_])(?:pass ?words?|passwd|pass ?codes?|pass ?phrases?|pwd|pw|pin(?: ?codes?|コード|番号)?|pass)(?![A-Za-z0-9_])`;

/**
 * A password label followed by `:` or `=` (`パスワード：…`, `password = …`, `PW: …`), on text
 * normalised to NFKC (so full-width `ＰＷ＝` and half-width `ﾊﾟｽﾜｰﾄﾞ` match too). This is where
 * `looksLikePassword` starts reading a value; the value decides (`password: unknown` passes).
 */
export const PASSWORD_LABEL_PATTERN = new RegExp(`(?:${LABEL_SOURCE})\\s*(?:\\([\\p{L} ]{1,20}\\)\\s*)?[:=]`, 'iu');

const LABELS = new RegExp(LABEL_SOURCE, 'giu');

/** `(old)`, `（旧）`, `(s)` between a label and its separator. */
const QUALIFIER = /^\s*\([\p{L} ]{1,20}\)/u;

/** `:`, `=`, `->`, `=>`, `→`, also after `is`/`was`/`は`/`是` or a closing quote (`"password": …`). */
const SEPARATOR = /^["'”’」』]?(?:\s+(?:is|was|are|were)\b|\s*(?:は|是|为|為))?\s*(?::|=|->|=>|→)\s*/i;

const EN_CONNECTOR =
  /^(?:['’]s\b|\s+(?:is|was|are|were|(?:will|would|should|must|might|may|could|can) be|ha(?:s|d|ve) been|used to be|became|becomes)\b)(?:\s+(?:probably|maybe|perhaps|likely|definitely|still|now|currently|actually|just|either|always|usually|normally|also|again|once|simply|something like|like|(?:set|changed|reset|updated) to)\b){0,3}\s*(?::\s*)?/i;

/** `… my password to X` / `as X`, only after a verb of changing or setting (see `CHANGE_VERB_BEFORE`). */
const TO_CONNECTOR = /^\s+(?:to|as|into)\b\s*(?::\s*)?/i;
const CHANGE_VERB_BEFORE =
  /\b(?:chang\w*|set|setting|reset\w*|updat\w*|switch\w*|modif\w*|made|make|typed|entered|input|tried)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** `the same password as taro123` names another account, not a value. */
const SAME_BEFORE = /\bsame\s+(?:[\w'’-]+\s+)?$/i;

const HEDGES_JA = '(?:多分|たぶん|確か|たしか|おそらく|恐らく|きっと|今|いま|現在|以前|前|昔|元々|もともと|最初|普段|いつも|一応)';
const JA_CONNECTOR = new RegExp(`^\\s*(?:は|が|も|って|とは)\\s*[、,]?\\s*(?:${HEDGES_JA}\\s*(?:は)?\\s*[、,]?\\s*){0,2}`);
/** `パスワードを X に変更`: the value must be followed by `に`, `と` or `へ`. */
const JA_OBJECT = /^\s*を\s*/;
const JA_OBJECT_AFTER = /^\s*(?:に|と|へ)/;
const ZH_CONNECTOR =
  /^\s*(?:就|也|还|還|应该|應該|可能|好像|大概|似乎|一直)?\s*(?:是|为|為|(?:设置|設置|设|設|改|换|換|变|變)(?:为|為|成)了?)\s*:?\s*/;

/** Opening quotes and their closing ones. */
const QUOTES: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '“': '”',
  '”': '”',
  '‘': '’',
  '„': '“',
  '«': '»',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '【': '】',
};
const MAX_QUOTED = 100;

/** Words that say there is no password to give, or what state it is in. */
const INNOCENT_WORDS = new Set(
  (
    'unknown unk forgotten forgot forget forgetting none nothing no not never n/a na nil null unsure dunno idk ' +
    'lost expired reset changed change locked incorrect wrong invalid correct right same different empty blank ' +
    'missing redacted omitted hidden removed withheld required needed ok okay yes fine unchanged old new ' +
    'tbd tba unset undefined masked later'
  ).split(' '),
);

/** Terms of the trade that mix letters and digits but are not passwords. */
const TECH_TERM =
  /^(?:[0-9]fa|2sv|2-?step|mfa|otp|totp|hotp|u2f|fido2?|ipv[46]|sha-?\d+|md5|utf-?8|wi-?fi|[2-5]g|lte|win\d{1,2}|windows\d{1,2}|ios\d{1,2}|x86|x64|arm64|mp[34]|h26[45]|ps[345])$/i;

const MASK = /^[*•●・?\-_.~]+$/;
const EMAIL_LIKE = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const DATE_OR_TIME = /^(?:\d{1,4}([-/.])\d{1,2}(?:\1\d{1,4})?|\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m)?)$/i;
const HYPHENATED_WORDS = /^(?:[A-Za-z]+|\d+)(?:-(?:[A-Za-z]+|\d+))+$/;
const SYMBOL = /[^A-Za-z0-9'’.-]/;

/** A number followed by a unit (`8文字`, `2019年`, `6位`, `12 characters`) is not a value. */
const UNIT_AFTER =
  /^(?:\s*(?:[年月日時分秒回個件文字桁位歳度次号番週台人]|ヶ月|か月|カ月|ケ月)|[ \t]+(?:characters?|chars?|digits?|letters?|times?|days?|weeks?|months?|years?|hours?|minutes?|mins?|seconds?|secs?)\b)/i;
const NUMBERISH = /^[\d~.,-]+$/;

/** What may follow a value that ends its clause (the value stands alone). */
const CLAUSE_END = /^[ \t]*(?:$|\r?\n|[。、，；！？]|です|でした|だ|でしょう|でござい|吧|啊|呀|哦)/;
/** What may follow a plain word after `は`/`是` for it to be the whole answer. */
const CJK_SENTENCE_END = /^[ \t]*(?:$|\r?\n|[。！？!?.]|です|でした|だ|でしょう|でござい|吧|啊|呀|哦)/;

type Mode = 'separator' | 'sentence' | 'sentence-cjk' | 'object' | 'bare';

type Value = { kind: 'none' } | { kind: 'quoted'; content: string } | { kind: 'token'; token: string; clauseEnds: boolean; after: string };

/** How a token reads: `ordinary` (never a password), `word` (a plain word or short), `strong`. */
type Shape = 'ordinary' | 'word' | 'strong';

/**
 * Whether `text` looks like it contains a password (see the module comment for the rule). The
 * form's validation and the server's `validateRequest` both use it.
 */
export function looksLikePassword(text: string): boolean {
  if (typeof text !== 'string' || text === '') return false;
  const normal = text.normalize('NFKC');
  for (const match of normal.matchAll(LABELS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (givesValue(normal, start, end, /^[a-z]/i.test(match[0]))) return true;
  }
  return false;
}

/** Whether the label at `start`–`end` of `text` is followed by something that looks like a password. */
function givesValue(text: string, start: number, end: number, latinLabel: boolean): boolean {
  let rest = text.slice(end, end + WINDOW);
  const qualifier = QUALIFIER.exec(rest);
  if (qualifier) rest = rest.slice(qualifier[0].length);

  const separator = SEPARATOR.exec(rest);
  if (separator) return judge(rest.slice(separator[0].length), 'separator');

  const en = EN_CONNECTOR.exec(rest);
  if (en && latinLabel) return judge(rest.slice(en[0].length).trimStart(), 'sentence');
  const to = TO_CONNECTOR.exec(rest);
  const before = text.slice(Math.max(0, start - 48), start);
  if (to && CHANGE_VERB_BEFORE.test(before) && !SAME_BEFORE.test(before)) {
    return judge(rest.slice(to[0].length), 'sentence');
  }
  const ja = JA_CONNECTOR.exec(rest) ?? ZH_CONNECTOR.exec(rest);
  if (ja && ja[0].trim() !== '') return judge(rest.slice(ja[0].length), 'sentence-cjk');
  const object = JA_OBJECT.exec(rest);
  if (object) return judge(rest.slice(object[0].length), 'object');

  // A Latin label needs a space (or a quote) before its value: `password!` is not `password !x`.
  if (latinLabel && !/^\s/.test(rest) && !(rest.charAt(0) in QUOTES)) return false;
  return judge(rest.replace(/^[ \t]+/, ''), 'bare');
}

/** Whether what follows a label's connector is a password. */
function judge(text: string, mode: Mode): boolean {
  const value = readValue(mode === 'separator' ? text : text.replace(/^[ \t]+/, ''));
  if (value.kind === 'none') return false;
  if (value.kind === 'quoted') return quotedIsPassword(value.content, mode === 'bare' ? 4 : 1);

  const { token, clauseEnds, after } = value;
  if (NUMBERISH.test(token) && UNIT_AFTER.test(after)) return false;
  const shape = tokenShape(token);
  if (shape === 'ordinary') return false;
  switch (mode) {
    case 'separator':
      return shape === 'strong' || clauseEnds;
    case 'sentence':
    case 'bare':
      return shape === 'strong' && token.length >= 4;
    case 'sentence-cjk':
      return token.length >= 4 && (shape === 'strong' || (/^[A-Za-z]+$/.test(token) && CJK_SENTENCE_END.test(after)));
    case 'object':
      return shape === 'strong' && token.length >= 4 && JA_OBJECT_AFTER.test(after);
  }
}

/** The value at the start of `text`: a quoted string, a half-width token, or nothing. */
function readValue(text: string): Value {
  const first = text.charAt(0);
  const close = QUOTES[first];
  if (close !== undefined) {
    const end = text.indexOf(close, 1);
    const content = end > 0 && end <= MAX_QUOTED ? text.slice(1, end) : undefined;
    // An ASCII quote followed by a space is a closing one (`the "password" field`).
    if (content !== undefined && content.trim() !== '' && !(/^["'`]$/.test(first) && /^\s/.test(content)) && !content.includes('\n')) {
      return { kind: 'quoted', content: content.trim() };
    }
  }
  const match = TOKEN.exec(text);
  if (!match) return { kind: 'none' };
  const raw = match[0];
  const trimmed = raw.replace(/[.,;:!?)\]}>"'`]+$/, '');
  const trailing = raw.slice(trimmed.length);
  const token = trimmed.replace(/^[([{<"'`/]+/, '');
  const after = text.slice(raw.length);
  return { kind: 'token', token, clauseEnds: /[.,;:!?]/.test(trailing) || CLAUSE_END.test(after), after };
}

/** Whether a quoted value is a password: one token (at least `minLength` long) or a phrase with a password-shaped word. */
function quotedIsPassword(content: string, minLength: number): boolean {
  if (!/[\x21-\x7e]/.test(content)) return false;
  const words = content.split(/\s+/);
  if (words.length > 1) return words.some((word) => word.length >= 4 && tokenShape(word) === 'strong');
  return tokenShape(content) !== 'ordinary' && content.length >= minLength;
}

function tokenShape(token: string): Shape {
  if (token === '') return 'ordinary';
  const lower = token.toLowerCase();
  if (INNOCENT_WORDS.has(lower) || MASK.test(token) || EMAIL_LIKE.test(token) || URL_LIKE.test(token) || DATE_OR_TIME.test(token)) {
    return 'ordinary';
  }
  if (token.split('/').every((part) => TECH_TERM.test(part) || /^[A-Za-z]+$/.test(part)) && token.includes('/')) return 'ordinary';
  if (TECH_TERM.test(token)) return 'ordinary';
  if (HYPHENATED_WORDS.test(token)) return 'word';
  const letters = /[A-Za-z]/.test(token);
  const digits = /\d/.test(token);
  if ((letters && digits) || SYMBOL.test(token) || (/^\d+$/.test(token) && token.length >= 4)) return 'strong';
  return 'word';
}
