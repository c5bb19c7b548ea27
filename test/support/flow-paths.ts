/**
 * Every start-to-end path of a flow, generated from its graph (not hand-listed): depth-first from
 * a step, never visiting a step twice on one path. Shared by the Node and browser tests.
 */
import type { FlowDefinition } from '../../src/flow/schema.js';
import { isEndStep, successors } from '../../src/flow/parse.js';

export interface FlowPath {
  /** Step ids from the first step to an end step. */
  steps: string[];
  /** For each move, the index of the choice taken (-1 for `next`). */
  moves: number[];
}

export function allPaths(flow: FlowDefinition, from: string = flow.start): FlowPath[] {
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  const out: FlowPath[] = [];
  const walk = (id: string, steps: string[], moves: number[]) => {
    const step = byId.get(id)!;
    const nextSteps = successors(step);
    if (isEndStep(step) || nextSteps.length === 0) {
      out.push({ steps, moves });
      if (nextSteps.length === 0) return;
    }
    nextSteps.forEach((next, i) => {
      if (steps.includes(next)) return;
      const move = i < (step.choices?.length ?? 0) ? i : -1;
      walk(next, [...steps, next], [...moves, move]);
    });
  };
  walk(from, [from], []);
  return out;
}
