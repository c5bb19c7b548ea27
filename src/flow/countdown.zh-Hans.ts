/** 剩余时间（简体中文）：像“1小时2分钟5秒钟”这样直接连在一起。 */
import type { CountdownWords } from './countdown.js';

const words: CountdownWords = {
  joinParts: (parts) => parts.join(''),
};

export default words;
