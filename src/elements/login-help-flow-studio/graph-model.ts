/**
 * The graph the studio draws: the steps of the text being edited (read as far as it is JSON, valid
 * flow or not), where each leads, and which ones `parseFlow` found unreachable or a dead end.
 * Pure: no DOM.
 */
import type { FlowProblem } from '../../flow/parse.js';
import type { LocalizedText } from '../../flow/schema.js';
import { resolveText } from '../../flow/text.js';

const END_KINDS: ReadonlySet<unknown> = new Set(['resolved', 'request', 'contact']);

/** One step of the graph. */
export interface GraphNode {
  id: string;
  /** Its index in `steps`. */
  at: number;
  title: string;
  /** The flow's start, or the step of a login error code. */
  entry: boolean;
  /** It ends a path (its kind or `outcome`). */
  end: boolean;
  /** `parseFlow` says nothing leads to it (rule `unreachable-step`). */
  unreachable: boolean;
  /** `parseFlow` says it leads nowhere and ends nothing (rule `dead-end`). */
  deadEnd: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
}

export interface FlowGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Where a walk can begin: the start, then the steps of the login error codes. */
  roots: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A text of the definition in `lang`, whatever shape it has ('' for one that is not a text). */
function textOf(value: unknown, lang: string): string {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return '';
  try {
    const text = resolveText(value as LocalizedText, lang);
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

/** The graph of `value` (a parsed JSON value), marked with `problems`, titles in `lang`. */
export function flowGraph(value: unknown, problems: readonly Pick<FlowProblem, 'path' | 'rule'>[], lang: string): FlowGraph {
  const empty: FlowGraph = { nodes: [], edges: [], roots: [] };
  if (!isObject(value) || !Array.isArray(value.steps)) return empty;
  const flagged = (rule: FlowProblem['rule']) =>
    new Set(problems.filter((problem) => problem.rule === rule).map((problem) => Number(/^steps\[(\d+)\]$/.exec(problem.path)?.[1])));
  const unreachable = flagged('unreachable-step');
  const deadEnds = flagged('dead-end');
  const nodes: GraphNode[] = [];
  const seen = new Set<string>();
  const leads: [string, unknown[]][] = [];
  value.steps.forEach((step: unknown, at) => {
    if (!isObject(step) || typeof step.id !== 'string' || seen.has(step.id)) return;
    seen.add(step.id);
    nodes.push({
      id: step.id,
      at,
      title: textOf(step.title, lang),
      entry: false,
      end: END_KINDS.has(step.kind) || step.outcome !== undefined,
      unreachable: unreachable.has(at),
      deadEnd: deadEnds.has(at),
    });
    const targets = Array.isArray(step.choices) ? step.choices.map((choice: unknown) => (isObject(choice) ? choice.next : undefined)) : [];
    leads.push([step.id, [...targets, step.next]]);
  });
  const edges: GraphEdge[] = [];
  for (const [from, targets] of leads) {
    const unique = new Set(targets.filter((to): to is string => typeof to === 'string' && seen.has(to)));
    for (const to of unique) edges.push({ from, to });
  }
  const roots = [value.start, ...(isObject(value.errors) ? Object.values(value.errors) : [])].filter(
    (id): id is string => typeof id === 'string' && seen.has(id),
  );
  const entries = new Set(roots);
  for (const node of nodes) node.entry = entries.has(node.id);
  return { nodes, edges, roots: [...entries] };
}
