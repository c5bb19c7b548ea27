/**
 * `login-help-elements`: registers every element and exports their classes and the pure API.
 */
import './define/login-help-flow.js';
import './define/auth-code-explainer.js';
import './define/recovery-request-form.js';

export { LoginHelpFlow } from './elements/login-help-flow/login-help-flow.js';
export { AuthCodeExplainer } from './elements/auth-code-explainer/auth-code-explainer.js';
export { RecoveryRequestForm } from './elements/recovery-request-form/recovery-request-form.js';
export * from './flow/index.js';
export { diagnoseUsername, toHalfWidth, USERNAME_MAX_LENGTH } from './username/diagnose.js';
export type { UsernameDiagnosis, UsernameFinding } from './username/diagnose.js';
export type {
  LoginHelpNavigateDetail,
  LoginHelpResolvedDetail,
  LoginHelpErrorDetail,
  LoginHelpUsernameFixDetail,
  LoginHelpNavigatedDetail,
  LoginHelpFailedDetail,
  LoginHelpUsernameFixedDetail,
  RecoveryRequestSendDetail,
  RecoveryRequestSentDetail,
  RecoveryRequestFailedDetail,
  RequestFailureReason,
} from './elements/shared/events.js';
export type { RequestFlowContext } from './request/prefill.js';
