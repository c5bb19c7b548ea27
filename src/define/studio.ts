/**
 * Registers `<login-help-flow-studio>` (`login-help-elements/studio.js`), and `<login-help-flow>`,
 * the live guide it shows. None of the three elements imports it.
 */
import { LoginHelpFlowStudio } from '../elements/login-help-flow-studio/login-help-flow-studio.js';
import { defineElement } from '../elements/shared/define-element.js';
import './login-help-flow.js';

defineElement('login-help-flow-studio', LoginHelpFlowStudio);

export { LoginHelpFlowStudio };
export type { LoginHelpFlowChangedDetail, LoginHelpFlowSavedDetail } from '../elements/login-help-flow-studio/studio-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'login-help-flow-studio': LoginHelpFlowStudio;
  }
}
