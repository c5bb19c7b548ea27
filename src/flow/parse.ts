/**
 * `parseFlow(json)`: validates a flow definition (schema, then graph rules) and never throws.
 *
 * A valid definition takes the fast path (fast-accept.ts: one walk, no zod result objects). Any
 * other takes the full path: the pre-pass (inspect.ts), zod, and zod's issues turned into
 * problems (schema-problems.ts). The graph rules (graph-rules.ts) run on what passed the schema,
 * and on what can still be read of a definition that did not (graph-reading.ts), so that one call
 * reports every problem. A problem inside a step names the step's id in its message.
 */
import * as z from 'zod/mini';
import { FLOW_VERSION, flowSchema, type FlowDefinition } from './schema.js';
import { resolveLanguage } from '../localize/languages.js';
import { clip, describeType, jsonValue, problemText, type FlowProblem, type MessageLanguage } from './problems.js';
import { compileFastAccept } from './fast-accept.js';
import { inspect } from './inspect.js';
import { collectSchemaProblems, withForbidden } from './schema-problems.js';
import { checkGraph } from './graph-rules.js';
import { checkGraphOf } from './graph-reading.js';
import { ProblemList, pathKeys } from './problem-list.js';

export { isEndStep, successors } from './graph.js';
export { formatPath } from './problem-list.js';

export type { FlowProblem, FlowProblemFix, FlowRule, MessageLanguage } from './problems.js';

/** The result of `parseFlow`. */
export type ParseFlowResult = { ok: true; flow: FlowDefinition } | { ok: false; errors: FlowProblem[] };

/** Options of `parseFlow`. */
export interface ParseFlowOptions {
  /**
   * Language of the messages, a BCP 47 tag: `en` (default), `ja` (`ja-JP` …) or `zh-Hans`
   * (`zh`, `zh-CN`, `zh-SG` …); a language the library has no messages in gets English.
   */
  lang?: string;
  /** At most this many problems are listed (default 100). */
  maxProblems?: number;
}

/** `{ value }` with `z.safeParse(flowSchema, value).data` for a definition that surely passes, else `undefined`. */
const acceptFast = compileFastAccept(flowSchema);

/**
 * Validates a flow definition: a parsed JSON value or its text.
 * Returns `{ ok: true, flow }`, or `{ ok: false, errors }` with every problem found, each with a
 * `path`, a `message` suggesting the fix and a `rule` id. Never throws.
 */
export function parseFlow(json: unknown, options: ParseFlowOptions = {}): ParseFlowResult {
  const lang = resolveLanguage(options?.lang);
  // A negative maxProblems lists none (only "too many"), NaN or no number the default 100.
  const requested = options?.maxProblems;
  const max = typeof requested === 'number' && !Number.isNaN(requested) ? Math.max(0, requested) : 100;
  try {
    const read = jsonValue(json, lang);
    if ('problem' in read) return fail([read.problem], max, lang);
    const value = read.value;
    const version = (value as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && Number.isFinite(version) && version > FLOW_VERSION) {
      return fail(
        [{ path: 'version', message: problemText.unsupportedVersion(lang, version, FLOW_VERSION), rule: 'unsupported-version' }],
        max,
        lang,
      );
    }
    let forbidden: FlowProblem[] = [];
    let flow = acceptFast(value)?.value as FlowDefinition | undefined;
    if (!flow) {
      const inspected = inspect(value, max, lang);
      forbidden = inspected.problems;
      if (inspected.holes) return fail(namingSteps(forbidden, value, lang), max, lang);
      const parsed = z.safeParse(flowSchema, value);
      if (!parsed.success) {
        const problems = new ProblemList(max);
        for (const issue of parsed.error.issues) {
          if (problems.full) break;
          collectSchemaProblems(issue, [], value, lang, problems);
        }
        // The graph too, where it can still be read: every problem in one round.
        const graph = checkGraphOf(value, lang, max) ?? [];
        return fail(namingSteps(together(withForbidden(forbidden, problems.items), graph), value, lang), max, lang);
      }
      flow = parsed.data;
    }
    if (flow.version !== FLOW_VERSION) {
      return fail(
        [{ path: 'version', message: problemText.oneOf(lang, String(flow.version), [String(FLOW_VERSION)]), rule: 'unsupported-version' }],
        max,
        lang,
      );
    }
    const problems = [...forbidden, ...checkGraph(flow, lang, max)];
    return problems.length ? fail(namingSteps(problems, value, lang), max, lang) : { ok: true, flow };
  } catch (error) {
    // A definition so hostile that validation itself failed (e.g. a getter that throws).
    return { ok: false, errors: [{ path: '', message: problemText.badFormat(lang, errorText(error)), rule: 'schema' }] };
  }
}

/** What a caught value says, whatever it is (it may be an object without a prototype). */
function errorText(error: unknown): string {
  try {
    return clip(String((error as Error)?.message ?? error), 500);
  } catch {
    return describeType(error, 'en');
  }
}

/** The answer for `problems`: at most `max` of them, then one that says there are more. */
function fail(problems: FlowProblem[], max: number, lang: MessageLanguage): ParseFlowResult {
  if (problems.length <= max) return { ok: false, errors: problems };
  return {
    ok: false,
    errors: [...problems.slice(0, max), { path: '', message: problemText.tooMany(lang, max), rule: 'too-many-problems' }],
  };
}

/**
 * Schema problems and graph problems in one list, ordered by path (stable: at one path, the schema's
 * first). A graph problem at or under the path of a schema problem says nothing new (a `next` that is
 * no step id is no step either) and is left out, as is any problem listed twice.
 */
function together(schema: FlowProblem[], graph: FlowProblem[]): FlowProblem[] {
  const covered = schema.map((problem) => problem.path);
  const under = (path: string) =>
    covered.some((at) => path === at || (path.startsWith(at) && (at === '' || path[at.length] === '.' || path[at.length] === '[')));
  const seen = new Set<string>();
  const out: FlowProblem[] = [];
  for (const problem of [...schema, ...graph.filter((problem) => !under(problem.path))]) {
    const key = `${problem.rule}\n${problem.path}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  const keys = new Map(out.map((problem) => [problem, pathKeys(problem.path)]));
  return out.sort((a, b) => comparePaths(keys.get(a)!, keys.get(b)!));
}

/** Document order of two paths: a path before those under it, indices by number, keys by name. */
function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Rules whose message already names the step. */
const NAMES_ITS_STEP: ReadonlySet<string> = new Set(['duplicate-id', 'unreachable-step', 'dead-end']);

/** `problems`, each one inside a step (`steps[5]…`) with the step's id added to its message. */
function namingSteps(problems: FlowProblem[], value: unknown, lang: MessageLanguage): FlowProblem[] {
  const steps =
    value !== null && typeof value === 'object' && Object.hasOwn(value, 'steps') ? (value as { steps: unknown }).steps : undefined;
  if (!Array.isArray(steps)) return problems;
  return problems.map((problem) => {
    const at = /^steps\[(\d+)\]/.exec(problem.path);
    if (!at || NAMES_ITS_STEP.has(problem.rule)) return problem;
    const step: unknown = steps[Number(at[1])];
    const id = step !== null && typeof step === 'object' && Object.hasOwn(step, 'id') ? (step as { id: unknown }).id : undefined;
    return typeof id === 'string' ? { ...problem, message: problemText.inStep(lang, problem.message, id) } : problem;
  });
}
