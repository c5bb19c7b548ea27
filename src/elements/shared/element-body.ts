/**
 * An element's body: its state, behaviour and templates as a Lit reactive controller that also
 * renders. `<login-help-flow>` makes its body with the element (`BodyElement`); the form and the
 * explainer load theirs on first connection (`LazyBodyElement`, lazy-body.ts). This module holds
 * what both need and nothing that renders, so the guide's bundle does not carry the lazy loader.
 */
import { LitElement, ReactiveElement, isServer, type PropertyValues, type ReactiveController } from 'lit';
import { inLanguage } from '../../localize/msg.js';
import { serverContext } from './server-context.js';
import type { LanguageController } from '../../localize/language-controller.js';

/**
 * An element's body: a Lit reactive controller of its host (it adds
 * itself with `host.addController(this)`, so Lit calls `hostConnected` at once when the host is
 * already connected) that also renders the host's shadow-root content. Its state changes call
 * `host.requestUpdate()`; {@link PropertyChanges} tells it which of the host's properties changed.
 */
export interface ElementBody extends ReactiveController {
  /** The host's shadow-root content. */
  render(): unknown;
  /**
   * Whether `render()` now gives the element's full content (no loading state). A server-rendered
   * element hydrates only then: until it is, its first updates run (its controllers load what it
   * needs) and the server's HTML stays as it is.
   */
  ready?(): boolean;
  /** What the body is loading for its current state (a view it shows only sometimes), if anything: `updateComplete` waits for it. */
  readonly loading?: Promise<unknown> | undefined;
}

/** Elements that rendered on the client (their server HTML, if any, is taken over). */
const rendered = new WeakSet<object>();

/**
 * Whether `element` holds server-rendered HTML it has not taken over yet: its shadow root came
 * with the page (declarative shadow DOM from `renderElement`, with Lit's part markers) and the
 * element has not rendered since. (@lit-labs/ssr-client's own flag is renamed in Lit's production builds.)
 */
export function awaitsHydration(element: { readonly renderRoot?: ParentNode | null }): boolean {
  if (rendered.has(element)) return false;
  const root = element.renderRoot;
  if (!root) return false;
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 8 && (node as Comment).data.startsWith('lit-part')) return true;
  }
  rendered.add(element);
  return false;
}

/**
 * For an element's `update()`: while it holds server-rendered HTML (`awaitsHydration`) and its
 * content is not `ready`, runs only ReactiveElement's update — its properties and controllers move
 * on, the server's HTML stays — and returns true (the element then renders nothing). Otherwise
 * marks it rendered on the client and returns false: the element renders (and hydrates) as usual.
 */
export function keepServerHtml(
  element: ReactiveElement & { readonly renderRoot: ParentNode },
  ready: boolean,
  changed: PropertyValues,
): boolean {
  if (awaitsHydration(element) && !ready) {
    ReactiveElement.prototype['update'].call(element, changed);
    return true;
  }
  rendered.add(element);
  return false;
}

/**
 * Which of a host's properties changed since a controller last looked: what `changedProperties`
 * is to an element's `willUpdate`, for a controller's `hostUpdate` (Lit passes it nothing). On
 * the first look every property counts as changed: a body that arrives after the host has
 * rendered starts from the host's values as they are.
 */
export class PropertyChanges<Host extends object, Key extends keyof Host> {
  private _seen?: Map<Key, unknown>;

  constructor(
    private readonly _host: Host,
    private readonly _keys: readonly Key[],
  ) {}

  /** The properties whose value is not the one seen at the last call (`!==`), and remembers the values now. */
  take(): ReadonlySet<Key> {
    const changed = new Set<Key>();
    const seen = (this._seen ??= new Map());
    const first = seen.size === 0;
    for (const key of this._keys) {
      const value = this._host[key];
      if (first || seen.get(key) !== value) changed.add(key);
      seen.set(key, value);
    }
    return changed;
  }
}

/**
 * A Lit element whose body comes with it (not lazily): `<login-help-flow>`, whose first step
 * must not wait for a fetch. The element class keeps its public properties and documentation; the
 * body, made in a field initialiser, its behaviour, templates and language.
 */
export abstract class BodyElement<Body extends ElementBody & { readonly i18n: LanguageController }> extends LitElement {
  /** State, behaviour and templates. */
  protected abstract readonly body: Body;

  protected override willUpdate(): void {
    // On the server (no controller hook runs there) renderElement brings the body up to date at once.
    if (isServer) serverContext()?.serve(this, this.body);
  }

  protected override update(changed: PropertyValues): void {
    // Server-rendered and its content not ready yet: the server's HTML stays until it is.
    if (!keepServerHtml(this, this.body.ready?.() !== false, changed)) super.update(changed);
  }

  protected override render(): unknown {
    // On the server no controller sets the `msg` language for the render: the body's language does.
    const language = this.body.i18n.language;
    return isServer && language ? inLanguage(language, () => this.body.render()) : this.body.render();
  }

  /** Resolves once rendered in the language asked for (and whatever the body loads for it). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await this.body.i18n.settle(() => super.getUpdateComplete());
    for (let loading = this.body.loading; loading; loading = this.body.loading) {
      await loading;
      done = await this.body.i18n.settle(() => super.getUpdateComplete());
    }
    return done;
  }
}
