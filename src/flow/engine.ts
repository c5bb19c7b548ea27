/**
 * `FlowEngine`: the state machine that walks a parsed flow. No DOM: the element renders what
 * the engine says and calls it on user action.
 */
import type { FlowDefinition, FlowStep, LoginErrorCode, Outcome } from './schema.js';
import { LOGIN_ERROR_CODES } from './constants.js';
import { isEndStep, successors } from './graph.js';

/** Separates step ids in a serialised path (ids never contain it). */
const SEPARATOR = '.';

/** A change of step, as the engine reports it. */
export interface FlowTransition {
  from: string | null;
  to: string;
  /** The step ids from the first step to `to`, inclusive. */
  path: string[];
}

/**
 * Walks a flow definition that `parseFlow` accepted. Every move returns the new step or `null`
 * when the move is not possible (an id that is not an edge of the current step, back at the start).
 */
export class FlowEngine {
  readonly flow: FlowDefinition;
  readonly #steps = new Map<string, FlowStep>();
  #history: string[] = [];
  #entry: string;
  #error: LoginErrorCode | undefined;

  /**
   * @param flow a definition accepted by `parseFlow`
   * @param start where to begin: `{ step }` (an id), `{ error }` (a login error code), or the flow's start
   */
  constructor(flow: FlowDefinition, start: { step?: string | null; error?: string | null } = {}) {
    this.flow = flow;
    for (const step of flow.steps) if (!this.#steps.has(step.id)) this.#steps.set(step.id, step);
    this.#entry = this.#entryFor(start);
    this.#history = [this.#entry];
  }

  /** The step the walk is on. */
  get current(): FlowStep {
    return this.#steps.get(this.#history[this.#history.length - 1]!)!;
  }

  /** The step ids from the entry step to the current one. */
  get path(): readonly string[] {
    return this.#history;
  }

  /** The steps from the entry step to the current one. */
  get pathSteps(): FlowStep[] {
    return this.#history.map((id) => this.#steps.get(id)!);
  }

  /** The login error code the walk started from, if one mapped to a step. */
  get error(): LoginErrorCode | undefined {
    return this.#error;
  }

  /** Whether `back()` can move. */
  get canGoBack(): boolean {
    return this.#history.length > 1;
  }

  /** The outcome of the current step when it ends the walk, else `undefined`. */
  get outcome(): Outcome | undefined {
    const step = this.current;
    if (!isEndStep(step)) return undefined;
    return step.outcome ?? (step.kind as Outcome);
  }

  /** The step with this id, if any. */
  step(id: string): FlowStep | undefined {
    return this.#steps.get(id);
  }

  /** The step a login error code starts at (falls back to `unknown`'s step, then undefined). */
  stepForError(code: string | null | undefined): string | undefined {
    if (!code) return undefined;
    const errors = this.flow.errors ?? {};
    const own = Object.prototype.hasOwnProperty.call(errors, code) ? errors[code] : undefined;
    if (own && this.#steps.has(own)) return own;
    const fallback = errors['unknown'];
    return fallback && this.#steps.has(fallback) ? fallback : undefined;
  }

  /** Moves along an edge of the current step (a choice's or `next`'s target). */
  go(to: string): FlowTransition | null {
    if (!successors(this.current).includes(to) || !this.#steps.has(to)) return null;
    const from = this.current.id;
    this.#history = [...this.#history, to];
    return { from, to, path: [...this.#history] };
  }

  /** Takes the choice at `index` of the current step. */
  choose(index: number): FlowTransition | null {
    const choice = this.current.choices?.[index];
    return choice ? this.go(choice.next) : null;
  }

  /** Follows the current step's `next`. */
  next(): FlowTransition | null {
    const next = this.current.next;
    return next === undefined ? null : this.go(next);
  }

  /** Goes back one step in the history (never along a reverse edge). */
  back(): FlowTransition | null {
    if (!this.canGoBack) return null;
    const from = this.current.id;
    this.#history = this.#history.slice(0, -1);
    return { from, to: this.current.id, path: [...this.#history] };
  }

  /** Goes back to the entry step and forgets the path. */
  restart(): FlowTransition {
    const from = this.current.id;
    this.#history = [this.#entry];
    return { from, to: this.#entry, path: [...this.#history] };
  }

  /** Jumps back to a step already on the path (a breadcrumb). */
  backTo(index: number): FlowTransition | null {
    if (index < 0 || index >= this.#history.length - 1) return null;
    const from = this.current.id;
    this.#history = this.#history.slice(0, index + 1);
    return { from, to: this.current.id, path: [...this.#history] };
  }

  /** The path as a compact string for a URL hash: step ids joined by `.`. */
  serialize(): string {
    return this.#history.join(SEPARATOR);
  }

  /**
   * Restores a path written by `serialize()`. Every step must exist and every move must be an
   * edge of the flow; the walk keeps the longest valid prefix. Returns whether all of it was valid.
   */
  restore(serialized: string): boolean {
    const ids = serialized.split(SEPARATOR).filter(Boolean);
    if (!ids.length || !this.#steps.has(ids[0]!)) return false;
    const history = [ids[0]!];
    let valid = true;
    for (const id of ids.slice(1)) {
      const last = this.#steps.get(history[history.length - 1]!)!;
      if (!this.#steps.has(id) || !successors(last).includes(id)) {
        valid = false;
        break;
      }
      history.push(id);
    }
    this.#entry = history[0]!;
    this.#history = history;
    return valid;
  }

  #entryFor(start: { step?: string | null; error?: string | null }): string {
    if (start.step && this.#steps.has(start.step)) return start.step;
    const fromError = this.stepForError(start.error);
    if (fromError) {
      const code = start.error as string;
      this.#error = ((LOGIN_ERROR_CODES as readonly string[]).includes(code) ? code : 'unknown') as LoginErrorCode;
      return fromError;
    }
    return this.#steps.has(this.flow.start) ? this.flow.start : this.flow.steps[0]!.id;
  }
}
