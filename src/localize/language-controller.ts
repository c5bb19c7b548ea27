/**
 * Each element's language, as a Lit reactive controller: which language the element speaks (its
 * own `lang`, else the nearest ancestor's across shadow roots, else the document's, else the
 * browser's), the loading of that language's UI text, and the `msg` scope of its updates.
 *
 * The element keeps speaking its previous language until everything the new one needs is loaded
 * (its UI text, and what the element asks for in `prepare`), then switches in one render: no
 * element ever shows two languages, whatever else is on the page and in whatever order things render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SOURCE_LANGUAGE, resolveLanguage, type Language } from './languages.js';
import { catalogueReady, enterLanguage, inLanguage, leaveLanguage, loadCatalogue } from './msg.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The language tag that applies to `element`: its own `lang`, else the nearest ancestor's (crossing shadow roots), else the document's, else the browser's. */
export function elementLanguage(element: Element): string {
  // The element's own `lang` property first: an element's `lang` property need not be reflected.
  const own = (element as Partial<HTMLElement>).lang;
  if (own) return own;
  for (let node: Element | null = element; node;) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/** One observer for the whole document: any `lang` attribute changed → every watching element re-checks. */
const watchers = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host): void {
  watchers.add(host);
  if (!observer) {
    observer = new MutationObserver(() => watchers.forEach((watcher) => watcher.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(host: Host): void {
  watchers.delete(host);
  if (watchers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

export interface LanguageControllerOptions {
  /** What else the element needs before it can speak `language` (for example the flow's text in it). */
  prepare?(language: Language): Promise<unknown> | void;
  /** The element now speaks `language` (called in the update that first renders it). */
  changed?(language: Language, previous: Language | undefined): void;
}

export class LanguageController implements ReactiveController {
  private readonly _host: Host;
  private readonly _options: LanguageControllerOptions;
  private _language?: Language;
  private _pending?: { language: Language; done: Promise<void> };
  private _previousScope?: Language;
  /** A language whose loading failed: not retried on every update, only when `lang` changes again. */
  private _failed?: Language;

  constructor(host: Host, options: LanguageControllerOptions = {}) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** The language the element speaks now; undefined until its first language is ready. */
  get language(): Language | undefined {
    return this._language;
  }

  /** The language the element should speak (its `lang` resolved), ready or not. */
  get wanted(): Language {
    return resolveLanguage(elementLanguage(this._host));
  }

  /** Resolves when the wanted language is ready and rendered (for `getUpdateComplete`). */
  get pending(): Promise<void> | undefined {
    return this._pending?.done;
  }

  /**
   * For an element's `getUpdateComplete`: resolves after `updateComplete` (the element's own,
   * e.g. `() => super.getUpdateComplete()`) once the wanted language is also ready and rendered.
   */
  async settle(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let done = await updateComplete();
    for (let pending = this.pending; pending; pending = this.pending) {
      await pending;
      done = await updateComplete();
    }
    return done;
  }

  /** Runs `build` with `msg` answering in the element's language (for text built in a handler or timer). */
  run<T>(build: () => T): T {
    return inLanguage(this._language ?? this.wanted, build);
  }

  hostConnected(): void {
    watch(this._host);
  }

  hostDisconnected(): void {
    unwatch(this._host);
  }

  hostUpdate(): void {
    const wanted = this.wanted;
    if (wanted !== this._failed) this._failed = undefined;
    if (wanted !== this._language && this._pending?.language !== wanted && wanted !== this._failed) this._prepare(wanted);
    this._previousScope = enterLanguage(this._language ?? wanted);
  }

  hostUpdated(): void {
    if (this._previousScope !== undefined) leaveLanguage(this._previousScope);
    this._previousScope = undefined;
  }

  private _prepare(language: Language): void {
    const extra = this._options.prepare?.(language);
    if (catalogueReady(language) && !extra) {
      // Ready now: this very update renders in it.
      this._switch(language, false);
      return;
    }
    const done = Promise.all([loadCatalogue(language), extra])
      .then(
        () => {
          // A later change of `lang` wins over this one.
          if (this._pending?.language === language) this._switch(language);
        },
        () => {
          // The language could not be loaded (offline): keep speaking the one already shown,
          // or the source language, rather than nothing.
          if (this._pending?.language !== language) return;
          this._failed = language;
          if (this._language === undefined) this._switch(SOURCE_LANGUAGE);
        },
      )
      .finally(() => {
        if (this._pending?.language === language) this._pending = undefined;
        this._host.requestUpdate();
      });
    this._pending = { language, done };
  }

  private _switch(language: Language, render = true): void {
    const previous = this._language;
    this._language = language;
    this._pending = undefined;
    if (previous !== language) this._options.changed?.(language, previous);
    if (render) this._host.requestUpdate();
  }
}
