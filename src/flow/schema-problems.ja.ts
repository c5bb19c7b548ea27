/** スキーマの問題のことば（日本語）。 */
import type { SchemaProblemWords } from './schema-problems.js';

const words: SchemaProblemWords = {
  what: { array: '配列', text: '文字列' },
  notLanguageTag: (key) => `\`${key}\` は言語タグではありません（"ja"、"en" など）`,
  keyNotAllowed: (key) => `キー \`${key}\` が使えません`,
  stepIdFormat: 'ステップ ID は英数字・「-」・「_」で 80 文字まで（先頭は英数字）',
  languageTagFormat: '言語タグ（"ja"、"en" など）',
};

export default words;
