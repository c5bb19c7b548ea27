/**
 * The edges of a flow's graph: where a step leads and whether it ends a path. No zod here.
 */
import type { FlowStep, Outcome } from './schema.js';

const END_KINDS: ReadonlySet<string> = new Set(['resolved', 'request', 'contact']);

/** Whether a step ends a path (its kind or its explicit `outcome`). */
export function isEndStep(step: FlowStep): boolean {
  return END_KINDS.has(step.kind) || step.outcome !== undefined;
}

/**
 * How a path that ends at `step` ends (its `outcome`, else its kind), or `undefined` if it is no end
 * step: what `FlowEngine.outcome` says there (the engine keeps its own two lines, so that this stays
 * out of the guide's first-step bundle).
 */
export function outcomeOf(step: FlowStep): Outcome | undefined {
  return isEndStep(step) ? (step.outcome ?? (step.kind as Outcome)) : undefined;
}

/** The ids a step leads to, in order (choices, then `next`). */
export function successors(step: FlowStep): string[] {
  const out = step.choices?.map((choice) => choice.next) ?? [];
  if (step.next !== undefined) out.push(step.next);
  return out;
}
