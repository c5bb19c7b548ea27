/**
 * What `renderElement` (src/ssr/) loaded before a server render: @lit-labs/ssr calls an element's
 * `willUpdate` and `render` and no controller hook, synchronously, so everything the browser loads
 * lazily (the language's text, the flow, the bodies of the form and the explainer) is loaded first
 * and handed to the elements through this context, which is set only while one render runs
 * (synchronously: two renders in different languages never see each other's).
 */
import type { Language } from '../../localize/languages.js';
import type { FlowProblem } from '../../flow/parse.js';
import type { FlowDefinition } from '../../flow/schema.js';
import type { SiteProfile } from '../../flow/site-profile.js';
import type { ElementBody } from './element-body.js';

export interface ServerContext {
  /** The language of the request (an element with its own `lang` speaks that, loaded too). */
  lang: Language;
  /** The guide's definition and site profile, or why they cannot be used. */
  flow?: { ok: true; flow: FlowDefinition; profile: SiteProfile | undefined } | { ok: false; problems: readonly FlowProblem[] };
  /** The guide's lock countdown and error state views (login-help-flow/notices.js; typed where they are used: src/ssr). */
  notices?: unknown;
  /** The guide's username check view (login-help-flow/username-notice.js). */
  usernameView?: unknown;
  /** Brings `body` up to date at once, as its controllers would in the browser (src/ssr/serve-bodies.ts). */
  serve(host: HTMLElement, body: ElementBody): void;
}

let current: ServerContext | undefined;

/** The context of the server render running now, if any. */
export function serverContext(): ServerContext | undefined {
  return current;
}

/** Runs `render` (synchronous) with `context` in force. */
export function withServerContext<T>(context: ServerContext, render: () => T): T {
  const previous = current;
  current = context;
  try {
    return render();
  } finally {
    current = previous;
  }
}
