/** `validateRequest` のメッセージ（日本語）。 */
import type { RequestMessages } from './messages.js';

const messages: RequestMessages = {
  quote: (text) => `「${text}」`,
  onLine: (line, message) => `${line}行目：${message}`,
  types: {
    string: '文字列',
    object: 'オブジェクト',
    record: 'オブジェクト',
    boolean: '真偽値',
    number: '数値',
    'field-value': '文字列か { "unknown": true }',
  },
  invalidType: (expected) => `値の型が正しくありません（${expected} が必要です）`,
  invalidFormat: '形式が正しくありません',
  unknownKey: (key) => `不明な項目 \`${key}\` です`,
  unknownTemplate: (id, known) => `申請テンプレート \`${id}\` はありません（${known.join('、')}）`,
  mismatch: (expected) => `この申請では ${expected}になるはずです。`,
  required: (unknownAllowed) => (unknownAllowed ? '入力するか、「わからない」を選んでください。' : '入力してください。'),
  unknownNotAllowed: 'この項目には「わからない」を選べません。入力してください。',
  unknownField: (id, template) => `申請 \`${template}\` には項目 \`${id}\` がありません`,
  tooLong: (maximum, length) => `長すぎます（${maximum} 文字まで、今は ${length} 文字）。`,
  email: (suggestion) =>
    `メールアドレスの形式ではありません（例：taro@example.com）。${suggestion ? `${suggestion}ではありませんか？` : ''}`,
  usernameEmail: (rule) => `メールアドレスはユーザー名ではありません。登録時に決めたユーザー名（${rule}）を書いてください。`,
  usernameFullWidth: (suggestion) => `全角の文字が含まれています。ユーザー名は半角英数字です。${suggestion}ではありませんか？`,
  usernameSpaces: (suggestion) => `スペースが含まれています。${suggestion}ではありませんか？`,
  usernameCharacters: (withSymbols) =>
    withSymbols ? 'ユーザー名に使えるのは半角の英字・数字・記号だけです。' : 'ユーザー名に使えるのは半角の英字と数字だけです。',
  usernameTooLong: (length, max) => `ユーザー名は ${max} 文字以内です（今は ${length} 文字）。`,
  usernameRequired:
    'この申請にはユーザー名が必要です。先にパスワードでログインし（認証コードは入力しなくてかまいません）、表示されたユーザー名でこの申請に戻ってきてください。',
  dateFormat: (suggestion) =>
    `日付は 2019-04-01、2019-04、2019 のように、時刻も書く場合は 2019-04-01 14:30 のように書いてください${suggestion ? `（${suggestion}ではありませんか？）` : ''}。`,
  dateFuture: (date, withTime) => `${date}は未来の${withTime ? '日時' : '日付'}です。`,
  timeWithoutDate: (suggestion) =>
    `時刻を書く場合は、年月日もすべて書いてください（例：2019-04-01 14:30）。日がわからない場合は、時刻は書かずに${suggestion ? `${suggestion}とだけ` : '、わかる範囲で年や年月だけを'}書いてください。`,
  timeInvalid: (value) => `${value}の時刻は正しくありません。時刻は 0:00〜23:59 の24時間表記で、14:30 のように書いてください。`,
  passwordLike: 'パスワードが書かれているようです。パスワードは必要ありませんので、消してください。',
  idempotencyKeyMissing: 'Idempotency-Key ヘッダーがありません',
  idempotencyKeyMismatch: 'Idempotency-Key ヘッダーが本文の idempotencyKey と一致しません',
  invalid: '値が正しくありません',
};

export default messages;
