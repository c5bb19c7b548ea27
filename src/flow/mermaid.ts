/**
 * `toMermaid(flow)`: the flow as a Mermaid flowchart, for README pictures and the CLI's `graph`.
 * Its own words (the label of an error code's entry) are in the catalogues beside this module
 * (mermaid.en.ts, .ja.ts, .zh-Hans.ts).
 */
import type { FlowDefinition, FlowStep } from './schema.js';
import { isEndStep } from './graph.js';
import { resolveText } from './text.js';
import { pick, type Catalogues } from '../localize/languages.js';
import en from './mermaid.en.js';
import ja from './mermaid.ja.js';
import zhHans from './mermaid.zh-Hans.js';

/** The words of the flowchart in one language. */
export interface MermaidWords {
  /** The label of the entry for a login error code (`code` is escaped already). */
  errorEntry(code: string): string;
}

/** Every language's words. */
export const MERMAID_WORDS: Catalogues<MermaidWords> = { en, ja, 'zh-Hans': zhHans };

/** Options of `toMermaid`. */
export interface MermaidOptions {
  /** Language of the labels (default `en`). */
  lang?: string;
  /** Flowchart direction (default `TD`). */
  direction?: 'TD' | 'LR';
}

/** Mermaid node ids are restricted: map each step id to `s<index>` and keep the id in the label. */
function nodeIds(flow: FlowDefinition): Map<string, string> {
  const ids = new Map<string, string>();
  flow.steps.forEach((step, i) => {
    if (!ids.has(step.id)) ids.set(step.id, `s${i}`);
  });
  return ids;
}

/** Escapes a label for a Mermaid quoted string (`"` and markup become entities). */
function label(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;');
}

function shape(step: FlowStep, id: string, text: string): string {
  if (isEndStep(step)) return `${id}(["${text}"])`;
  if (step.kind === 'choice') return `${id}{"${text}"}`;
  return `${id}["${text}"]`;
}

/** The flow as Mermaid `flowchart` source: steps, choices as labelled edges, error codes as entries. */
export function toMermaid(flow: FlowDefinition, options: MermaidOptions = {}): string {
  const lang = options.lang ?? 'en';
  const words = pick(MERMAID_WORDS, lang);
  const ids = nodeIds(flow);
  const lines = [`flowchart ${options.direction ?? 'TD'}`];
  for (const step of flow.steps) {
    const id = ids.get(step.id)!;
    lines.push(`  ${shape(step, id, label(`${step.id}: ${resolveText(step.title, lang)}`))}`);
  }
  for (const step of flow.steps) {
    const from = ids.get(step.id)!;
    step.choices?.forEach((choice) => {
      const to = ids.get(choice.next);
      if (to) lines.push(`  ${from} -->|"${label(resolveText(choice.label, lang))}"| ${to}`);
    });
    if (step.next !== undefined) {
      const to = ids.get(step.next);
      if (to) lines.push(`  ${from} --> ${to}`);
    }
  }
  Object.entries(flow.errors ?? {}).forEach(([code, stepId], i) => {
    const to = ids.get(stepId);
    if (!to) return;
    lines.push(`  e${i}>"${words.errorEntry(label(code))}"] -.-> ${to}`);
  });
  const ends = flow.steps.filter(isEndStep).map((step) => ids.get(step.id)!);
  if (ends.length) {
    lines.push('  classDef end fill:#e8f5e9,stroke:#2e7d32');
    lines.push(`  class ${ends.join(',')} end`);
  }
  const start = ids.get(flow.start);
  if (start) {
    lines.push('  classDef start stroke-width:3px');
    lines.push(`  class ${start} start`);
  }
  return `${lines.join('\n')}\n`;
}
