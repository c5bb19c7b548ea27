/**
 * Keycloak: the token endpoint's error body for a direct grant (`{ error: 'invalid_grant',
 * error_description: 'Invalid user credentials' }`, also inside `response.data` of an HTTP
 * client's error), a login-theme message key (`'invalidUserMessage'`, or `{ messageKey }`), or an
 * event error (`'user_temporarily_disabled'`, or a login event `{ type: 'LOGIN_ERROR', error }`).
 *
 * Caveat: with brute force detection on, Keycloak by default answers a locked account exactly like
 * a wrong password (browser flow: `invalidUserMessage`; direct grant: "Invalid user credentials"),
 * so the adapter can only say `invalid-credentials` — on purpose, against account enumeration.
 * Only old versions (and the X.509 direct-grant authenticator) say "Account temporarily disabled".
 *
 * Sources (keycloak/keycloak): services/…/authenticators/browser/AbstractUsernameFormAuthenticator.java,
 * …/directgrant/ValidateUsername.java, ValidatePassword.java, ValidateOTP.java,
 * services/…/protocol/oidc/grants/ResourceOwnerPasswordCredentialsGrantType.java,
 * services/…/services/messages/Messages.java, themes/…/login/messages/messages_en.properties,
 * server-spi-private/…/events/Errors.java.
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';
import { failure, path, prop, safely, statusOf, text } from './read.js';

/** Login-theme message keys (Messages.java) and event errors (Errors.java). */
const KEYS: Record<string, LoginErrorCode> = {
  // Messages.INVALID_USER "invalidUserMessage" ("Invalid username or password."), INVALID_USERNAME,
  // INVALID_USERNAME_OR_EMAIL, INVALID_PASSWORD, INVALID_EMAIL: AbstractUsernameFormAuthenticator also shows
  // invalidUserMessage for a brute-force lock by default (disabledByBruteForceError)
  invalidUserMessage: 'invalid-credentials',
  invalidUsernameMessage: 'invalid-credentials',
  invalidUsernameOrEmailMessage: 'invalid-credentials',
  invalidPasswordMessage: 'invalid-credentials',
  invalidEmailMessage: 'invalid-credentials',
  // Messages.ACCOUNT_TEMPORARILY_DISABLED "accountTemporarilyDisabledMessage" ("Account is temporarily disabled;
  // contact your administrator or retry later."); ACCOUNT_PERMANENTLY_DISABLED "accountPermanentlyDisabledMessage"
  // (brute-force permanent lockout: locked by failed attempts, lifted only by an administrator)
  accountTemporarilyDisabledMessage: 'locked',
  accountPermanentlyDisabledMessage: 'locked',
  // Messages.ACCOUNT_TEMPORARILY_DISABLED_TOTP "accountTemporarilyDisabledMessageTotp", ACCOUNT_PERMANENTLY_DISABLED_TOTP
  accountTemporarilyDisabledMessageTotp: 'code-locked',
  accountPermanentlyDisabledMessageTotp: 'code-locked',
  // Messages.INVALID_TOTP "invalidTotpMessage" ("Invalid authenticator code."); messages_en.properties
  // recovery-codes-error-invalid ("Invalid recovery authentication code")
  invalidTotpMessage: 'code-invalid',
  'recovery-codes-error-invalid': 'code-invalid',
  // Messages.RECAPTCHA_FAILED "recaptchaFailed" ("Invalid Recaptcha"); RECAPTCHA_NOT_CONFIGURED is the site's set-up
  recaptchaFailed: 'captcha-required',
  recaptchaNotConfigured: 'system-error',
  // Messages.INTERNAL_SERVER_ERROR "internalServerError"
  internalServerError: 'system-error',
  // Messages.ACCOUNT_DISABLED "accountDisabledMessage" ("Account is disabled, contact your administrator."):
  // an administrator's decision, not a lock that lifts → the general guide
  accountDisabledMessage: 'unknown',
  // Errors.USER_TEMPORARILY_DISABLED "user_temporarily_disabled" (AuthenticatorUtils: brute-force temporary lock)
  user_temporarily_disabled: 'locked',
  // Errors.INVALID_USER_CREDENTIALS "invalid_user_credentials", USER_NOT_FOUND "user_not_found"
  invalid_user_credentials: 'invalid-credentials',
  user_not_found: 'invalid-credentials',
  // Errors.USER_DISABLED "user_disabled": disabled by an administrator, or a permanent lockout — not told apart
  user_disabled: 'unknown',
};

/** Token endpoint `error_description`s of `invalid_grant` (direct grant). */
const DESCRIPTIONS: Record<string, LoginErrorCode> = {
  // ValidateUsername.java / ValidatePassword.java / ValidateOTP.java "Invalid user credentials": unknown user,
  // wrong password, brute-force lock and (when `totp` is sent) wrong OTP all answer this
  'Invalid user credentials': 'invalid-credentials',
  // ValidateUsername.java "Account disabled" (user.isEnabled() false: an administrator, or a permanent lockout)
  'Account disabled': 'unknown',
  // older TokenEndpoint / X.509 direct-grant authenticator: "Account temporarily disabled" (brute-force lock)
  'Account temporarily disabled': 'locked',
  // ResourceOwnerPasswordCredentialsGrantType.java "Account is not fully set up" (required actions pending)
  'Account is not fully set up': 'unknown',
};

/** OAuth `error`s that are the site's configuration, not the user (RFC 6749 §5.2). */
const CLIENT_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope']);

/**
 * Maps a failed Keycloak login to a login error code. Pass `{ step: 'code' }` when the failed
 * direct-grant request carried a `totp`: Keycloak then means the code by "Invalid user credentials".
 * A locked account reads as `invalid-credentials` unless the realm reveals lockouts (see the module
 * comment). Never throws.
 *
 * @example const body = await res.json(); help.setAttribute('error', fromKeycloak(body, { status: res.status }).error);
 */
export function fromKeycloak(input: unknown, options?: AdapterOptions): LoginFailure {
  return safely(() => {
    const data = path(input, 'response', 'data');
    const body = data !== undefined ? data : input;
    const key = typeof body === 'string' ? body : text(prop(body, 'messageKey'));
    let error: LoginErrorCode | undefined = key !== undefined && Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    const oauthError = text(prop(body, 'error'));
    const description = text(prop(body, 'error_description'));
    if (error === undefined && oauthError === 'invalid_grant' && description !== undefined && Object.hasOwn(DESCRIPTIONS, description)) {
      error = DESCRIPTIONS[description];
    }
    // A login event (EventRepresentation: `type`, `error`) carries an Errors.java string in `error`.
    if (error === undefined && oauthError !== undefined && Object.hasOwn(KEYS, oauthError) && /^[a-z_]+$/.test(oauthError))
      error = KEYS[oauthError];
    if (error === undefined && oauthError !== undefined && CLIENT_ERRORS.has(oauthError)) error = 'system-error';
    const status = statusOf(input, options, [['response', 'status'], ['status']]);
    if (error === undefined && status !== undefined && status >= 500) error = 'system-error';
    if (error === 'invalid-credentials' && prop(options, 'step') === 'code') error = 'code-invalid';
    return failure(error ?? 'unknown');
  });
}
