/**
 * Firebase Authentication (and Identity Platform): the `FirebaseError` a sign-in call rejects
 * with (`code: 'auth/…'`), a bare `'auth/…'` code, or the REST body of the Identity Toolkit API
 * (`{ error: { code: 400, message: 'INVALID_LOGIN_CREDENTIALS' } }`).
 *
 * Sources: firebase/firebase-js-sdk packages/auth/src/core/errors.ts (client codes),
 * packages/auth/src/api/errors.ts (server → client map), packages/auth/src/api/index.ts
 * (`_performFetchWithErrorHandling`: how a server code becomes a client code);
 * https://cloud.google.com/identity-platform/docs/error-codes
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';
import { failure, path, prop, safely, text } from './read.js';

/** Client codes (without `auth/`) → login error codes. */
const CLIENT: Record<string, LoginErrorCode> = {
  // core/errors.ts INVALID_PASSWORD = 'wrong-password' ("The password is invalid or the user does not have a password.")
  'wrong-password': 'invalid-credentials',
  // core/errors.ts INVALID_CREDENTIAL = 'invalid-credential'; api/errors.ts: INVALID_LOGIN_CREDENTIALS maps here
  // ("Thrown if Email Enumeration Protection is enabled … and the email or password is invalid")
  'invalid-credential': 'invalid-credentials',
  // core/errors.ts USER_DELETED = 'user-not-found': never tell the user which of the two was wrong
  'user-not-found': 'invalid-credentials',
  // core/errors.ts INVALID_EMAIL = 'invalid-email' ("The email address is badly formatted.")
  'invalid-email': 'invalid-credentials',
  // core/errors.ts MISSING_PASSWORD = 'missing-password' ("A non-empty password must be provided")
  'missing-password': 'invalid-credentials',
  // core/errors.ts TOO_MANY_ATTEMPTS_TRY_LATER = 'too-many-requests'. Firebase gives no end time; after
  // repeated wrong passwords the server says "Access to this account has been temporarily disabled due to
  // many failed login attempts" (firebase/firebase-js-sdk#2399, firebase/quickstart-js#54: "The user will have
  // to wait"), else it is a device/IP block. Either way the user must wait: `locked`, no retryAt.
  'too-many-requests': 'locked',
  // core/errors.ts NETWORK_REQUEST_FAILED / INTERNAL_ERROR / TIMEOUT / QUOTA_EXCEEDED (project quota)
  'network-request-failed': 'system-error',
  'internal-error': 'system-error',
  timeout: 'system-error',
  'quota-exceeded': 'system-error',
  // core/errors.ts INVALID_CODE = 'invalid-verification-code': SMS and TOTP second factors
  // (packages/auth/test/integration/flows/totp.test.ts: a wrong TOTP rejects with it)
  'invalid-verification-code': 'code-invalid',
  // core/errors.ts CODE_EXPIRED = 'code-expired' ("The SMS code has expired."); MISSING_CODE = 'missing-verification-code'
  'code-expired': 'code-invalid',
  'missing-verification-code': 'code-invalid',
  // core/errors.ts CAPTCHA_CHECK_FAILED; reCAPTCHA Enterprise protection: MISSING_/INVALID_RECAPTCHA_TOKEN
  'captcha-check-failed': 'captcha-required',
  'missing-recaptcha-token': 'captcha-required',
  'invalid-recaptcha-token': 'captcha-required',
  // core/errors.ts RECAPTCHA_NOT_ENABLED, INVALID_RECAPTCHA_ACTION, MISSING_CLIENT_TYPE,
  // MISSING_/INVALID_RECAPTCHA_VERSION: the site's reCAPTCHA set-up, nothing the user can fix
  'recaptcha-not-enabled': 'system-error',
  'invalid-recaptcha-action': 'system-error',
  'missing-client-type': 'system-error',
  'missing-recaptcha-version': 'system-error',
  'invalid-recaptcha-version': 'system-error',
  // core/errors.ts USER_DISABLED = 'user-disabled' ("disabled by an administrator"): not a lock that lifts by
  // itself, and the flow has no step for it; MFA_REQUIRED = 'multi-factor-auth-required' is the next step of
  // the login, not a failure: both `unknown` (the general guide).
  'user-disabled': 'unknown',
  'multi-factor-auth-required': 'unknown',
};

/** Server codes whose client code is not the lower-cased, hyphenated server code (api/errors.ts SERVER_ERROR_MAP). */
const SERVER: Record<string, string> = {
  INVALID_PASSWORD: 'wrong-password',
  INVALID_LOGIN_CREDENTIALS: 'invalid-credential',
  EMAIL_NOT_FOUND: 'user-not-found',
  INVALID_IDENTIFIER: 'invalid-email',
  TOO_MANY_ATTEMPTS_TRY_LATER: 'too-many-requests',
  INVALID_CODE: 'invalid-verification-code',
  SESSION_EXPIRED: 'code-expired',
};

/** A server code ("TOO_MANY_ATTEMPTS_TRY_LATER : …") as the SDK turns it into a client code (api/index.ts). */
function fromServerCode(message: string): string {
  const code = message.split(' : ')[0]!.trim();
  return SERVER[code] ?? code.toLowerCase().replace(/[_\s]+/g, '-');
}

function clientCode(input: unknown): string | undefined {
  const code = typeof input === 'string' ? input : text(prop(input, 'code'));
  if (code?.startsWith('auth/')) return code.slice('auth/'.length);
  // The REST body, or its inner `error` object: `{ error: { code: 400, message: 'EMAIL_NOT_FOUND' } }`.
  const server =
    text(path(input, 'error', 'message')) ?? (typeof prop(input, 'code') === 'number' ? text(prop(input, 'message')) : undefined);
  return server !== undefined && /^[A-Z_]+( : |$)/.test(server) ? fromServerCode(server) : undefined;
}

/**
 * Maps a failed Firebase sign-in to a login error code.
 *
 * `auth/too-many-requests` becomes `locked` without `retryAt`: Firebase never says when it lifts.
 * `auth/user-disabled` and `auth/multi-factor-auth-required` become `unknown` (an administrator's
 * decision and the login's next step, not something the flow's steps cover). Never throws.
 *
 * @example signInWithEmailAndPassword(auth, email, password).catch((e) => help.setAttribute('error', fromFirebase(e).error))
 */
export function fromFirebase(input: unknown, _options?: AdapterOptions): LoginFailure {
  return safely(() => {
    const code = clientCode(input);
    return failure((code !== undefined && Object.hasOwn(CLIENT, code) ? CLIENT[code] : undefined) ?? 'unknown');
  });
}
