/** 申請にあらかじめ入れる回答（日本語）。 */
import type { PrefillWords } from './prefill.js';

const words: PrefillWords = {
  errors: {
    'invalid-credentials': '「ユーザー名またはパスワードが違います。誤りのない場合は、その他の理由でログインできません」と表示された',
    'system-error': '「システムエラーが発生しました」と表示された',
    'captcha-required': '画像認証を求められた',
    locked: 'ログインが一時的に制限されていると表示された',
    'code-invalid': '認証コードが受け付けられなかった',
    'code-locked': '認証コードが一時的に使えなくなったと表示された',
  },
  typed: (name) => `ユーザー名欄に入力したもの：${name}`,
  path: (titles) => `ログインのヘルプで次の順に進みました：${titles}`,
  separator: ' › ',
};

export default words;
