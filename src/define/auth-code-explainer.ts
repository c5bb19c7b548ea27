/** Registers `<auth-code-explainer>` (`login-help-elements/auth-code-explainer.js`). */
import { AuthCodeExplainer } from '../elements/auth-code-explainer/auth-code-explainer.js';
import { defineElement } from '../elements/shared/define-element.js';

defineElement('auth-code-explainer', AuthCodeExplainer);

export { AuthCodeExplainer };

declare global {
  interface HTMLElementTagNameMap {
    'auth-code-explainer': AuthCodeExplainer;
  }
}
