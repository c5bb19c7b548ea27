/**
 * A bounded list of problems and the path format `parseFlow` reports them with.
 */
import type { FlowProblem, FlowProblemFix, FlowRule } from './problems.js';

/** A problem's message, alone or with the fix it suggests. */
export type ProblemDetail = string | { message: string; fix: FlowProblemFix | undefined };

/**
 * The message `build` writes for `suggestion` (a did-you-mean; `undefined` or `''` for none, as the
 * messages' `hint` reads it) with the fix it stands for: rename the key at the problem's path, or
 * replace the value there.
 */
export function suggested(
  replace: FlowProblemFix['replace'],
  suggestion: string | undefined,
  build: (suggestion?: string) => string,
): ProblemDetail {
  return { message: build(suggestion), fix: suggestion ? { replace, with: suggestion } : undefined };
}

/**
 * Collects problems, but no more than `max + 1` (all `parseFlow` needs to say that there are too
 * many), so that a definition with 10,000 problems costs no more than one with a hundred.
 */
export class ProblemList {
  /** The problems collected so far, in the order added. */
  readonly items: FlowProblem[] = [];
  /** @param max the most problems listed (one more is kept, to know that there are more) */
  constructor(private readonly max: number) {}
  /** Whether no more problems are taken. */
  get full(): boolean {
    return this.items.length > this.max;
  }
  /** Adds a problem unless the list is full; `detail` (its message, and fix if any) is built only if it is added. */
  add(path: string, rule: FlowRule, detail: () => ProblemDetail): void {
    if (this.full) return;
    const made = detail();
    if (typeof made === 'string') this.items.push({ path, message: made, rule });
    else this.items.push(made.fix ? { path, message: made.message, rule, fix: made.fix } : { path, message: made.message, rule });
  }
}

/** Formats a path as `steps[3].choices[0].next`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/**
 * The keys of a path written by {@link formatPath}: `steps[3].choices[0].next` → `steps`, 3,
 * `choices`, 0, `next`; `errors["x y"]` → `errors`, `x y`.
 */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const [, index, quoted, name] of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[]+)/g)) {
    if (index !== undefined) keys.push(Number(index));
    else if (quoted !== undefined) keys.push(JSON.parse(quoted) as string);
    else keys.push(name!);
  }
  return keys;
}
