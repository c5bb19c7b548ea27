/** Mermaid フローチャートのことば（日本語）。 */
import type { MermaidWords } from './mermaid.js';

const words: MermaidWords = {
  errorEntry: (code) => `エラー: ${code}`,
};

export default words;
