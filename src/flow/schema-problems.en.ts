/** The words of schema problems in English. */
import type { SchemaProblemWords } from './schema-problems.js';

const words: SchemaProblemWords = {
  what: { array: 'list', text: 'text' },
  notLanguageTag: (key) => `\`${key}\` is not a language tag (such as "ja" or "en")`,
  keyNotAllowed: (key) => `key \`${key}\` is not allowed`,
  stepIdFormat: 'a step id uses letters, digits, "-" and "_", starts with a letter or digit, at most 80 characters',
  languageTagFormat: 'a language tag such as "ja" or "en"',
};

export default words;
