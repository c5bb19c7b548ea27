/**
 * What the fuzz suite of `parseFlow` checks on every answer: no exception, a bounded time, a
 * well-formed result, no prototype polluted, and an error that names the place that was broken.
 */
import assert from 'node:assert/strict';
import { parseFlow, type FlowProblem, type FlowRule, type ParseFlowOptions, type ParseFlowResult } from '../../src/flow/parse.js';
import { names, type Mutation } from './fuzz-mutate.js';

/** Every rule id (the compiler checks that none is missing). */
export const RULES = [
  'invalid-json',
  'fetch-failed',
  'schema',
  'unsupported-version',
  'duplicate-id',
  'unknown-step',
  'unreachable-step',
  'dead-end',
  'unknown-template',
  'unknown-error-code',
  'bad-link-scheme',
  'missing-translation',
  'too-many-problems',
] as const satisfies readonly FlowRule[];
/** `true` only if `RULES` lists every `FlowRule` (a compile error otherwise). */
export const EVERY_RULE_LISTED: [Exclude<FlowRule, (typeof RULES)[number]>] extends [never] ? true : never = true;

/** The longest message allowed: values are quoted cut, lists are cut (see problems.ts). */
export const MESSAGE_MAX = 4000;

/** Time limits per call: a bound against hangs, not a benchmark (a loaded CI machine is slow). */
export const LIMIT_MS = { normal: 500, big: 2000 };

export interface Timed {
  result: ParseFlowResult;
  ms: number;
}

/** Calls `parseFlow`, asserting at the call site that it does not throw. */
export function callParseFlow(input: unknown, options?: ParseFlowOptions, limit = LIMIT_MS.normal): Timed {
  const start = performance.now();
  let result: ParseFlowResult | undefined;
  let thrown: unknown = undefined;
  let threw = false;
  try {
    result = parseFlow(input, options);
  } catch (error) {
    threw = true;
    thrown = error;
  }
  const ms = performance.now() - start;
  if (threw) assert.fail(`parseFlow threw: ${safeString(thrown)}`);
  if (ms > limit) assert.fail(`parseFlow took ${ms.toFixed(0)} ms (limit ${limit} ms)`);
  assertWellFormed(result, options?.maxProblems ?? 100);
  return { result: result!, ms };
}

function safeString(value: unknown): string {
  try {
    return String(value instanceof Error ? value.stack : value);
  } catch {
    return typeof value;
  }
}

/** `{ ok: true, flow }` or `{ ok: false, errors }` with 1 to maxProblems + 1 errors, each well formed. */
export function assertWellFormed(result: ParseFlowResult | undefined, maxProblems = 100): void {
  assert.ok(result !== null && typeof result === 'object', 'the result is an object');
  if (result.ok === true) {
    assert.deepEqual(Object.keys(result).sort(), ['flow', 'ok']);
    assert.ok(result.flow !== null && typeof result.flow === 'object' && !Array.isArray(result.flow), 'flow is an object');
    return;
  }
  assert.equal(result.ok, false);
  assert.deepEqual(Object.keys(result).sort(), ['errors', 'ok']);
  assert.ok(Array.isArray(result.errors), 'errors is an array');
  assert.ok(result.errors.length >= 1, 'at least one error');
  // maxProblems + 1 (the last says there are more); a negative one counts as 0, NaN as the default.
  const most = Number.isNaN(maxProblems) ? 101 : Math.max(0, maxProblems) + 1;
  if (result.errors.length > most) assert.fail(`at most ${most} errors for maxProblems ${maxProblems}, got ${result.errors.length}`);
  for (const error of result.errors) assertProblem(error);
}

export function assertProblem(problem: FlowProblem): void {
  const keys = Object.keys(problem).sort();
  assert.deepEqual(
    keys.filter((key) => key !== 'fix'),
    ['message', 'path', 'rule'],
    'a problem has path, message and rule (and may have a fix)',
  );
  if (keys.includes('fix')) {
    const fix = problem.fix!;
    assert.deepEqual(Object.keys(fix).sort(), ['replace', 'with'], 'a fix has replace and with');
    assert.ok(fix.replace === 'key' || fix.replace === 'value', `a fix replaces a key or a value, not ${String(fix.replace)}`);
    assert.ok(typeof fix.with === 'string' && fix.with.length > 0, 'a fix names what to write');
    assert.ok(problem.message.includes(fix.with), 'the fix is the suggestion the message names');
  }
  assert.equal(typeof problem.path, 'string');
  assert.equal(typeof problem.message, 'string');
  assert.ok(problem.message.trim().length > 0, 'the message is not empty');
  if (problem.message.length > MESSAGE_MAX)
    assert.fail(`the message is long (${problem.message.length} characters): ${problem.message.slice(0, 300)}…`);
  if (!(RULES as readonly string[]).includes(problem.rule)) assert.fail(`unknown rule ${problem.rule}`);
}

// ---- prototypes ---------------------------------------------------------------------------------

const WATCHED: Record<string, object> = {
  'Object.prototype': Object.prototype,
  'Array.prototype': Array.prototype,
  'Function.prototype': Function.prototype,
  'String.prototype': String.prototype,
  'Number.prototype': Number.prototype,
  'Boolean.prototype': Boolean.prototype,
};

type Snapshot = Map<string, Map<PropertyKey, unknown>>;

/** Every own key of the watched prototypes and what it holds. */
export function snapshotPrototypes(): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const [name, proto] of Object.entries(WATCHED)) {
    const keys = new Map<PropertyKey, unknown>();
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      keys.set(key, descriptor.value ?? descriptor.get);
    }
    snapshot.set(name, keys);
  }
  return snapshot;
}

/** Fails if a watched prototype has a new, lost or changed own key, or plain values see `polluted`. */
export function assertNotPolluted(before: Snapshot): void {
  const after = snapshotPrototypes();
  for (const [name, keys] of before) {
    const now = after.get(name)!;
    const added = [...now.keys()].filter((key) => !keys.has(key));
    const changed = [...keys.keys()].filter((key) => !now.has(key) || now.get(key) !== keys.get(key));
    assert.deepEqual(added.map(String), [], `${name} got new own keys`);
    assert.deepEqual(changed.map(String), [], `${name} lost or changed own keys`);
  }
  for (const value of [{}, [], () => 0, '', 0, false, Object.create(Object.prototype) as object]) {
    const probe = value as { polluted?: unknown; isAdmin?: unknown };
    assert.equal(probe.polluted, undefined, 'a plain value sees `polluted`');
    assert.equal(probe.isAdmin, undefined, 'a plain value sees `isAdmin`');
  }
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  assert.equal(Object.getPrototypeOf([]), Array.prototype);
}

// ---- the place ------------------------------------------------------------------------------------

/** How the errors named the broken place, counted for the report. */
export const naming = { exact: 0, prefix: 0, extension: 0 };

/** Checks the answer to a mutation against what it expects (messages are built only on failure). */
export function assertExpected(mutation: Mutation, result: ParseFlowResult): void {
  const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
  const show = () =>
    `${mutation.op} at ${cut(mutation.at)}: ${JSON.stringify(result.ok ? 'ok' : result.errors.slice(0, 5).map((e) => ({ ...e, path: cut(e.path) })))}`;
  if (mutation.expect === 'accept') {
    if (!result.ok) assert.fail(`expected the definition to be accepted: ${show()}`);
    return;
  }
  if (mutation.expect === 'either') return;
  if (result.ok) assert.fail(`expected the definition to be rejected: ${show()}`);
  if (mutation.exact) {
    if (!result.errors.some((error) => error.path === mutation.at && (mutation.exact === 'any' || error.rule === mutation.exact))) {
      assert.fail(`expected ${mutation.exact === 'any' ? 'an' : `a ${mutation.exact}`} error at exactly ${cut(mutation.at)}: ${show()}`);
    }
    naming.exact++;
    return;
  }
  const found = result.errors.map((error) => names(error.path, mutation.at)).filter((how) => how !== undefined);
  if (!found.length) assert.fail(`no error names the place that was broken: ${show()}`);
  naming[found.includes('exact') ? 'exact' : found.includes('prefix') ? 'prefix' : 'extension']++;
}
