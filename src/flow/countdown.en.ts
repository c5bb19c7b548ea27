/** A time left in English, and in any locale the library has no words for: joined as Intl lists units. */
import type { CountdownWords } from './countdown.js';

const words: CountdownWords = {
  joinParts: (parts, locale) => new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts),
};

export default words;
