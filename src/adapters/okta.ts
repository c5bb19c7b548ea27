/**
 * Okta: okta-auth-js's `AuthApiError` (`{ errorCode, errorSummary, xhr: { status, headers } }`),
 * an API error body (`{ errorCode: 'E0000004', errorSummary }`), a Classic Authentication API
 * transaction (`{ status: 'LOCKED_OUT' }`), an Identity Engine response or transaction whose
 * messages carry i18n keys (`{ message, i18n: { key: 'errors.E0000004' }, class: 'ERROR' }`, at the
 * top or on a form field), or a bare error code / i18n key.
 *
 * Caveat: unless the password policy sets `lockout.showLockoutFailures`, Okta answers a locked
 * account with E0000004 "Authentication failed", exactly as a wrong password: `invalid-credentials`.
 *
 * Sources: https://developer.okta.com/docs/reference/error-codes/ ; okta/okta-signin-widget
 * packages/@okta/i18n/src/properties/login.properties (texts of `errors.E…` and Identity Engine keys),
 * src/v1/util/RouterUtil.js (LOCKED_OUT), src/v2/ion/i18nUtils.js, playground/mocks/data/idp/idx/*.json;
 * okta-auth-java AuthenticationFailureException / FactorValidationException / UserLockedException
 * (E0000004 / E0000068 / E0000069); okta/okta-auth-js lib/errors/AuthApiError.ts;
 * https://developer.okta.com/docs/reference/rl-best-practices/ (X-Rate-Limit-Reset, UTC epoch seconds).
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';
import { epochSecondsIso, failure, findHeader, items, nowOf, prop, safely, statusOf, text, mostPressing } from './read.js';

/** Error codes (also as `errors.E…` i18n keys), i18n keys and transaction statuses. */
const CODES: Record<string, LoginErrorCode> = {
  // E0000004 Authentication exception, 401 "Authentication failed" (login.properties "Unable to sign in")
  E0000004: 'invalid-credentials',
  // login.properties errors.E0000207 "The username and/or the password you entered is incorrect."
  E0000207: 'invalid-credentials',
  // Identity Engine: mocks error-authenticator-verify-password.json "Password is incorrect", key incorrectPassword
  incorrectPassword: 'invalid-credentials',
  // E0000068 (okta-auth-java FactorValidationException): invalid passcode/answer for a factor
  E0000068: 'code-invalid',
  // login.properties errors.E0000082 "Each code can only be used once."; errors.E0000083 "PassCode is valid but
  // exceeded time window." (a clock off: <auth-code-explainer> diagnoses it)
  E0000082: 'code-invalid',
  E0000083: 'code-invalid',
  // Identity Engine field messages: api.authn.error.PASSCODE_INVALID ("Invalid code. Try again."),
  // authfactor.challenge.soft_token.invalid_passcode ("Your code doesn't match our records.")
  'api.authn.error.PASSCODE_INVALID': 'code-invalid',
  'authfactor.challenge.soft_token.invalid_passcode': 'code-invalid',
  // E0000069 User Locked, 403 (okta-auth-java UserLockedException; errors.E0000069 "Your account is locked because
  // of too many authentication attempts."); E0000119 ("Your account is locked. Please contact your administrator.");
  // transaction status LOCKED_OUT (RouterUtil.js; the widget shows error.auth.lockedOut)
  E0000069: 'locked',
  E0000119: 'locked',
  LOCKED_OUT: 'locked',
  'error.auth.lockedOut': 'locked',
  // E0000047 API call exceeded rate limit, 429 (errors.E0000047 "You exceeded the maximum number of requests. Try
  // again in a while."); Identity Engine tooManyRequests (mocks error-429-too-many-request.json). Not an account
  // lock, but the user must wait; retryAt from X-Rate-Limit-Reset.
  E0000047: 'locked',
  tooManyRequests: 'locked',
  // E0000009 Internal server error, 500; E0000010 "Service is in read only mode", 503
  E0000009: 'system-error',
  E0000010: 'system-error',
  // errors.E0000064 "Password is expired and must be changed."; errors.E0000085 "You do not have permission to
  // access your account at this time.": no step of the flow → the general guide
  E0000064: 'unknown',
  E0000085: 'unknown',
};

/** `errors.E0000004` → `E0000004`; other keys as they are. */
function bare(key: string): string {
  return key.startsWith('errors.E') ? key.slice('errors.'.length) : key;
}

/** Identity Engine message keys anywhere in a response (top-level and field messages), bounded. */
function messageKeys(input: unknown): string[] {
  const keys: string[] = [];
  let budget = 2000;
  const walk = (value: unknown, depth: number): void => {
    if (depth > 16 || --budget < 0 || value === null || typeof value !== 'object') return;
    const key = text(prop(prop(value, 'i18n'), 'key'));
    const cls = text(prop(value, 'class'));
    if (key !== undefined && (cls === undefined || cls === 'ERROR')) keys.push(key);
    const list = Array.isArray(value)
      ? items(value)
      : ['messages', 'value', 'remediation', 'form', 'rawIdxState'].map((name) => prop(value, name));
    for (const child of list) walk(child, depth + 1);
  };
  walk(input, 0);
  return keys;
}

/**
 * Maps a failed Okta login (Classic Authentication API or Identity Engine) to a login error code.
 * For a rate limit it reads `X-Rate-Limit-Reset` from `options.headers` or the error's `xhr.headers`
 * to give `retryAt`. A lockout hidden by the password policy arrives as `invalid-credentials`. Never throws.
 *
 * @example authClient.signInWithCredentials({ username, password }).catch((e) => help.setAttribute('error', fromOkta(e).error));
 */
export function fromOkta(input: unknown, options?: AdapterOptions): LoginFailure {
  return safely(() => {
    const keys = [
      typeof input === 'string' ? input : undefined,
      text(prop(input, 'errorCode')) ?? text(prop(prop(prop(input, 'xhr'), 'responseJSON'), 'errorCode')),
      text(prop(input, 'status')),
      ...messageKeys(input),
    ].flatMap((key) => (key === undefined ? [] : [bare(key)]));
    const found = new Set(keys.flatMap((key) => (Object.hasOwn(CODES, key) ? [CODES[key]!] : [])));
    let error = mostPressing(found);
    const status = statusOf(input, options, [['xhr', 'status'], ['status']]);
    if (error === undefined && status === 429) error = 'locked';
    if (error === undefined && status !== undefined && status >= 500) error = 'system-error';
    const rateLimited = status === 429 || keys.includes('E0000047') || keys.includes('tooManyRequests');
    if (error !== 'locked' || !rateLimited) return failure(error ?? 'unknown');
    const reset = findHeader(input, options, [['xhr', 'headers'], ['headers']], 'x-rate-limit-reset');
    return failure('locked', epochSecondsIso(reset, nowOf(options)));
  });
}
