/** The words of the Mermaid flowchart in English. */
import type { MermaidWords } from './mermaid.js';

const words: MermaidWords = {
  errorEntry: (code) => `error: ${code}`,
};

export default words;
