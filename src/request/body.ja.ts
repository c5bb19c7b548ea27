/** 申請本文の見出しなど（日本語）。 */
import type { BodyWords } from './body.js';

const words: BodyWords = {
  inquiryType: 'お問い合わせの種類',
  subject: '件名',
  name: '名前',
  email: 'メールアドレス',
  separator: '：',
  unknown: 'わからない',
  closing: 'この申請にパスワードは含まれていません。',
};

export default words;
