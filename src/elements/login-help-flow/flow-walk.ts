/**
 * The walk through a flow, as a Lit reactive controller: the `FlowEngine` of the definition in
 * force, each move re-rendering the guide and firing its events, and the path kept in the URL hash
 * (written after the new step is on screen, not on the way to it).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { FlowEngine, type FlowTransition } from '../../flow/engine.js';
import type { FlowDefinition } from '../../flow/schema.js';
import { fireRenamed, libraryEvent, type LoginHelpNavigateDetail } from '../shared/events.js';
import { HashPath } from './hash-state.js';
import { PropertyChanges } from '../shared/element-body.js';

/** How the user moved (the `action` of `login-help-navigated`). */
export type MoveAction = LoginHelpNavigateDetail['action'];

export interface FlowWalkHost extends ReactiveControllerHost, EventTarget {
  /** The step to start at, else the step of the login `error`, else the flow's start. */
  readonly start?: string;
  readonly error?: string;
  /** Names the guide's key in the URL hash. */
  readonly id: string;
  readonly persist: 'hash' | 'none';
}

export interface FlowWalkOptions {
  /** Runs after each move the user made (the guide moves focus to the new step). */
  moved(): void;
  /** Whether a new definition is on its way (a change of `start` or `error` then waits for it). */
  loading(): boolean;
}

/** The walk through the definition in force; a change of the host's `start` or `error` starts it again. */
export class FlowWalk implements ReactiveController {
  private readonly _host: FlowWalkHost;
  private readonly _options: FlowWalkOptions;
  private readonly _hashPath: HashPath;
  private readonly _changes: PropertyChanges<FlowWalkHost, 'start' | 'error'>;
  private _engine?: FlowEngine;
  /** A move happened: its path goes into the URL hash once the step is rendered. */
  private _unsaved = false;

  constructor(host: FlowWalkHost, options: FlowWalkOptions) {
    this._host = host;
    this._options = options;
    this._hashPath = new HashPath(host);
    this._changes = new PropertyChanges(host, ['start', 'error']);
    host.addController(this);
  }

  /** The walk, once a definition is in force. */
  get engine(): FlowEngine | undefined {
    return this._engine;
  }

  hostUpdate(): void {
    const changed = this._changes.take().size > 0;
    if (changed && this._engine && !this._options.loading()) this.begin(this._engine.flow, false);
  }

  hostUpdated(): void {
    if (this._unsaved && this._engine) this._hashPath.save(this._engine);
    this._unsaved = false;
  }

  /**
   * Starts walking `flow` at the host's `start` or `error`; `restore`: along the path saved in the
   * URL hash (a definition just loaded), else from the start, saving that (the start step changed).
   */
  begin(flow: FlowDefinition, restore: boolean): void {
    this._changes.take();
    const engine = new FlowEngine(flow, { step: this._host.start, error: this._host.error });
    // The URL's hash is the browser's: the server renders the step it was asked for.
    if (!isServer) {
      if (restore) this._hashPath.restore(engine);
      else this._hashPath.save(engine);
    }
    this._engine = engine;
    this._host.requestUpdate();
  }

  /** Ends the walk (the definition cannot be used). */
  stop(): void {
    this._engine = undefined;
    this._host.requestUpdate();
  }

  /** The same walk over `flow`, another language's text of the same definition: the path is kept. */
  adopt(flow: FlowDefinition): void {
    const engine = this._engine;
    if (!engine) return;
    if (flow !== engine.flow) {
      const next = new FlowEngine(flow, { step: this._host.start, error: this._host.error });
      next.restore(engine.serialize());
      this._engine = next;
    }
    this._host.requestUpdate();
  }

  /** Applies a move the user made (null: not possible, nothing happens) and fires its events. */
  move(transition: FlowTransition | null, action: MoveAction): void {
    const engine = this._engine;
    if (!transition || !engine) return;
    this._unsaved = true;
    this._host.requestUpdate();
    this._options.moved();
    fireRenamed(this._host, { old: 'login-help-navigate', now: 'login-help-navigated' }, { ...transition, action });
    const outcome = engine.outcome;
    if (outcome && action !== 'back' && action !== 'breadcrumb' && action !== 'restart') {
      this._host.dispatchEvent(
        libraryEvent('login-help-resolved', {
          step: engine.current.id,
          outcome,
          path: [...engine.path],
          ...(engine.error ? { error: engine.error } : {}),
        }),
      );
    }
  }
}
