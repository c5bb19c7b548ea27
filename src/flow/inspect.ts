/**
 * The pre-pass of `parseFlow`'s full path: what zod would drop without a word (a record's
 * `__proto__` key) or take ages over (an array of length 2³² − 1 with no values). JSON holds
 * neither, a JavaScript object may.
 */
import { problemText, type FlowProblem, type MessageLanguage } from './problems.js';
import { ProblemList, formatPath } from './problem-list.js';

/** Own keys that could change a prototype in code that copies the object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `key` is an index of an array of length `length`. */
const isIndex = (key: string, length: number) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < length;

/**
 * Walks the input (iteratively and cycle-safe: it may be nested 10,000 levels deep or contain
 * itself) for own `__proto__`, `constructor` and `prototype` keys (JSON.parse makes `"__proto__"`
 * an own key; code that copies such an object may change a prototype instead) and for arrays with
 * holes (`holes` is then true). Problems come in document order, each object is visited once.
 */
export function inspect(root: unknown, max: number, lang: MessageLanguage): { problems: FlowProblem[]; holes: boolean } {
  const problems = new ProblemList(max);
  let holes = false;
  if (root === null || typeof root !== 'object') return { problems: problems.items, holes };
  // Objects still to visit, each with its key (a number: an index) and the visited node it is in.
  const stackValues: object[] = [root];
  const stackKeys: (string | number)[] = [''];
  const stackParents: number[] = [-1];
  // Visited nodes by visit number, for the paths: key, parent, and length if an array (else −1).
  const keyOf: (string | number)[] = [];
  const parentOf: number[] = [];
  const lengthOf: number[] = [];
  const pathOf = (node: number): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let at = node; parentOf[at]! >= 0; at = parentOf[at]!) {
      const key = keyOf[at]!;
      const parentLength = lengthOf[parentOf[at]!]!;
      path.push(typeof key === 'string' && parentLength >= 0 && isIndex(key, parentLength) ? Number(key) : key);
    }
    return path.reverse();
  };
  const seen = new WeakSet<object>();
  // Every object is visited even once the list is full: an array with holes must be found.
  while (stackValues.length) {
    const value = stackValues.pop()!;
    const key = stackKeys.pop()!;
    const parent = stackParents.pop()!;
    if (seen.has(value) || ArrayBuffer.isView(value)) continue;
    seen.add(value);
    const node = keyOf.length;
    const keys = Object.keys(value);
    const length = Array.isArray(value) ? value.length : -1;
    keyOf.push(key);
    parentOf.push(parent);
    lengthOf.push(length);
    const record = value as Record<string, unknown>;
    // Object.keys lists an array's indices first, in order: all there if the last one is.
    const lastIndexThere = length <= 0 || keys[length - 1] === String(length - 1);
    if (!lastIndexThere) {
      holes = true;
      problems.add(formatPath(pathOf(node)), 'schema', () => problemText.holes(lang, length));
    }
    // An array with only its indices: no key to check, children by number (document order).
    if (length >= 0 && keys.length === length && lastIndexThere) {
      for (let i = length - 1; i >= 0; i--) push(record[i], i, node);
      continue;
    }
    for (const name of keys) {
      if (FORBIDDEN_KEYS.has(name)) problems.add(formatPath([...pathOf(node), name]), 'schema', () => problemText.forbiddenKey(lang, name));
    }
    // Children pushed last first, so that they are visited (and reported) in document order.
    for (let i = keys.length - 1; i >= 0; i--) push(record[keys[i]!], keys[i]!, node);
  }
  return { problems: problems.items, holes };

  function push(child: unknown, key: string | number, parent: number): void {
    if (child === null || typeof child !== 'object') return;
    stackValues.push(child);
    stackKeys.push(key);
    stackParents.push(parent);
  }
}
