/** 残り時間（日本語）：「1 時間2 分5 秒」のように区切らずにつなげます。 */
import type { CountdownWords } from './countdown.js';

const words: CountdownWords = {
  joinParts: (parts) => parts.join(''),
};

export default words;
