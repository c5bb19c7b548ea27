/** `login-help-elements studio` とそのサーバーのことば（日本語）。 */
import type { StudioMessages } from './studio-server.js';

const messages: StudioMessages = {
  title: (name) => (name ? `フロースタジオ: ${name}` : 'フロースタジオ'),
  running: (file) =>
    file
      ? `フロースタジオで ${file} を編集します。上のアドレスをブラウザーで開いてください。Ctrl+C で終了します。`
      : 'ファイルを指定せずにフロースタジオを起動したため、保存はできません（保存するには FILE を指定してください）。上のアドレスをブラウザーで開いてください。Ctrl+C で終了します。',
  noToken: 'アクセスできません。`login-help-elements studio` が表示したアドレス（アクセストークン付き）で開いてください',
  wrongHost: 'アクセスできません。このスタジオは 127.0.0.1 または localhost の、起動したポートでのみ応答します',
  notFound: '見つかりません',
  methodNotAllowed: (allowed) => `このメソッドは使えません（${allowed} を使ってください）`,
  noBundle: (path) => `スタジオのスクリプト ${path} がありません。\`npm run build\` を実行してから、このページを再読み込みしてください`,
  noFile:
    '`login-help-elements studio` にファイル（FILE）が指定されていないため、保存できません。編集するファイルを指定して起動し直してください: `login-help-elements studio FILE`',
  tooLarge: (megabytes) => `テキストが大きすぎます（${megabytes} MB まで）`,
  notJson: (detail) => `リクエストが JSON ではありません: ${detail}`,
  badBody: '{ "text": 文字列, "baseVersion": 文字列, "force"?: 真偽値 } を送ってください',
  cannotRead: (reason) => `ファイルを読めません（${reason}）`,
  cannotWrite: (reason) => `ファイルに書き込めません（${reason}）`,
  badPort: (value) => `--port には 0〜65535 のポート番号を指定してください（0 は空いている任意のポート）。「${value}」は使えません`,
  portInUse: (port) => `ポート ${port} は使用中です。--port で別のポートを指定するか、--port 0 で空いているポートを使ってください`,
  notAFile: (path, reason) => `${path} は編集できません（${reason}）。存在するフォルダー内のファイルを指定してください`,
};

export default messages;
