/**
 * The custom events the elements fire, typed for `addEventListener` on any element.
 * All bubble and are composed (they cross shadow roots).
 */
import type { Outcome } from '../../flow/schema.js';
import type { RequestPayload } from '../../request/validate.js';
import type { RequestError } from '../../request/messages.js';

/** Detail of `login-help-navigate`: a step change made by the user. */
export interface LoginHelpNavigateDetail {
  /** The step left (null never happens for user moves; kept for symmetry with the engine). */
  from: string | null;
  /** The step shown now. */
  to: string;
  /** Step ids from the entry step to `to`. */
  path: string[];
  /** How the user moved. */
  action: 'choose' | 'next' | 'back' | 'restart' | 'breadcrumb';
}

/** Detail of `login-help-resolved`: the user reached an end step. */
export interface LoginHelpResolvedDetail {
  /** The end step. */
  step: string;
  /** How the path ended: `resolved`, `request` or `contact`. */
  outcome: Outcome;
  /** Step ids from the entry step to the end step. */
  path: string[];
  /** The login error code the guide started from, if any. */
  error?: string;
}

/** Detail of `login-help-error`: the flow definition could not be used. */
export interface LoginHelpErrorDetail {
  errors: { path: string; message: string; rule?: string }[];
}

/** Detail of `login-help-username-fix`: the user took the suggested form of their username. */
export interface LoginHelpUsernameFixDetail {
  /** What the user had typed. */
  original: string;
  /** The half-width form the user chose; a host puts it into its username field. */
  username: string;
}

/** Detail of `recovery-request-sent`: the endpoint accepted the request. */
export interface RecoveryRequestSentDetail {
  payload: RequestPayload;
  /** The site's reference number for the request. */
  reference: string;
}

/** Detail of `recovery-request-failed`. */
export interface RecoveryRequestFailedDetail {
  payload: RequestPayload;
  /** Why: the server refused the content (`invalid`), too many requests, another 4xx, a 5xx, no answer in time, offline, or the network. */
  reason: 'invalid' | 'rate-limited' | 'rejected' | 'server' | 'timeout' | 'offline' | 'network';
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** The field errors of an `invalid` answer. */
  errors?: RequestError[];
}

/** Creates an event the way every event of this library is made: bubbling and composed. */
export function libraryEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'login-help-navigate': CustomEvent<LoginHelpNavigateDetail>;
    'login-help-resolved': CustomEvent<LoginHelpResolvedDetail>;
    'login-help-error': CustomEvent<LoginHelpErrorDetail>;
    'login-help-username-fix': CustomEvent<LoginHelpUsernameFixDetail>;
    'recovery-request-submit': CustomEvent<RequestPayload>;
    'recovery-request-sent': CustomEvent<RecoveryRequestSentDetail>;
    'recovery-request-failed': CustomEvent<RecoveryRequestFailedDetail>;
  }
}
