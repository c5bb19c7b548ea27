/**
 * The custom events the elements fire, typed for `addEventListener` on any element.
 * All bubble and are composed (they cross shadow roots).
 *
 * Names follow one convention (CONTRIBUTING.md, "Events"): `<prefix>-<what>`, the prefix being the
 * element's tag without its last word (`login-help-`, `recovery-request-`); a cancelable event fired
 * before the element acts is a bare verb (`recovery-request-send`), one that reports what happened
 * is in the past tense (`login-help-navigated`). The names from before the convention
 * (`login-help-navigate`, `login-help-error`, `login-help-username-fix`, `recovery-request-submit`)
 * still fire, just before their new names, with the same detail (`-submit`: the payload itself).
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

/** Detail of `login-help-navigated` (the name of `login-help-navigate` under the convention). */
export type LoginHelpNavigatedDetail = LoginHelpNavigateDetail;
/** Detail of `login-help-failed` (the name of `login-help-error` under the convention). */
export type LoginHelpFailedDetail = LoginHelpErrorDetail;
/** Detail of `login-help-username-fixed` (the name of `login-help-username-fix` under the convention). */
export type LoginHelpUsernameFixedDetail = LoginHelpUsernameFixDetail;

/** Why sending a request failed: the server refused the content (`invalid`), too many requests, another 4xx, a 5xx, no answer in time, offline, or the network. */
export type RequestFailureReason = 'invalid' | 'rate-limited' | 'rejected' | 'server' | 'timeout' | 'offline' | 'network';

/** Detail of `recovery-request-send` (cancelable): a valid request is about to be sent (`post`) or shown as text to paste (`text`). */
export interface RecoveryRequestSendDetail {
  payload: RequestPayload;
  /** What the form does unless the event is cancelled: post it to `action`, or show the text to paste. */
  via: 'post' | 'text';
}

/** Detail of `recovery-request-failed`. */
export interface RecoveryRequestFailedDetail {
  payload: RequestPayload;
  /** Why: the server refused the content (`invalid`), too many requests, another 4xx, a 5xx, no answer in time, offline, or the network. */
  reason: RequestFailureReason;
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** The field errors of an `invalid` answer. */
  errors?: RequestError[];
}

/** Creates an event the way every event of this library is made: bubbling and composed. */
export function libraryEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}

/**
 * Fires an event under its name from before the naming convention, then under its name now, with
 * the same detail. Returns false when either was cancelled (for a cancelable event).
 */
export function fireRenamed<T>(target: EventTarget, names: { old: string; now: string }, detail: T, cancelable = false): boolean {
  const oldKept = target.dispatchEvent(libraryEvent(names.old, detail, cancelable));
  const nowKept = target.dispatchEvent(libraryEvent(names.now, detail, cancelable));
  return oldKept && nowKept;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'login-help-navigated': CustomEvent<LoginHelpNavigatedDetail>;
    'login-help-resolved': CustomEvent<LoginHelpResolvedDetail>;
    'login-help-failed': CustomEvent<LoginHelpFailedDetail>;
    'login-help-username-fixed': CustomEvent<LoginHelpUsernameFixedDetail>;
    'recovery-request-send': CustomEvent<RecoveryRequestSendDetail>;
    /** @deprecated Use `login-help-navigated` (same detail). */
    'login-help-navigate': CustomEvent<LoginHelpNavigateDetail>;
    /** @deprecated Use `login-help-failed` (same detail). */
    'login-help-error': CustomEvent<LoginHelpErrorDetail>;
    /** @deprecated Use `login-help-username-fixed` (same detail). */
    'login-help-username-fix': CustomEvent<LoginHelpUsernameFixDetail>;
    /** @deprecated Use `recovery-request-send` (detail `{ payload, via }`). */
    'recovery-request-submit': CustomEvent<RequestPayload>;
    'recovery-request-sent': CustomEvent<RecoveryRequestSentDetail>;
    'recovery-request-failed': CustomEvent<RecoveryRequestFailedDetail>;
  }
}
