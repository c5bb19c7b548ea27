/**
 * Auth0: the Authentication API's error body (`{ error, error_description }`, as auth0-spa-js's
 * `GenericError` carries it too), auth0.js's normalised error (`{ code, description, statusCode,
 * original }`), a Lock error key (`'lock.invalid_email_password'`), or a bare error code.
 *
 * Caveats: a user blocked by an administrator comes back as `unauthorized` / `blocked_user`, and a
 * denial by a rule or Action as `unauthorized` / `access_denied` too: the adapter cannot tell them
 * apart and answers `unknown`. Brute-force protection's block (`too_many_attempts`) lifts through the
 * e-mailed unblock link, an administrator or a password change, not after a known time: no `retryAt`.
 *
 * Sources: https://auth0.com/docs/libraries/common-auth0-library-authentication-errors (login error
 * codes); auth0/lock src/i18n/en.js (`error.login.*` keys); auth0/auth0.js src/helper/response-handler.js
 * (error normalisation); auth0/auth0-spa-js src/errors.ts; https://auth0.com/docs/api/authentication
 * (`mfa_required`, `invalid_grant` on the `mfa-otp` grant); ruby-auth0 lib/auth0/exception.rb and
 * https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy
 * (`x-ratelimit-reset`, UNIX seconds).
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';
import { epochSecondsIso, failure, findHeader, nowOf, path, prop, safely, statusOf, text } from './read.js';

const CODES: Record<string, LoginErrorCode> = {
  // docs "invalid_user_password: The username and/or password used for authentication are invalid"
  invalid_user_password: 'invalid-credentials',
  // RFC 6749 §5.2 invalid_grant ("the provided … resource owner credentials … is invalid"): the password grant's
  // wrong password (error_description "Wrong email or password."); on the mfa-otp grant, a wrong OTP: pass { step: 'code' }
  invalid_grant: 'invalid-credentials',
  // lock en.js 'lock.invalid_email_password' / 'lock.invalid_username_password' ("Wrong email or password.")
  'lock.invalid_email_password': 'invalid-credentials',
  'lock.invalid_username_password': 'invalid-credentials',
  // docs "too_many_attempts: The account is blocked due to too many attempts to sign in"
  // (lock en.js "Your account has been blocked after multiple consecutive login attempts.")
  too_many_attempts: 'locked',
  // lock en.js too_many_requests ("There are too many requests right now … try again later"), HTTP 429
  too_many_requests: 'locked',
  // docs "mfa_invalid_code: The multifactor authentication code provided by the user is invalid/expired"
  mfa_invalid_code: 'code-invalid',
  // lock en.js 'lock.invalid_code' ("Wrong code."), 'lock.mfa_invalid_code' ("Wrong code. Please try again.")
  'lock.invalid_code': 'code-invalid',
  'lock.mfa_invalid_code': 'code-invalid',
  // lock en.js invalid_captcha ("Solve the challenge question…"), invalid_recaptcha ("Select the checkbox…")
  invalid_captcha: 'captcha-required',
  invalid_recaptcha: 'captcha-required',
  // RFC 6749 §4.1.2.1 server_error / temporarily_unavailable; lock en.js 'lock.network' ("We could not reach the server.")
  server_error: 'system-error',
  temporarily_unavailable: 'system-error',
  'lock.network': 'system-error',
  // docs mfa_required ("must provide the multifactor authentication code"), mfa_registration_required: the login's
  // next step, not a failure. unauthorized / blocked_user ("The user is blocked."), access_denied, password_leaked
  // (blocked until the user follows the e-mailed instructions), password_change_required: none is a flow step.
  mfa_required: 'unknown',
  mfa_registration_required: 'unknown',
  unauthorized: 'unknown',
  blocked_user: 'unknown',
  access_denied: 'unknown',
  password_leaked: 'unknown',
  password_change_required: 'unknown',
};

/** The error code, wherever the library put it (auth0.js: `code`; the API and auth0-spa-js: `error`). */
function errorCode(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  return text(prop(input, 'code')) ?? text(prop(input, 'error')) ?? text(path(input, 'response', 'data', 'error'));
}

/**
 * Maps a failed Auth0 login to a login error code. Pass `{ step: 'code' }` when the failed call
 * was the `mfa-otp` grant (Auth0 then means the code by `invalid_grant`), and the response
 * headers in `options.headers` to get `retryAt` for a rate limit (`x-ratelimit-reset`). Never throws.
 *
 * @example webAuth.client.login({ realm, username, password }, (err) => { if (err) help.setAttribute('error', fromAuth0(err).error); });
 */
export function fromAuth0(input: unknown, options?: AdapterOptions): LoginFailure {
  return safely(() => {
    const code = errorCode(input);
    let error: LoginErrorCode | undefined = code !== undefined && Object.hasOwn(CODES, code) ? CODES[code] : undefined;
    const status = statusOf(input, options, [['statusCode'], ['status'], ['response', 'status']]);
    if (error === undefined && status === 429) error = 'locked';
    if (error === undefined && status !== undefined && status >= 500) error = 'system-error';
    if (error === 'invalid-credentials' && prop(options, 'step') === 'code') error = 'code-invalid';
    // Only a rate limit has a known end; the brute-force block (too_many_attempts) has none.
    if (error !== 'locked' || code === 'too_many_attempts') return failure(error ?? 'unknown');
    const reset = findHeader(
      input,
      options,
      [['original', 'response', 'headers'], ['response', 'headers'], ['headers']],
      'x-ratelimit-reset',
    );
    return failure('locked', epochSecondsIso(reset, nowOf(options)));
  });
}
