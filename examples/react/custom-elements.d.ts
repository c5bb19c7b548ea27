// JSX types for the three elements in React 19 (`React.JSX.IntrinsicElements`).
// Attributes keep their HTML names; property-only values (objects, functions) use the property name.
// `on<event-name>` props take the element's own CustomEvent (not a React synthetic event).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  AuthCodeExplainer,
  LoginErrorCode,
  LoginHelpErrorDetail,
  LoginHelpFailedDetail,
  LoginHelpFlow,
  LoginHelpNavigateDetail,
  LoginHelpNavigatedDetail,
  LoginHelpResolvedDetail,
  LoginHelpUsernameFixDetail,
  LoginHelpUsernameFixedDetail,
  RecoveryRequestFailedDetail,
  RecoveryRequestForm,
  RecoveryRequestSendDetail,
  RecoveryRequestSentDetail,
  RequestTemplateId,
} from 'login-help-elements';
import type { RequestPayload } from 'login-help-elements/request';

type Base<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;
type Listener<D> = (event: CustomEvent<D>) => void;

interface LoginHelpFlowProps extends Base<LoginHelpFlow> {
  flow?: LoginHelpFlow['flow'];
  src?: string;
  start?: string;
  error?: LoginErrorCode;
  'retry-at'?: string | number;
  username?: string;
  'contact-url'?: string;
  'request-action'?: string;
  'request-mailto'?: string;
  persist?: LoginHelpFlow['persist'];
  clock?: LoginHelpFlow['clock'];
  'onlogin-help-navigated'?: Listener<LoginHelpNavigatedDetail>;
  'onlogin-help-resolved'?: Listener<LoginHelpResolvedDetail>;
  'onlogin-help-failed'?: Listener<LoginHelpFailedDetail>;
  'onlogin-help-username-fixed'?: Listener<LoginHelpUsernameFixedDetail>;
  /** @deprecated Use `onlogin-help-navigated` (same detail); this name fires just before it. */
  'onlogin-help-navigate'?: Listener<LoginHelpNavigateDetail>;
  /** @deprecated Use `onlogin-help-failed` (same detail); this name fires just before it. */
  'onlogin-help-error'?: Listener<LoginHelpErrorDetail>;
  /** @deprecated Use `onlogin-help-username-fixed` (same detail); this name fires just before it. */
  'onlogin-help-username-fix'?: Listener<LoginHelpUsernameFixDetail>;
}

interface AuthCodeExplainerProps extends Base<AuthCodeExplainer> {
  method?: AuthCodeExplainer['method'];
  'server-time'?: string | number;
  'time-url'?: string;
  digits?: number;
  'backup-length'?: number;
  'disable-url'?: string;
  clock?: AuthCodeExplainer['clock'];
}

interface RecoveryRequestFormProps extends Base<RecoveryRequestForm> {
  template?: RequestTemplateId | (string & {});
  action?: string;
  mailto?: string;
  'contact-url'?: string;
  username?: string;
  timeout?: number;
  'heading-level'?: number;
  flow?: RecoveryRequestForm['flow'];
  templates?: RecoveryRequestForm['templates'];
  clock?: RecoveryRequestForm['clock'];
  /** Cancelable: call `event.preventDefault()` to send `event.detail.payload` yourself. */
  'onrecovery-request-send'?: Listener<RecoveryRequestSendDetail>;
  'onrecovery-request-sent'?: Listener<RecoveryRequestSentDetail>;
  'onrecovery-request-failed'?: Listener<RecoveryRequestFailedDetail>;
  /** @deprecated Use `onrecovery-request-send` (detail `{ payload, via }`); this one fires just before it, its detail the payload itself. */
  'onrecovery-request-submit'?: Listener<RequestPayload>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'login-help-flow': LoginHelpFlowProps;
      'auth-code-explainer': AuthCodeExplainerProps;
      'recovery-request-form': RecoveryRequestFormProps;
    }
  }
}
