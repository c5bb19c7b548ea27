/** Mermaid 流程图的用语（简体中文）。 */
import type { MermaidWords } from './mermaid.js';

const words: MermaidWords = {
  errorEntry: (code) => `错误：${code}`,
};

export default words;
