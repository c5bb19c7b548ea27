/** Registers `<recovery-request-form>` (`login-help-elements/recovery-request-form.js`). */
import { RecoveryRequestForm } from '../elements/recovery-request-form/recovery-request-form.js';
import { defineElement } from '../elements/shared/define-element.js';

defineElement('recovery-request-form', RecoveryRequestForm);

export { RecoveryRequestForm };

declare global {
  interface HTMLElementTagNameMap {
    'recovery-request-form': RecoveryRequestForm;
  }
}
