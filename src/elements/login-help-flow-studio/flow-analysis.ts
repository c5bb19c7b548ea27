/**
 * What the studio knows of the text being edited, after each change: `parseFlow`'s answer, each
 * problem placed at its range of the text (json-positions.ts), and the JSON value as far as it
 * parses (for the graph). Pure: no DOM; the editor's linter calls it with the text.
 */
import { parseFlow, type FlowProblem, type ParseFlowResult } from '../../flow/parse.js';
import type { FlowDefinition } from '../../flow/schema.js';
import type { Language } from '../../localize/languages.js';
import { problemRange } from './json-positions.js';
import { readJson } from './json-tree.js';

/** A problem of the text with its place in it. */
export interface LocatedProblem extends FlowProblem {
  from: number;
  to: number;
}

/** The studio's reading of one version of the text. */
export interface FlowAnalysis {
  /** The text read. */
  readonly text: string;
  /** The parsed definition when it is valid. */
  readonly flow: FlowDefinition | undefined;
  /** The JSON value when the text is JSON (valid flow or not). */
  readonly value: unknown;
  /** Every problem, in `parseFlow`'s order, placed in the text. */
  readonly problems: readonly LocatedProblem[];
}

/** Reads `text` as a flow definition, messages in `lang`. */
export function analyseFlow(text: string, lang: Language): FlowAnalysis {
  let value: unknown;
  let result: ParseFlowResult;
  try {
    value = JSON.parse(text);
    result = parseFlow(value, { lang });
  } catch {
    value = undefined;
    result = parseFlow(text, { lang });
  }
  const tree = result.ok ? undefined : readJson(text);
  const problems =
    result.ok || !tree
      ? []
      : result.errors.map((problem): LocatedProblem => {
          const range = problemRange(tree, problem.path, problem.fix?.replace === 'key' ? 'key' : 'value');
          return { ...problem, from: range.from, to: Math.max(range.to, Math.min(range.from + 1, text.length)) };
        });
  return { text, flow: result.ok ? result.flow : undefined, value, problems };
}

/** The index of the step a problem's path is in (`steps[4].next` → 4), if any. */
export function stepIndexOf(problem: Pick<FlowProblem, 'path'>): number | undefined {
  const at = /^steps\[(\d+)\]/.exec(problem.path);
  return at ? Number(at[1]) : undefined;
}
