/** Registers `<login-help-flow>` (`login-help-elements/login-help-flow.js`). */
import { LoginHelpFlow } from '../elements/login-help-flow/login-help-flow.js';
import { defineElement } from '../elements/shared/define-element.js';
import { prefetchDefaultFlow } from '../elements/login-help-flow/flow-source.js';

// The built-in flow starts on its way now, so that a guide's first step waits for no fetch once it
// is created or upgraded: for the guides already in the page with neither `src` nor `site`; with
// no guide in the page yet (one created after a failed login), in the page's language. A page
// whose guides all have `src` or `site` has them in its HTML, or sets `data-login-help-prefetch="off"`
// on <html>. (`?.`: nothing to do where there is no document, as in a server render.)
const page = globalThis.document;
if (page?.querySelector('login-help-flow')) page.querySelectorAll('login-help-flow:not([src],[site])').forEach(prefetchDefaultFlow);
else if (page && page.documentElement.dataset.loginHelpPrefetch !== 'off') prefetchDefaultFlow(page.documentElement);
defineElement('login-help-flow', LoginHelpFlow);

export { LoginHelpFlow };

declare global {
  interface HTMLElementTagNameMap {
    'login-help-flow': LoginHelpFlow;
  }
}
