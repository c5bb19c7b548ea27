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

const hint = (lang: MessageLanguage, suggestion?: string) =>
  suggestion ? (lang === 'ja' ? `（\`${suggestion}\` の誤りでは？）` : ` (did you mean \`${suggestion}\`?)`) : '';

/** Message builders, one per situation, each in both languages. */
export const problemText = {
  invalidJson: (lang: MessageLanguage, detail: string) =>
    lang === 'ja' ? `JSON として読めません: ${detail}` : `not valid JSON: ${detail}`,
  expectedType: (lang: MessageLanguage, expected: string, received: string) =>
    lang === 'ja' ? `${expected} が必要ですが、${received} です` : `expected ${expected}, got ${received}`,
  required: (lang: MessageLanguage, expected: string) =>
    lang === 'ja' ? `必須です（${expected}）` : `required (${expected})`,
  unknownKey: (lang: MessageLanguage, key: string, suggestion?: string) =>
    lang === 'ja' ? `不明なキー \`${key}\`${hint(lang, suggestion)}` : `unknown key \`${key}\`${hint(lang, suggestion)}`,
  oneOf: (lang: MessageLanguage, received: string, allowed: readonly string[], suggestion?: string) =>
    lang === 'ja'
      ? `\`${received}\` は使えません。使えるのは ${allowed.map((a) => `\`${a}\``).join('、')}${hint(lang, suggestion)}`
      : `\`${received}\` is not allowed; use one of ${allowed.map((a) => `\`${a}\``).join(', ')}${hint(lang, suggestion)}`,
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
  unsupportedVersion: (lang: MessageLanguage, version: number, supported: number) =>
    lang === 'ja'
      ? `形式のバージョン ${version} には対応していません（このライブラリは ${supported} まで）。login-help-elements を更新してください`
      : `format version ${version} is not supported (this library reads up to ${supported}); update login-help-elements`,
  duplicateId: (lang: MessageLanguage, id: string, firstIndex: number) =>
    lang === 'ja'
      ? `ステップ ID \`${id}\` が重複しています（最初は steps[${firstIndex}]）。別の ID にしてください`
      : `step id \`${id}\` is used twice (first at steps[${firstIndex}]); give this step another id`,
  unknownStep: (lang: MessageLanguage, id: string, suggestion?: string) =>
    lang === 'ja'
      ? `ステップ \`${id}\` がありません${hint(lang, suggestion)}`
      : `no step has the id \`${id}\`${hint(lang, suggestion)}`,
  unreachable: (lang: MessageLanguage, id: string) =>
    lang === 'ja'
      ? `ステップ \`${id}\` にはどこからも到達できません。どこかの choices か next から参照してください`
      : `step \`${id}\` cannot be reached from the start or any error code; link to it from a choice or \`next\`, or remove it`,
  deadEnd: (lang: MessageLanguage, id: string) =>
    lang === 'ja'
      ? `ステップ \`${id}\` には先がありません。choices か next を付けるか、kind を resolved / request / contact にしてください`
      : `step \`${id}\` leads nowhere; add \`choices\` or \`next\`, or make it an end step (kind resolved, request or contact, or an \`outcome\`)`,
  unknownTemplate: (lang: MessageLanguage, template: string, known: readonly string[], suggestion?: string) =>
    lang === 'ja'
      ? `申請テンプレート \`${template}\` はありません（${known.join('、')}）${hint(lang, suggestion)}`
      : `no request template \`${template}\` (known: ${known.join(', ')})${hint(lang, suggestion)}`,
  unknownErrorCode: (lang: MessageLanguage, code: string, known: readonly string[], suggestion?: string) =>
    lang === 'ja'
      ? `ログインエラーコード \`${code}\` はありません（${known.join('、')}）${hint(lang, suggestion)}`
      : `\`${code}\` is not a login error code (known: ${known.join(', ')})${hint(lang, suggestion)}`,
  badLinkScheme: (lang: MessageLanguage, scheme: string) =>
    lang === 'ja'
      ? `リンクに \`${scheme}:\` は使えません。http(s)、mailto、相対 URL のいずれかにしてください`
      : `links may not use \`${scheme}:\`; use http(s), mailto or a relative URL`,
  missingTranslation: (lang: MessageLanguage, missing: readonly string[]) =>
    lang === 'ja'
      ? `${missing.map((m) => `"${m}"`).join('、')} の訳がありません（languages で宣言されています）`
      : `no ${missing.map((m) => `"${m}"`).join(', ')} text, which \`languages\` promises`,
  tooMany: (lang: MessageLanguage, shown: number) =>
    lang === 'ja' ? `問題が多すぎるため、最初の ${shown} 件だけを示しています` : `too many problems; only the first ${shown} are listed`,
};

/** English names of JSON types for messages. */
export function describeType(value: unknown, lang: MessageLanguage): string {
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
