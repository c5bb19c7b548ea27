/**
 * Elements whose body loads on first connection (what Stencil's lazy build does, in Lit terms).
 *
 * The registered class keeps only what must exist when the tag is defined: its public
 * properties (so attributes and properties set before the body arrives are kept), its styles
 * and its documentation. Its state, behaviour and templates live in a body module that is
 * imported the first time an element is connected. Registering the element then costs a few
 * hundred bytes, and a login page pays for the request form or the code explainer only when
 * one is shown. `updateComplete` waits for the body, so `await el.updateComplete` means "rendered".
 */
import { LitElement, html, nothing, type PropertyValues, type ReactiveControllerHost } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '../../localize/msg.js';
import { LanguageController } from '../../localize/language-controller.js';
import type { Language } from '../../localize/languages.js';

/** After this long without its body, an element says it is loading. */
const SLOW_BODY_MS = 400;

/** The loaded part of a {@link LazyBodyElement}: state, behaviour and templates. */
export interface ElementBody {
  /** Before each render of the host. `first` is true on the body's first update (the host may have rendered before). */
  willUpdate?(changed: PropertyValues, first: boolean): void;
  /** The host's shadow-root content. */
  render(): unknown;
  /** After each render of the host. */
  updated?(): void;
  /** The host was connected (also called once when the body arrives on a connected host). */
  connected?(): void;
  /** The host was disconnected: stop timers and requests. */
  disconnected?(): void;
  /** The host now speaks `language` (after `lang` changed): text the body keeps in its state follows. */
  languageChanged?(language: Language, previous: Language | undefined): void;
}

/**
 * Marks a body field as state: assigning a different value (by `!==`) re-renders the host, like
 * Lit's `@state()` on an element. The body must have a `host` field.
 */
export function reactive(prototype: object, name: string): void {
  const key = Symbol(name);
  Object.defineProperty(prototype, name, {
    get(this: Record<symbol, unknown>) {
      return this[key];
    },
    set(this: Record<symbol, unknown> & { host?: ReactiveControllerHost }, value: unknown) {
      if (this[key] === value) return;
      this[key] = value;
      this.host?.requestUpdate();
    },
    configurable: true,
  });
}

/** A Lit element that renders through a body loaded on its first connection. */
export abstract class LazyBodyElement<Body extends ElementBody> extends LitElement {
  @state() private _body?: Body;
  @state() private _bodyFailed = false;
  @state() private _bodySlow = false;
  private _bodyLoad?: Promise<unknown>;
  private _bodyStarted = false;
  private _slowTimer?: ReturnType<typeof setTimeout>;

  /** The element's language: its UI text follows its own `lang` (the body reads it from here). */
  protected readonly i18n = new LanguageController(this, {
    changed: (language, previous) => this._body?.languageChanged?.(language, previous),
  });

  /** Imports the body module and makes the body for this element. */
  protected abstract loadBody(): Promise<Body>;

  /** The body, once loaded. */
  protected get body(): Body | undefined {
    return this._body;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._body) {
      this._body.connected?.();
      return;
    }
    // On a slow connection, say that something is coming (not at once: a fast load would flash).
    if (!this._bodySlow && !this._bodyFailed) this._slowTimer ??= setTimeout(() => (this._bodySlow = true), SLOW_BODY_MS);
    this._bodyLoad ??= this.loadBody().then(
      (body) => {
        clearTimeout(this._slowTimer);
        this._body = body;
        if (this.isConnected) body.connected?.();
      },
      () => {
        clearTimeout(this._slowTimer);
        this._bodyFailed = true;
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._slowTimer);
    this._slowTimer = undefined;
    this._body?.disconnected?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this._body) return;
    this._body.willUpdate?.(changed, !this._bodyStarted);
    this._bodyStarted = true;
  }

  protected override render(): unknown {
    // Nothing until the element's language is ready: no flash of English before Japanese.
    if (!this.i18n.language) return nothing;
    if (this._body) return this._body.render();
    if (this._bodyFailed) {
      return html`<p class="notice unavailable" role="alert" part="base">
        ${msg('This help could not be loaded. Check your connection and reload the page.', { id: 'lhe.lazy.failed' })}
      </p>`;
    }
    if (this._bodySlow)
      return html`<p class="loading" role="status" part="base" aria-busy="true">${msg('Loading…', { id: 'lhe.lazy.loading' })}</p>`;
    return nothing;
  }

  protected override updated(): void {
    this._body?.updated?.();
  }

  /** Resolves after the body has loaded (or failed to) and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this._bodyLoad && !this._body) {
      await this._bodyLoad;
      done = await super.getUpdateComplete();
    }
    // A language still loading (the first, or after `lang` changed) renders when it arrives.
    for (let pending = this.i18n.pending; pending; pending = this.i18n.pending) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }
}
