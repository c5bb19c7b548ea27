/** 随网站而定的值所用的词语（简体中文）。 */
import type { SiteWords } from './site-words.js';

const words: SiteWords = {
  site: '本网站',
  hours: (n) => `${n}小时`,
  minutes: (n) => `${n}分钟`,
  join: (hours, minutes) => `${hours}${minutes}`,
  rule: { alphanumeric: '半角英文字母和数字', 'alphanumeric-symbols': '半角英文字母、数字和符号', any: '任意字符' },
  ruleText: (max, chars) => `最多${max}个字符的${chars}`,
  methods: { totp: '身份验证器应用（TOTP）', grid: '随机数表', backup: '备用码' },
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`),
};

export default words;
