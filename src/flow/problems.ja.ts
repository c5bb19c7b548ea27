/** `parseFlow`・`parseSiteProfile` のメッセージ（日本語）。 */
import type { ProblemMessages } from './problems.js';

const messages: ProblemMessages = {
  hint: (suggestion) => `（\`${suggestion}\` の誤りでは？）`,
  listSeparator: '、',
  more: (count) => `ほか ${count} 件`,
  types: { string: '文字列', number: '数値', boolean: '真偽値', object: 'オブジェクト', array: '配列', null: 'null', undefined: '未定義' },
  invalidJson: (detail) => `JSON として読めません: ${detail}`,
  expectedType: (expected, received) => `${expected} が必要ですが、${received} です`,
  required: (expected) => `必須です（${expected}）`,
  unknownKey: (key, hint) => `不明なキー \`${key}\`${hint}`,
  keyOfOtherKind: (key, kind) => `\`${key}\` は kind が \`${kind}\` のステップでだけ使えます。削除するか kind を変えてください`,
  forbiddenKey: (key) => `キー \`${key}\` は使えません（オブジェクトのプロトタイプを書き換えるおそれがあります）。削除してください`,
  holes: (length) => `長さ ${length} の配列に空きがあります（JSON にはない形です）。値だけの配列にしてください`,
  oneOf: (received, allowed, hint) => `\`${received}\` は使えません。使えるのは ${allowed}${hint}`,
  tooShort: (minimum, what) => `${what}が短すぎます（${minimum} 以上）`,
  tooLong: (maximum, what) => `${what}が長すぎます（${maximum} まで）`,
  badFormat: (detail) => `形式が正しくありません: ${detail}`,
  badText: () => 'テキストは空でない文字列か、{ "ja": "…", "en": "…" } のように言語ごとの文字列にしてください',
  invalid: () => '値が正しくありません',
  repeated: () => '同じ値が2回以上あります。それぞれ1回だけにしてください',
  unsupportedVersion: (version, supported) =>
    `形式のバージョン ${version} には対応していません（このライブラリは ${supported} まで）。login-help-elements を更新してください`,
  duplicateId: (id, firstIndex) => `ステップ ID \`${id}\` が重複しています（最初は steps[${firstIndex}]）。別の ID にしてください`,
  unknownStep: (id, hint) => `ステップ \`${id}\` がありません${hint}`,
  unreachable: (id) => `ステップ \`${id}\` にはどこからも到達できません。どこかの choices か next から参照してください`,
  deadEnd: (id) => `ステップ \`${id}\` には先がありません。choices か next を付けるか、kind を resolved / request / contact にしてください`,
  unknownTemplate: (template, known, hint) => `申請テンプレート \`${template}\` はありません（${known}）${hint}`,
  unknownErrorCode: (code, known, hint) => `ログインエラーコード \`${code}\` はありません（${known}）${hint}`,
  badLinkScheme: (scheme) => `リンクに \`${scheme}:\` は使えません。http(s)、mailto、相対 URL のいずれかにしてください`,
  missingTranslation: (missing) => `${missing} の訳がありません（languages で宣言されています）`,
  inStep: (message, id) => `${message}（ステップ \`${id}\` 内）`,
  tooMany: (shown) => `問題が多すぎるため、最初の ${shown} 件だけを示しています`,
};

export default messages;
