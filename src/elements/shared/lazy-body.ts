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
import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { inLanguage, msg } from '../../localize/msg.js';
import { serverContext } from './server-context.js';
import { LanguageController } from '../../localize/language-controller.js';
import { keepServerHtml, type ElementBody } from './element-body.js';

export { PropertyChanges, type ElementBody } from './element-body.js';

/** After this long without its body, an element says it is loading. */
const SLOW_BODY_MS = 400;

/** What a lazy element knows of its body module. */
export interface LazyBodySource {
  load(): Promise<unknown>;
  readonly loaded: unknown;
  readonly make: (module: never, host: never, i18n: LanguageController) => ElementBody;
}

/** A body module of a lazy element: imported once, on first need, and known at once afterwards. */
export class BodyModule<Module, Body extends ElementBody> implements LazyBodySource {
  private _loading?: Promise<Module>;
  private _module?: Module;

  constructor(
    private readonly _import: () => Promise<Module>,
    /** Makes the body of one element from the module. */
    readonly make: (module: Module, host: never, i18n: LanguageController) => Body,
  ) {}

  /** Imports the module (once). */
  load(): Promise<Module> {
    return (this._loading ??= this._import().then((module) => (this._module = module)));
  }

  /** The module, if it has arrived. */
  get loaded(): Module | undefined {
    return this._module;
  }
}

/** A Lit element that renders through a body loaded on its first connection. */
export abstract class LazyBodyElement<Body extends ElementBody> extends LitElement {
  /** The element's body module (each lazy element sets its own). */
  protected static bodyModule?: LazyBodySource;

  /**
   * Imports the body module now, so that an element connected afterwards renders in full at its
   * first update (what hydrating a server-rendered element needs: login-help-elements/hydrate.js).
   */
  static preloadBody(): Promise<unknown> {
    return this.bodyModule?.load() ?? Promise.resolve();
  }

  @state() private _body?: Body;
  @state() private _bodyFailed = false;
  @state() private _bodySlow = false;
  private _bodyLoad?: Promise<unknown>;
  private _slowTimer?: ReturnType<typeof setTimeout>;

  /** The element's language: its UI text follows its own `lang` (the body reads it from here). */
  protected readonly i18n = new LanguageController(this);

  private get _bodyModule(): LazyBodySource | undefined {
    return (this.constructor as typeof LazyBodyElement).bodyModule;
  }

  /** Imports the body module and makes the body for this element. */
  private _loadBody(): Promise<Body> {
    const module = this._bodyModule;
    if (!module) return Promise.reject(new Error(`<${this.localName}> has no body module`));
    return module.load().then((loaded) => module.make(loaded as never, this as never, this.i18n) as Body);
  }

  /** The body, once loaded. */
  protected get body(): Body | undefined {
    return this._body;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._body) return;
    // A body module already here (another element loaded it, or hydrate.js did): the body at once.
    const module = this._bodyModule;
    if (module?.loaded) {
      this._body = module.make(module.loaded as never, this as never, this.i18n) as Body;
      return;
    }
    // On a slow connection, say that something is coming (not at once: a fast load would flash).
    if (!this._bodySlow && !this._bodyFailed) this._slowTimer ??= setTimeout(() => (this._bodySlow = true), SLOW_BODY_MS);
    this._bodyLoad ??= this._loadBody().then(
      (body) => {
        clearTimeout(this._slowTimer);
        // The body added itself as a controller (connected at once if the host is).
        this._body = body;
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
  }

  protected override willUpdate(): void {
    // On the server the body is made at once from its module, which renderElement preloaded (no "Loading…" there).
    if (!isServer || this._body) return;
    const context = serverContext();
    const module = this._bodyModule;
    if (!context || !module?.loaded) return;
    this._body = module.make(module.loaded as never, this as never, this.i18n) as Body;
    context.serve(this, this._body);
  }

  protected override update(changed: PropertyValues): void {
    // Server-rendered: the server's HTML stays until the body is here and can render it all.
    const ready = this._body !== undefined && this.i18n.language !== undefined && this._body.ready?.() !== false;
    if (!keepServerHtml(this, ready, changed)) super.update(changed);
  }

  protected override render(): unknown {
    // Nothing until the element's language is ready: no flash of English before Japanese.
    const lang = this.i18n.language;
    if (!lang) return nothing;
    if (this._body) return isServer ? inLanguage(lang, () => this._body!.render()) : this._body.render();
    if (this._bodyFailed) {
      return html`<p class="notice unavailable" role="alert" part="base" lang=${lang}>
        ${msg('This help could not be loaded. Check your connection and reload the page.', { id: 'lhe.lazy.failed' })}
      </p>`;
    }
    if (this._bodySlow)
      return html`<p class="loading" role="status" part="base" aria-busy="true" lang=${lang}>
        ${msg('Loading…', { id: 'lhe.lazy.loading' })}
      </p>`;
    return nothing;
  }

  /** Resolves after the body has loaded (or failed to) and rendered, in the language asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    if (this._bodyLoad && !this._body) await this._bodyLoad;
    return this.i18n.settle(() => super.getUpdateComplete());
  }
}
