/** Registers `<login-help-flow>` (`login-help-elements/login-help-flow.js`). */
import { LoginHelpFlow } from '../elements/login-help-flow/login-help-flow.js';
import { defineElement } from '../elements/shared/define-element.js';

defineElement('login-help-flow', LoginHelpFlow);

export { LoginHelpFlow };

declare global {
  interface HTMLElementTagNameMap {
    'login-help-flow': LoginHelpFlow;
  }
}
