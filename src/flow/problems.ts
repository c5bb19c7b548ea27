/**
 * The problems `parseFlow` reports: rule ids and their messages in English and Japanese.
 * Messages say what is wrong and, where it can be guessed, the likely fix.
 */

/** Rule ids, stable: tools and tests match on them. */
export type FlowRule =
  | 'invalid-json'
  | 'schema'
  | 'unsupported-version'
  | 'duplicate-id'
  | 'unknown-step'
  | 'unreachable-step'
  | 'dead-end'
  | 'unknown-template'
  | 'unknown-error-code'
  | 'bad-link-scheme'
  | 'missing-translation'
  | 'too-many-problems';

/** One problem found in a flow definition. */
export interface FlowProblem {
  /** Where: a JSON path such as `steps[3].choices[0].next` (`''` for the whole document). */
  path: string;
  /** What is wrong and the likely fix, in the language asked for. */
  message: string;
  /** Which rule found it. */
  rule: FlowRule;
}

/** Languages `parseFlow` can write its messages in. */
export type MessageLanguage = 'en' | 'ja';

/** The language of the messages for an asked `lang` (anything but Japanese gets English). */
export function problemLanguage(lang: unknown): MessageLanguage {
  return typeof lang === 'string' && lang.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** A parsed JSON value (text is parsed, anything else taken as it is), or the `invalid-json` problem. */
export function jsonValue(json: unknown, lang: MessageLanguage): { value: unknown } | { problem: FlowProblem } {
  if (typeof json !== 'string') return { value: json };
  try {
    return { value: JSON.parse(json) };
  } catch (error) {
    return { problem: { path: '', message: problemText.invalidJson(lang, (error as Error).message), rule: 'invalid-json' } };
  }
}

const hint = (lang: MessageLanguage, suggestion?: string) =>
  suggestion ? (lang === 'ja' ? `（\`${suggestion}\` の誤りでは？）` : ` (did you mean \`${suggestion}\`?)`) : '';

/** The longest value quoted in a message: a 1 MB key or id is cut, not repeated in full. */
const QUOTE_MAX = 100;
/** The most entries of a list (known templates, missing languages …) a message names. */
const LIST_MAX = 20;

/** `text` cut to `max` characters (never inside a surrogate pair), with `…` if cut. */
export function clip(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** The first `LIST_MAX` entries, each formatted, then how many more there are. */
function list(lang: MessageLanguage, items: readonly string[], format: (item: string) => string, separator: string): string {
  const shown = items.slice(0, LIST_MAX).map((item) => format(clip(item))).join(separator);
  const more = items.length - LIST_MAX;
  return more > 0 ? `${shown}${separator}${lang === 'ja' ? `ほか ${more} 件` : `and ${more} more`}` : shown;
}

/** Message builders, one per situation, each in both languages. */
export const problemText = {
  invalidJson: (lang: MessageLanguage, detail: string) =>
    lang === 'ja' ? `JSON として読めません: ${detail}` : `not valid JSON: ${detail}`,
  expectedType: (lang: MessageLanguage, expected: string, received: string) =>
    lang === 'ja' ? `${expected} が必要ですが、${received} です` : `expected ${expected}, got ${received}`,
  required: (lang: MessageLanguage, expected: string) =>
    lang === 'ja' ? `必須です（${expected}）` : `required (${expected})`,
  unknownKey: (lang: MessageLanguage, key: string, suggestion?: string) =>
    lang === 'ja' ? `不明なキー \`${clip(key)}\`${hint(lang, suggestion)}` : `unknown key \`${clip(key)}\`${hint(lang, suggestion)}`,
  keyOfOtherKind: (lang: MessageLanguage, key: string, kind: string) =>
    lang === 'ja'
      ? `\`${key}\` は kind が \`${kind}\` のステップでだけ使えます。削除するか kind を変えてください`
      : `\`${key}\` belongs to a step of kind \`${kind}\`; remove it or change the kind`,
  forbiddenKey: (lang: MessageLanguage, key: string) =>
    lang === 'ja'
      ? `キー \`${key}\` は使えません（オブジェクトのプロトタイプを書き換えるおそれがあります）。削除してください`
      : `the key \`${key}\` is not allowed (it could change the prototype of objects); remove it`,
  holes: (lang: MessageLanguage, length: number) =>
    lang === 'ja'
      ? `長さ ${length} の配列に空きがあります（JSON にはない形です）。値だけの配列にしてください`
      : `a list of length ${length} with empty slots (JSON has none); give a list of values`,
  oneOf: (lang: MessageLanguage, received: string, allowed: readonly string[], suggestion?: string) =>
    lang === 'ja'
      ? `\`${clip(received)}\` は使えません。使えるのは ${list(lang, allowed, (a) => `\`${a}\``, '、')}${hint(lang, suggestion)}`
      : `\`${clip(received)}\` is not allowed; use one of ${list(lang, allowed, (a) => `\`${a}\``, ', ')}${hint(lang, suggestion)}`,
  tooShort: (lang: MessageLanguage, minimum: number, what: string) =>
    lang === 'ja' ? `${what}が短すぎます（${minimum} 以上）` : `${what} too short (at least ${minimum})`,
  tooLong: (lang: MessageLanguage, maximum: number, what: string) =>
    lang === 'ja' ? `${what}が長すぎます（${maximum} まで）` : `${what} too long (at most ${maximum})`,
  badFormat: (lang: MessageLanguage, detail: string) =>
    lang === 'ja' ? `形式が正しくありません: ${detail}` : `wrong format: ${detail}`,
  badText: (lang: MessageLanguage) =>
    lang === 'ja'
      ? 'テキストは空でない文字列か、{ "ja": "…", "en": "…" } のように言語ごとの文字列にしてください'
      : 'text must be a non-empty string or one string per language, like { "ja": "…", "en": "…" }',
  invalid: (lang: MessageLanguage) => (lang === 'ja' ? '値が正しくありません' : 'invalid value'),
  repeated: (lang: MessageLanguage) =>
    lang === 'ja' ? '同じ値が2回以上あります。それぞれ1回だけにしてください' : 'a value is listed more than once; list each value once',
  unsupportedVersion: (lang: MessageLanguage, version: number, supported: number) =>
    lang === 'ja'
      ? `形式のバージョン ${version} には対応していません（このライブラリは ${supported} まで）。login-help-elements を更新してください`
      : `format version ${version} is not supported (this library reads up to ${supported}); update login-help-elements`,
  duplicateId: (lang: MessageLanguage, id: string, firstIndex: number) =>
    lang === 'ja'
      ? `ステップ ID \`${clip(id)}\` が重複しています（最初は steps[${firstIndex}]）。別の ID にしてください`
      : `step id \`${clip(id)}\` is used twice (first at steps[${firstIndex}]); give this step another id`,
  unknownStep: (lang: MessageLanguage, id: string, suggestion?: string) =>
    lang === 'ja'
      ? `ステップ \`${clip(id)}\` がありません${hint(lang, suggestion)}`
      : `no step has the id \`${clip(id)}\`${hint(lang, suggestion)}`,
  unreachable: (lang: MessageLanguage, id: string) =>
    lang === 'ja'
      ? `ステップ \`${clip(id)}\` にはどこからも到達できません。どこかの choices か next から参照してください`
      : `step \`${clip(id)}\` cannot be reached from the start or any error code; link to it from a choice or \`next\`, or remove it`,
  deadEnd: (lang: MessageLanguage, id: string) =>
    lang === 'ja'
      ? `ステップ \`${clip(id)}\` には先がありません。choices か next を付けるか、kind を resolved / request / contact にしてください`
      : `step \`${clip(id)}\` leads nowhere; add \`choices\` or \`next\`, or make it an end step (kind resolved, request or contact, or an \`outcome\`)`,
  unknownTemplate: (lang: MessageLanguage, template: string, known: readonly string[], suggestion?: string) =>
    lang === 'ja'
      ? `申請テンプレート \`${clip(template)}\` はありません（${list(lang, known, (k) => k, '、')}）${hint(lang, suggestion)}`
      : `no request template \`${clip(template)}\` (known: ${list(lang, known, (k) => k, ', ')})${hint(lang, suggestion)}`,
  unknownErrorCode: (lang: MessageLanguage, code: string, known: readonly string[], suggestion?: string) =>
    lang === 'ja'
      ? `ログインエラーコード \`${clip(code)}\` はありません（${list(lang, known, (k) => k, '、')}）${hint(lang, suggestion)}`
      : `\`${clip(code)}\` is not a login error code (known: ${list(lang, known, (k) => k, ', ')})${hint(lang, suggestion)}`,
  badLinkScheme: (lang: MessageLanguage, scheme: string) =>
    lang === 'ja'
      ? `リンクに \`${clip(scheme)}:\` は使えません。http(s)、mailto、相対 URL のいずれかにしてください`
      : `links may not use \`${clip(scheme)}:\`; use http(s), mailto or a relative URL`,
  missingTranslation: (lang: MessageLanguage, missing: readonly string[]) =>
    lang === 'ja'
      ? `${list(lang, missing, (m) => `"${m}"`, '、')} の訳がありません（languages で宣言されています）`
      : `no ${list(lang, missing, (m) => `"${m}"`, ', ')} text, which \`languages\` promises`,
  tooMany: (lang: MessageLanguage, shown: number) =>
    lang === 'ja' ? `問題が多すぎるため、最初の ${shown} 件だけを示しています` : `too many problems; only the first ${shown} are listed`,
};

/** English names of JSON types for messages. */
export function describeType(value: unknown, lang: MessageLanguage): string {
  // NaN and ±Infinity are numbers to JavaScript but not to JSON (nor to the schema).
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return lang === 'ja' ? (JA_TYPES[type] ?? type) : type;
}

/** A type name in the asked language. */
export function typeName(type: string, lang: MessageLanguage): string {
  return lang === 'ja' ? (JA_TYPES[type] ?? type) : type;
}

const JA_TYPES: Record<string, string> = {
  string: '文字列',
  number: '数値',
  boolean: '真偽値',
  object: 'オブジェクト',
  array: '配列',
  null: 'null',
  undefined: '未定義',
};
