/** 结构问题的用语（简体中文）。 */
import type { SchemaProblemWords } from './schema-problems.js';

const words: SchemaProblemWords = {
  what: { array: '数组', text: '字符串' },
  notLanguageTag: (key) => `\`${key}\` 不是语言标签（例如 "ja"、"en"）`,
  keyNotAllowed: (key) => `不能使用键 \`${key}\``,
  stepIdFormat: '步骤 ID 只能使用英文字母、数字、“-”和“_”，最多80个字符（须以英文字母或数字开头）',
  languageTagFormat: '语言标签（例如 "ja"、"en"）',
};

export default words;
