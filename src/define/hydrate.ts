/**
 * `login-help-elements/hydrate.js`: for a page whose elements were rendered on the server with
 * `renderElement` (`login-help-elements/ssr`). It loads Lit's hydration support
 * (@lit-labs/ssr-client), which must run before Lit's element class is defined, then registers the
 * three elements — imported only afterwards, so that a bundler's shared chunk of Lit cannot run
 * first. Load it before any other module that imports Lit (its own `<script type="module">`, first).
 * Each server-rendered element keeps the server's HTML as it is until it has loaded what it needs
 * (its language's text, the flow, its body), then takes it over without rendering it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/** Resolves once the three elements are registered. */
export const defined: Promise<unknown> = Promise.all([
  import('./login-help-flow.js'),
  import('./auth-code-explainer.js'),
  import('./recovery-request-form.js'),
]);
