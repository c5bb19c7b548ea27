/** `login-help-elements` コマンドのことば（日本語）。 */
import type { CliMessages } from './main.js';

const messages: CliMessages = {
  usage: `使い方:
  login-help-elements validate FILE [--site PROFILE] [--lang en|ja|zh-Hans]   フロー定義を検査します（終了コード 0: 有効、1: 無効、2: 読めない）
  login-help-elements graph FILE [--site PROFILE] [--lang en|ja|zh-Hans] [--direction TD|LR]   フローを Mermaid のフローチャートとして出力します
  login-help-elements flow [--site PROFILE] [--lang L]   PROFILE が表すサイト向けの組み込みフローを出力します
                                                        （サイト独自のフローのたたき台。--lang を付けると 1 言語だけにします）
  login-help-elements page FILE|--default [--site PROFILE] [--lang L]   フローを JavaScript なしで読める 1 枚の
                                                        HTML ページとして言語 L で出力します（--default: 組み込みフロー）
  login-help-elements studio [FILE] [--port N] [--lang L]   FILE をブラウザーのフロースタジオで編集します（問題、
                                                        ガイド、グラフを並べて表示）。127.0.0.1 だけで待ち受け、
                                                        最初にアドレス（アクセストークン付き）を出力します

validate はすべての問題を 1 回で、1 件 1 行の「PATH: メッセージ」で出力します。ステップ内の問題は末尾に
ステップ ID を示します: 「steps[5].choices[0].next: ステップ \`lockd\` がありません（ステップ \`forgot-password\` 内）」。
PROFILE はサイトプロファイルの JSON ファイルです（login-help-elements/schema/site-profile.schema.json を参照）。
--site を付けると、FILE で組み込みフローの条件（"when"）とプレースホルダー（"{{…}}"）を使えます。
--lang はメッセージとラベルの言語です: en（既定）、ja、zh-Hans（zh、zh-CN なども可）。`,
  cannotRead: (reason) => `ファイルを読めません（${reason}）`,
  valid: (steps) => `有効です（ステップ ${steps} 個）`,
  root: '(ルート)',
};

export default messages;
