/** Registers `<login-help-flow>` (`login-help-elements/login-help-flow.js`). */
import { LoginHelpFlow } from '../elements/login-help-flow/login-help-flow.js';
import { defineElement } from '../elements/shared/define-element.js';
import { prefetchDefaultFlow } from '../elements/login-help-flow/flow-source.js';

// Guides already in the page with neither `src` nor `site` start fetching the built-in flow now,
// before they are upgraded (`?.`: nothing to do where there is no document, as in a server render).
globalThis.document?.querySelectorAll('login-help-flow:not([src],[site])').forEach(prefetchDefaultFlow);
defineElement('login-help-flow', LoginHelpFlow);

export { LoginHelpFlow };

declare global {
  interface HTMLElementTagNameMap {
    'login-help-flow': LoginHelpFlow;
  }
}
