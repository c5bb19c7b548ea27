/** サイトごとの値のことば（日本語）。 */
import type { SiteWords } from './site-words.js';

const words: SiteWords = {
  site: 'このサイト',
  hours: (n) => `${n}時間`,
  minutes: (n) => `${n}分`,
  join: (hours, minutes) => `${hours}${minutes}`,
  rule: { alphanumeric: '半角英数字', 'alphanumeric-symbols': '半角英数字と記号', any: '文字' },
  ruleText: (max, chars) => `${max}文字以内の${chars}`,
  methods: { totp: '認証アプリ（TOTP）', grid: '乱数表', backup: 'バックアップコード' },
  list: (items) => items.join('、'),
};

export default words;
