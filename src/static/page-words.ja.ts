/** 静的ヘルプページのことば（日本語）。 */
import type { PageWords } from './page-words.js';

const words: PageWords = {
  defaultTitle: 'ログインできないときは',
  intro:
    'このページでは、確かめることとお手続きを順にご案内します。最初のステップから始めて、状況に合うリンクをたどってください。ログイン時にエラーが表示された場合は、そのエラーのステップから始めることもできます。',
  contents: '目次',
  startHere: { before: 'はじめに：', after: '' },
  ifTheLoginSaid: 'ログイン時にこう表示されたら',
  loginErrors: {
    'invalid-credentials': 'ユーザー名またはパスワードが違う',
    'system-error': 'システムエラーが発生した',
    'captcha-required': '画像認証（CAPTCHA）を求められた',
    locked: 'しばらくログインできなくなった',
    'code-invalid': '認証コードがエラーになる',
    'code-locked': '認証コードがしばらく使えなくなった',
    unknown: 'そのほか、またはわからない',
  },
  startAt: (error) => ({ before: `${error}：`, after: ' から' }),
  allSteps: 'すべてのステップ',
  cautions: '先にご確認ください',
  whatNext: '次に進む',
  continue: '次へ',
  backToContents: '目次に戻る',
  contactLink: 'サイトのお問い合わせフォームを開く',
  contactNoLink: 'サイトのお問い合わせフォームからお送りください。',
  requestCautions: '申請の前にご確認ください',
  writeInRequest: '申請に書くこと',
  fillIn: 'サイトのお問い合わせフォームに、次のとおり入力して送信してください。',
  name: '名前',
  email: 'メールアドレス',
  inquiryType: 'お問い合わせの種類',
  subject: '件名',
  message: '本文',
  chooseInquiryType: (label, meaning) => (meaning ? `「${label}」（${meaning}）を選択してください。` : `「${label}」を選択してください。`),
  writeSubject: (subject, meaning, suggested) =>
    suggested
      ? `何についての申請かがわかる短い件名（例：「${subject}」）。`
      : meaning
        ? `「${subject}」（${meaning}）と入力してください。`
        : `「${subject}」と入力してください。`,
  messageIntro: (unknownAllowed) =>
    unknownAllowed ? '次の内容を書いてください。わからない項目は省かずに「わからない」と書いてください。' : '次の内容を書いてください。',
  requirement: (required, unknownAllowed) =>
    required ? (unknownAllowed ? '（必須。「わからない」でもかまいません）' : '（必須）') : '（任意）',
  onePerLine: '1行に1つずつ。',
  dateHint: 'わかる範囲で。年だけ、年月だけでもかまいません（2019、2019-04、2019-04-01）。',
  noPassword:
    'パスワードは、申請のどこにも絶対に書かないでください。認証コードも同じです。サポートが必要とすることも、お尋ねすることもありません。',
  privacy: '個人情報の取り扱いについて',
};

export default words;
