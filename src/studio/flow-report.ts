/**
 * The flow studio's reports on a definition: every path from the start to an end with its outcome,
 * the texts missing in a declared language, and the steps nothing reaches. Pure: no DOM, no Lit.
 * They read a definition that is valid enough to walk (what `parseFlow` accepts, or close to it: a
 * link to a missing step is skipped, a duplicate id is the first step with it, as `FlowEngine` has
 * it), and use the same graph as `parseFlow` and the engine (src/flow/graph.ts, reach.ts,
 * translations.ts).
 */
import type { FlowDefinition, FlowStep, Outcome } from '../flow/schema.js';
import { isEndStep, outcomeOf, successors } from '../flow/graph.js';
import { reachedFrom } from '../flow/reach.js';
import { eachMissingTranslation } from '../flow/translations.js';

/** One way through a flow: the step ids from the start to an end step, and how it ends there. */
export interface FlowPath {
  /** Step ids, the start first, the end step last; no step twice. */
  steps: string[];
  /** The end step's outcome (its `outcome`, else its kind), as `FlowEngine.outcome` says it. */
  outcome: Outcome;
}

/** What {@link flowPaths} found. */
export interface FlowPaths {
  /** The paths, in the order of a walk that tries each step's choices, then its `next`, in turn. */
  paths: FlowPath[];
  /** Whether there are more than were listed (over `limit`, or too many ways to try them all). */
  truncated: boolean;
}

/** Options of {@link flowPaths}. */
export interface FlowPathsOptions {
  /** The most paths listed (default 200). */
  limit?: number;
}

/**
 * Moves of the walk `flowPaths` may make before it stops with `truncated`: a 500-step flow can have
 * more simple paths than atoms in the universe, most of them ending nowhere; this keeps it to tens of
 * milliseconds whatever the graph.
 */
const MAX_MOVES = 200_000;

/** A text that lacks one of the flow's declared `languages`. */
export interface MissingText {
  /** The text's JSON path (`steps[3].choices[0].label`, `title`). */
  path: string;
  /** The id of the step it is in; absent for the flow's own `title`. */
  step?: string;
  /** The declared language it lacks (or has empty). */
  lang: string;
}

/** The first step with each id (as `FlowEngine` has them). */
function stepsById(flow: FlowDefinition): Map<string, FlowStep> {
  const steps = new Map<string, FlowStep>();
  for (const step of flow.steps) if (!steps.has(step.id)) steps.set(step.id, step);
  return steps;
}

/**
 * Every simple path (no step twice) from the flow's `start` to an end step, with that end's outcome.
 * A path goes on past an end step that has choices or a `next` (each end on it is listed). At most
 * `limit` paths are listed; `truncated` says there were more, or that the walk gave up before trying
 * every way (a large flow with many crossings): the paths listed are then the first ones, in order.
 */
export function flowPaths(flow: FlowDefinition, { limit = 200 }: FlowPathsOptions = {}): FlowPaths {
  const steps = stepsById(flow);
  const paths: FlowPath[] = [];
  // Only steps from which an end can be reached are worth a move.
  const before = new Map<string, string[]>();
  for (const step of steps.values()) {
    for (const to of successors(step)) {
      if (!before.has(to)) before.set(to, []);
      before.get(to)!.push(step.id);
    }
  }
  const ends = [...steps.values()].filter(isEndStep).map((step) => step.id);
  const leadsToEnd = reachedFrom(ends, (id) => (steps.has(id) ? (before.get(id) ?? []) : undefined));
  const onwardOf = new Map<string, string[]>();
  const onward = (id: string) => {
    let ids = onwardOf.get(id);
    if (!ids) onwardOf.set(id, (ids = [...new Set(successors(steps.get(id)!))].filter((to) => leadsToEnd.has(to))));
    return ids;
  };

  // Depth first, without recursion: the path, each step's onward ids and which one is tried next.
  const path: string[] = [];
  const on = new Set<string>();
  const options: string[][] = [];
  const tried: number[] = [];
  /** Steps onto `id`; false when `limit` is passed. */
  const enter = (id: string): boolean => {
    path.push(id);
    on.add(id);
    options.push(onward(id));
    tried.push(0);
    const outcome = outcomeOf(steps.get(id)!);
    if (outcome === undefined) return true;
    if (paths.length >= limit) return false;
    paths.push({ steps: [...path], outcome });
    return true;
  };
  if (!leadsToEnd.has(flow.start)) return { paths, truncated: false };
  if (!enter(flow.start)) return { paths, truncated: true };
  let moves = 0;
  while (path.length) {
    const top = path.length - 1;
    const to = options[top]![tried[top]!++];
    if (to === undefined) {
      on.delete(path.pop()!);
      options.pop();
      tried.pop();
    } else if (!on.has(to)) {
      if (++moves > MAX_MOVES || !enter(to)) return { paths, truncated: true };
    }
  }
  return { paths, truncated: false };
}

/**
 * Every text that lacks one of the flow's declared `languages` (or has it empty), one entry per text
 * and language, in the order of the definition: the texts `parseFlow` reports as
 * `missing-translation`. A text given as one string serves every language; a flow that declares no
 * `languages` misses none.
 */
export function missingTexts(flow: FlowDefinition): MissingText[] {
  const out: MissingText[] = [];
  const languages = [...new Set(flow.languages ?? [])];
  eachMissingTranslation(flow, languages, ({ path, missing, step }) => {
    const where = path();
    const id = step === undefined ? undefined : flow.steps[step]?.id;
    for (const lang of missing) out.push(id === undefined ? { path: where, lang } : { path: where, step: id, lang });
  });
  return out;
}

/**
 * The ids of the steps that neither the start, nor any login error code (the flow's `errors`), nor any
 * choice or `next` of a step reached from those leads to, in the order of `steps`: the steps
 * `parseFlow` reports as `unreachable-step`.
 */
export function unreachedSteps(flow: FlowDefinition): string[] {
  const steps = stepsById(flow);
  const roots = [flow.start, ...Object.values(flow.errors ?? {})];
  const reached = reachedFrom(roots, (id) => {
    const step = steps.get(id);
    return step && successors(step);
  });
  return [...steps.keys()].filter((id) => !reached.has(id));
}
