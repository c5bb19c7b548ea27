/**
 * The identity-provider adapters (`login-help-elements/adapters`): one table per provider, each
 * row a raw value shaped as the provider's docs or SDK source show it (see the citations in
 * src/adapters/*.ts), then malformed inputs for every adapter and a fast-check run proving that
 * nothing makes an adapter throw or answer outside the login error codes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LOGIN_ERROR_CODES } from '../src/flow/constants.js';
import type { AdapterOptions, LoginFailure } from '../src/adapters/index.js';
import {
  fromAuth0,
  fromCognito,
  fromEntra,
  fromFirebase,
  fromKeycloak,
  fromKratos,
  fromOkta,
  fromSupabase,
} from '../src/adapters/index.js';
import { epochSecondsIso, header, retryAfterIso } from '../src/adapters/read.js';

const NOW = Date.parse('2026-11-30T10:00:00Z');
const at = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();
const epoch = (seconds: number) => String(NOW / 1000 + seconds);

type Adapter = (input: unknown, options?: AdapterOptions) => LoginFailure;
type Row = [name: string, input: unknown, expected: LoginFailure, options?: AdapterOptions];

function table(adapter: Adapter, rows: Row[]) {
  for (const [name, input, expected, options] of rows) {
    test(name, () => assert.deepEqual(adapter(input, { now: NOW, ...options }), expected));
  }
}

// Stand-ins with the same own properties as the SDKs' error classes (constructors copied from their sources).
class FirebaseError extends Error {
  override readonly name = 'FirebaseError';
  constructor(
    readonly code: string,
    message: string,
    public customData: Record<string, unknown> = { appName: '[DEFAULT]' },
  ) {
    super(message);
  }
}
const firebase = (code: string, text: string) => new FirebaseError(code, `Firebase: ${text} (${code}).`);

class AuthError extends Error {
  protected __isAuthError = true;
  constructor(
    message: string,
    public status?: number,
    public code?: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
class AuthApiError extends AuthError {
  constructor(message: string, status: number, code: string | undefined) {
    super(message, status, code);
    this.name = 'AuthApiError';
  }
}
class AuthRetryableFetchError extends AuthError {
  constructor(message: string, status: number) {
    super(message, status, undefined);
    this.name = 'AuthRetryableFetchError';
  }
}
class GenericError extends Error {
  constructor(
    public error: string,
    public error_description: string,
  ) {
    super(error_description);
  }
}

describe('fromFirebase', () => {
  const rest = (message: string) => ({ error: { code: 400, message, errors: [{ message, domain: 'global', reason: 'invalid' }] } });
  table(fromFirebase, [
    [
      'auth/wrong-password',
      firebase('auth/wrong-password', 'The password is invalid or the user does not have a password.'),
      { error: 'invalid-credentials' },
    ],
    [
      'auth/invalid-credential (email enumeration protection)',
      firebase('auth/invalid-credential', 'Error'),
      { error: 'invalid-credentials' },
    ],
    [
      'auth/user-not-found',
      firebase('auth/user-not-found', 'There is no user record corresponding to this identifier.'),
      { error: 'invalid-credentials' },
    ],
    ['auth/invalid-email', firebase('auth/invalid-email', 'The email address is badly formatted.'), { error: 'invalid-credentials' }],
    [
      'auth/too-many-requests: locked, no end known',
      firebase(
        'auth/too-many-requests',
        'Access to this account has been temporarily disabled due to many failed login attempts. You can immediately restore it by resetting your password or you can try again later.',
      ),
      { error: 'locked' },
    ],
    ['auth/user-disabled', firebase('auth/user-disabled', 'The user account has been disabled by an administrator.'), { error: 'unknown' }],
    ['auth/network-request-failed', firebase('auth/network-request-failed', 'Error'), { error: 'system-error' }],
    ['auth/internal-error', firebase('auth/internal-error', 'An internal AuthError has occurred.'), { error: 'system-error' }],
    [
      'auth/multi-factor-auth-required is the next step',
      firebase('auth/multi-factor-auth-required', 'Proof of ownership of a second factor is required to complete sign-in.'),
      { error: 'unknown' },
    ],
    [
      'auth/invalid-verification-code (SMS or TOTP)',
      firebase('auth/invalid-verification-code', 'The SMS verification code used to create the phone auth credential is invalid.'),
      { error: 'code-invalid' },
    ],
    ['auth/code-expired', firebase('auth/code-expired', 'The SMS code has expired.'), { error: 'code-invalid' }],
    [
      'auth/captcha-check-failed',
      firebase('auth/captcha-check-failed', 'The reCAPTCHA response token provided is either invalid, expired, already used …'),
      { error: 'captcha-required' },
    ],
    [
      'auth/invalid-recaptcha-token',
      firebase('auth/invalid-recaptcha-token', 'The reCAPTCHA token is invalid when sending request to the backend.'),
      { error: 'captcha-required' },
    ],
    [
      'auth/recaptcha-not-enabled is the site set-up',
      firebase('auth/recaptcha-not-enabled', 'reCAPTCHA Enterprise integration is not enabled for this project.'),
      { error: 'system-error' },
    ],
    ['a bare code string', 'auth/wrong-password', { error: 'invalid-credentials' }],
    ['REST INVALID_LOGIN_CREDENTIALS', rest('INVALID_LOGIN_CREDENTIALS'), { error: 'invalid-credentials' }],
    ['REST EMAIL_NOT_FOUND', rest('EMAIL_NOT_FOUND'), { error: 'invalid-credentials' }],
    [
      'REST TOO_MANY_ATTEMPTS_TRY_LATER with its text',
      rest('TOO_MANY_ATTEMPTS_TRY_LATER : Too many unsuccessful login attempts.  Please include reCaptcha verification or try again later'),
      { error: 'locked' },
    ],
    ['REST USER_DISABLED', rest('USER_DISABLED'), { error: 'unknown' }],
    ['REST INVALID_CODE (second factor)', rest('INVALID_CODE'), { error: 'code-invalid' }],
    ['REST MISSING_RECAPTCHA_TOKEN', rest('MISSING_RECAPTCHA_TOKEN'), { error: 'captcha-required' }],
    ['an unknown auth/ code', firebase('auth/some-future-code', 'Error'), { error: 'unknown' }],
    ['another Firebase product', firebase('storage/unauthorized', 'User is not authorized'), { error: 'unknown' }],
  ]);
});

describe('fromSupabase', () => {
  table(fromSupabase, [
    ['invalid_credentials', new AuthApiError('Invalid login credentials', 400, 'invalid_credentials'), { error: 'invalid-credentials' }],
    ['email_not_confirmed', new AuthApiError('Email not confirmed', 400, 'email_not_confirmed'), { error: 'unknown' }],
    ['user_banned', new AuthApiError('User is banned', 400, 'user_banned'), { error: 'unknown' }],
    [
      'over_request_rate_limit, no Retry-After',
      new AuthApiError('Request rate limit reached', 429, 'over_request_rate_limit'),
      { error: 'locked' },
    ],
    [
      'over_request_rate_limit with Retry-After: 60',
      new AuthApiError('Request rate limit reached', 429, 'over_request_rate_limit'),
      { error: 'locked', retryAt: at(60) },
      { headers: new Headers({ 'Retry-After': '60' }) },
    ],
    ['mfa_verification_failed', new AuthApiError('Invalid TOTP code entered', 422, 'mfa_verification_failed'), { error: 'code-invalid' }],
    [
      'mfa_challenge_expired',
      new AuthApiError(
        'MFA challenge 1d2c has expired, verify against another challenge or create a new challenge.',
        422,
        'mfa_challenge_expired',
      ),
      { error: 'code-invalid' },
    ],
    [
      'mfa_verification_rejected by the hook',
      new AuthApiError('You have exceeded maximum number of MFA attempts.', 403, 'mfa_verification_rejected'),
      { error: 'code-locked' },
    ],
    ['otp_expired', new AuthApiError('Token has expired or is invalid', 403, 'otp_expired'), { error: 'code-invalid' }],
    [
      'captcha_failed',
      new AuthApiError('captcha protection: request disallowed (no captcha_token found)', 400, 'captcha_failed'),
      { error: 'captcha-required' },
    ],
    [
      'unexpected_failure',
      new AuthApiError('Unexpected failure, please check server logs for more information', 500, 'unexpected_failure'),
      { error: 'system-error' },
    ],
    ['AuthRetryableFetchError (network)', new AuthRetryableFetchError('Failed to fetch', 0), { error: 'system-error' }],
    ['AuthRetryableFetchError 503', new AuthRetryableFetchError('{}', 503), { error: 'system-error' }],
    ['a 429 without a code', new AuthApiError('Too many requests', 429, undefined), { error: 'locked' }],
    ['body, API 2024-01-01', { code: 'invalid_credentials', message: 'Invalid login credentials' }, { error: 'invalid-credentials' }],
    [
      'body, older API',
      { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' },
      { error: 'invalid-credentials' },
    ],
    ['body, older API, 429', { code: 429, error_code: 'over_request_rate_limit', msg: 'Request rate limit reached' }, { error: 'locked' }],
    ['a bare code', 'mfa_verification_failed', { error: 'code-invalid' }],
    [
      'a code with no login meaning',
      new AuthApiError('Password is known to be weak and easy to guess', 422, 'weak_password'),
      { error: 'unknown' },
    ],
  ]);
});

describe('fromKratos', () => {
  const node = (name: string, messages: unknown[] = []) => ({
    type: 'input',
    group: name === 'csrf_token' ? 'default' : 'password',
    attributes: { name, type: name === 'csrf_token' ? 'hidden' : 'text', value: '', required: true, disabled: false, node_type: 'input' },
    messages,
    meta: {},
  });
  const msg = (id: number, text: string, type = 'error') => ({ id, text, type });
  const flow = (messages: unknown[], field?: [string, unknown[]]) => ({
    id: '0b8b5c3e-4f4a-4a67-9c5f-3f1c1a1d2e3f',
    type: 'browser',
    expires_at: '2026-11-30T11:00:00Z',
    issued_at: '2026-11-30T10:00:00Z',
    request_url: 'https://auth.example.com/self-service/login/browser',
    state: 'choose_method',
    ui: {
      action: 'https://auth.example.com/self-service/login?flow=0b8b5c3e',
      method: 'POST',
      nodes: [node('csrf_token'), node('identifier'), field ? node(field[0], field[1]) : node('password')],
      messages,
    },
  });
  table(fromKratos, [
    [
      '4000006 invalid credentials',
      flow([
        msg(
          4000006,
          'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.',
        ),
      ]),
      { error: 'invalid-credentials' },
    ],
    [
      '4000008 on the totp_code node',
      flow([], ['totp_code', [msg(4000008, 'The provided authentication code is invalid, please try again.')]]),
      { error: 'code-invalid' },
    ],
    [
      '4000016 backup code invalid',
      flow([], ['lookup_secret', [msg(4000016, 'The backup recovery code is not valid.')]]),
      { error: 'code-invalid' },
    ],
    [
      '4000012 backup code already used',
      flow([], ['lookup_secret', [msg(4000012, 'This backup recovery code has already been used.')]]),
      { error: 'code-invalid' },
    ],
    [
      '4010008 login code invalid',
      flow([msg(4010008, 'The login code is invalid or has already been used. Please try again.')]),
      { error: 'code-invalid' },
    ],
    ['4000038 captcha', flow([msg(4000038, 'Captcha verification failed, please try again.')]), { error: 'captcha-required' }],
    [
      'captcha outranks credentials',
      flow([msg(4000006, 'The provided credentials are invalid…'), msg(4000038, 'Captcha verification failed…')]),
      { error: 'captcha-required' },
    ],
    [
      '4000010 address not verified',
      flow([msg(4000010, 'Account not active yet. Did you forget to verify your email address?')]),
      { error: 'unknown' },
    ],
    [
      '4010011 identity disabled',
      flow([msg(4010011, 'This account has been disabled. Please contact support for assistance.')]),
      { error: 'unknown' },
    ],
    ['5000001 system error', flow([msg(5000001, 'database unavailable')]), { error: 'system-error' }],
    ['only an info message', flow([msg(1010003, 'Please confirm this action by verifying that it is you.', 'info')]), { error: 'unknown' }],
    [
      'an SDK (axios) rejection',
      {
        isAxiosError: true,
        message: 'Request failed with status code 400',
        response: { status: 400, headers: {}, data: flow([msg(4000006, 'The provided credentials are invalid…')]) },
      },
      { error: 'invalid-credentials' },
    ],
    [
      'session_aal2_required',
      {
        error: {
          id: 'session_aal2_required',
          code: 403,
          status: 'Forbidden',
          reason: 'A higher AAL is required.',
          message: 'Session does not fulfill the requested Authenticator Assurance Level',
        },
      },
      { error: 'unknown' },
    ],
    [
      'the inner generic error object',
      {
        id: 'identity_disabled',
        code: 400,
        status: 'Bad Request',
        reason: 'This account was disabled.',
        message: 'The request was malformed or contained invalid parameters',
      },
      { error: 'unknown' },
    ],
    [
      'a 500 generic error',
      {
        error: {
          code: 500,
          status: 'Internal Server Error',
          message: 'An internal server error occurred, please contact the system administrator',
        },
      },
      { error: 'system-error' },
    ],
    [
      'a 429 with Retry-After (HTTP-date)',
      { isAxiosError: true, response: { status: 429, headers: { 'retry-after': new Date(NOW + 90_000).toUTCString() }, data: '' } },
      { error: 'locked', retryAt: at(90) },
    ],
    [
      'a 429 whose Retry-After is past',
      { response: { status: 429, headers: { 'retry-after': 'Sun, 06 Nov 1994 08:49:37 GMT' }, data: '' } },
      { error: 'locked' },
    ],
    ['a bare message id', 4000006, { error: 'invalid-credentials' }],
    ['a bare error id', 'identity_disabled', { error: 'unknown' }],
    ['one message', msg(4000008, 'The provided authentication code is invalid, please try again.'), { error: 'code-invalid' }],
    ['a list of messages', [msg(4000016, 'The backup recovery code is not valid.')], { error: 'code-invalid' }],
  ]);
});

describe('fromKeycloak', () => {
  const grant = (error_description: string) => ({ error: 'invalid_grant', error_description });
  table(fromKeycloak, [
    ['Invalid user credentials (also a hidden lockout)', grant('Invalid user credentials'), { error: 'invalid-credentials' }],
    [
      'Invalid user credentials on the request that sent a totp',
      grant('Invalid user credentials'),
      { error: 'code-invalid' },
      { step: 'code' },
    ],
    ['Account disabled', grant('Account disabled'), { error: 'unknown' }],
    ['Account temporarily disabled (older versions)', grant('Account temporarily disabled'), { error: 'locked' }],
    ['Account is not fully set up', grant('Account is not fully set up'), { error: 'unknown' }],
    ['a refresh token no longer active', grant('Token is not active'), { error: 'unknown' }],
    [
      'direct access grants disabled',
      { error: 'unauthorized_client', error_description: 'Client not allowed for direct access grants' },
      { error: 'system-error' },
    ],
    [
      'invalid_client',
      { error: 'invalid_client', error_description: 'Invalid client or Invalid client credentials' },
      { error: 'system-error' },
    ],
    ['a 503 page', '<html><body>Service Unavailable</body></html>', { error: 'system-error' }, { status: 503 }],
    ['an axios rejection', { response: { status: 401, data: grant('Invalid user credentials') } }, { error: 'invalid-credentials' }],
    ['invalidUserMessage', 'invalidUserMessage', { error: 'invalid-credentials' }],
    ['accountTemporarilyDisabledMessage', 'accountTemporarilyDisabledMessage', { error: 'locked' }],
    ['accountPermanentlyDisabledMessage', 'accountPermanentlyDisabledMessage', { error: 'locked' }],
    ['accountTemporarilyDisabledMessageTotp', 'accountTemporarilyDisabledMessageTotp', { error: 'code-locked' }],
    ['invalidTotpMessage as { messageKey }', { messageKey: 'invalidTotpMessage' }, { error: 'code-invalid' }],
    ['recovery-codes-error-invalid', 'recovery-codes-error-invalid', { error: 'code-invalid' }],
    ['accountDisabledMessage', 'accountDisabledMessage', { error: 'unknown' }],
    ['recaptchaFailed', 'recaptchaFailed', { error: 'captcha-required' }],
    [
      'a LOGIN_ERROR event: user_temporarily_disabled',
      {
        time: NOW,
        type: 'LOGIN_ERROR',
        realmId: 'f3a1',
        clientId: 'web',
        userId: '9c0e',
        ipAddress: '192.0.2.1',
        error: 'user_temporarily_disabled',
        details: { auth_method: 'openid-connect', username: 'taro' },
      },
      { error: 'locked' },
    ],
    ['event error invalid_user_credentials', { type: 'LOGIN_ERROR', error: 'invalid_user_credentials' }, { error: 'invalid-credentials' }],
    ['event error user_disabled', { type: 'LOGIN_ERROR', error: 'user_disabled' }, { error: 'unknown' }],
  ]);
});

describe('fromAuth0', () => {
  const rateHeaders = { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(30) };
  table(fromAuth0, [
    [
      'invalid_grant Wrong email or password.',
      { error: 'invalid_grant', error_description: 'Wrong email or password.' },
      { error: 'invalid-credentials' },
    ],
    [
      'auth0.js normalised error',
      {
        original: { response: { statusCode: 403 } },
        statusCode: 403,
        statusText: 'Forbidden',
        code: 'invalid_grant',
        description: 'Wrong email or password.',
      },
      { error: 'invalid-credentials' },
    ],
    ['auth0-spa-js GenericError', new GenericError('invalid_grant', 'Wrong email or password.'), { error: 'invalid-credentials' }],
    ['invalid_user_password', { code: 'invalid_user_password', description: 'Wrong email or password.' }, { error: 'invalid-credentials' }],
    [
      'too_many_attempts: locked, no end even with rate headers',
      {
        error: 'too_many_attempts',
        error_description:
          "Your account has been blocked after multiple consecutive login attempts. We've sent you an email with instructions on how to unblock it.",
      },
      { error: 'locked' },
      { status: 429, headers: rateHeaders },
    ],
    [
      'mfa_required is the next step',
      { error: 'mfa_required', error_description: 'Multifactor authentication required', mfa_token: 'Fe26.2**a1b2' },
      { error: 'unknown' },
    ],
    [
      'invalid_grant on the mfa-otp grant',
      { error: 'invalid_grant', error_description: 'Invalid otp_code.' },
      { error: 'code-invalid' },
      { step: 'code' },
    ],
    ['mfa_invalid_code', { code: 'mfa_invalid_code', description: 'Wrong code.' }, { error: 'code-invalid' }],
    ['unauthorized: user is blocked', { error: 'unauthorized', error_description: 'user is blocked' }, { error: 'unknown' }],
    ['blocked_user', 'blocked_user', { error: 'unknown' }],
    [
      'invalid_captcha',
      { code: 'invalid_captcha', description: 'Solve the challenge question to verify you are not a robot.' },
      { error: 'captcha-required' },
    ],
    ['access_denied', { error: 'access_denied', error_description: 'Unauthorized' }, { error: 'unknown' }],
    ['server_error', { error: 'server_error', error_description: 'Something went wrong' }, { error: 'system-error' }],
    [
      'too_many_requests with x-ratelimit-reset',
      { error: 'too_many_requests', error_description: 'Global limit has been reached' },
      { error: 'locked', retryAt: at(30) },
      { status: 429, headers: rateHeaders },
    ],
    [
      'a 429 read from auth0.js original response headers',
      { statusCode: 429, code: 'too_many_requests', original: { response: { headers: rateHeaders } } },
      { error: 'locked', retryAt: at(30) },
    ],
    ['Lock key lock.invalid_email_password', 'lock.invalid_email_password', { error: 'invalid-credentials' }],
    ['Lock key lock.network', 'lock.network', { error: 'system-error' }],
    ['a 502 without a code', { statusCode: 502, statusText: 'Bad Gateway' }, { error: 'system-error' }],
  ]);
});

describe('fromOkta', () => {
  const apiError = (errorCode: string, errorSummary: string, status: number, headers: Record<string, string> = {}) => {
    const responseJSON = { errorCode, errorSummary, errorLink: errorCode, errorId: 'oaeXyZ123', errorCauses: [] };
    return {
      name: 'AuthApiError',
      message: errorSummary,
      ...responseJSON,
      xhr: { status, headers, responseText: JSON.stringify(responseJSON), responseJSON },
    };
  };
  const idxMessage = (key: string, message: string, cls = 'ERROR') => ({ message, i18n: { key }, class: cls });
  const passcodeRemediation = (messages: unknown[]) => ({
    type: 'array',
    value: [
      {
        rel: ['create-form'],
        name: 'challenge-authenticator',
        href: 'https://example.okta.com/idp/idx/challenge/answer',
        method: 'POST',
        value: [
          {
            name: 'credentials',
            type: 'object',
            form: { value: [{ name: 'passcode', label: 'Enter code', messages: { type: 'array', value: messages } }] },
          },
          { name: 'stateHandle', required: true, value: '02LigY5A', visible: false, mutable: false },
        ],
      },
    ],
  });
  const rate = { 'x-rate-limit-limit': '600', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(45) };
  table(fromOkta, [
    ['E0000004 (also a hidden lockout)', apiError('E0000004', 'Authentication failed', 401), { error: 'invalid-credentials' }],
    [
      'E0000068 invalid passcode',
      {
        errorCode: 'E0000068',
        errorSummary: 'Invalid Passcode/Answer',
        errorCauses: [{ errorSummary: "Your passcode doesn't match our records. Please try again." }],
      },
      { error: 'code-invalid' },
    ],
    ['E0000069 user locked', apiError('E0000069', 'User Locked', 403), { error: 'locked' }],
    [
      'E0000119 account locked',
      apiError('E0000119', 'Your account is locked. Please contact your administrator.', 403),
      { error: 'locked' },
    ],
    [
      'a LOCKED_OUT transaction',
      { status: 'LOCKED_OUT', _links: { next: { name: 'unlock', href: 'https://example.okta.com/api/v1/authn/recovery/unlock' } } },
      { error: 'locked' },
    ],
    [
      'E0000047 rate limit with X-Rate-Limit-Reset',
      apiError('E0000047', 'API call exceeded rate limit due to too many requests.', 429, rate),
      { error: 'locked', retryAt: at(45) },
    ],
    [
      'E0000047 with the headers passed as Headers',
      { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit due to too many requests.' },
      { error: 'locked', retryAt: at(45) },
      { headers: new Headers(rate) },
    ],
    ['E0000009 internal error', apiError('E0000009', 'Internal Server Error', 500), { error: 'system-error' }],
    [
      'Identity Engine: errors.E0000004',
      {
        version: '1.0.0',
        stateHandle: '02LigY5A',
        intent: 'LOGIN',
        messages: { type: 'array', value: [idxMessage('errors.E0000004', 'Authentication failed')] },
      },
      { error: 'invalid-credentials' },
    ],
    [
      'Identity Engine: incorrectPassword on the passcode field',
      { version: '1.0.0', remediation: passcodeRemediation([idxMessage('incorrectPassword', 'Password is incorrect')]) },
      { error: 'invalid-credentials' },
    ],
    [
      'Identity Engine: PASSCODE_INVALID on the passcode field',
      { version: '1.0.0', remediation: passcodeRemediation([idxMessage('api.authn.error.PASSCODE_INVALID', 'Invalid code. Try again.')]) },
      { error: 'code-invalid' },
    ],
    [
      'Identity Engine: tooManyRequests, 429',
      { version: '1.0.0', messages: { type: 'array', value: [idxMessage('tooManyRequests', 'Too many requests')] } },
      { error: 'locked', retryAt: at(45) },
      { status: 429, headers: rate },
    ],
    [
      'okta-auth-js IdxTransaction messages',
      { status: 'PENDING', messages: [idxMessage('incorrectPassword', 'Password is incorrect')] },
      { error: 'invalid-credentials' },
    ],
    [
      'an INFO message is not a failure',
      { messages: { type: 'array', value: [idxMessage('errors.E0000004', 'Authentication failed', 'INFO')] } },
      { error: 'unknown' },
    ],
    ['a bare i18n key', 'errors.E0000069', { error: 'locked' }],
    ['a bare error code', 'E0000004', { error: 'invalid-credentials' }],
  ]);
});

describe('fromCognito', () => {
  const amplify = (name: string, message: string, httpStatusCode = 400) =>
    Object.assign(new Error(message), {
      name,
      recoverySuggestion: undefined,
      underlyingError: undefined,
      metadata: { httpStatusCode, requestId: '1a2b' },
    });
  table(fromCognito, [
    [
      'NotAuthorizedException wrong password',
      amplify('NotAuthorizedException', 'Incorrect username or password.'),
      { error: 'invalid-credentials' },
    ],
    [
      'NotAuthorizedException Password attempts exceeded',
      amplify('NotAuthorizedException', 'Password attempts exceeded'),
      { error: 'locked' },
    ],
    ['NotAuthorizedException User is disabled.', amplify('NotAuthorizedException', 'User is disabled.'), { error: 'unknown' }],
    ['UserNotFoundException', amplify('UserNotFoundException', 'User does not exist.'), { error: 'invalid-credentials' }],
    ['CodeMismatchException', amplify('CodeMismatchException', 'Invalid code received for user'), { error: 'code-invalid' }],
    [
      'ExpiredCodeException',
      amplify('ExpiredCodeException', 'Invalid code provided, please request a code again.'),
      { error: 'code-invalid' },
    ],
    ['TooManyRequestsException', amplify('TooManyRequestsException', 'Too many requests'), { error: 'locked' }],
    ['TooManyFailedAttemptsException', amplify('TooManyFailedAttemptsException', 'Too many failed attempts'), { error: 'locked' }],
    [
      'PasswordResetRequiredException',
      amplify('PasswordResetRequiredException', 'Password reset required for the user'),
      { error: 'unknown' },
    ],
    ['UserNotConfirmedException', amplify('UserNotConfirmedException', 'User is not confirmed.'), { error: 'unknown' }],
    ['InternalErrorException', amplify('InternalErrorException', 'Internal server error', 500), { error: 'system-error' }],
    [
      'an AWS SDK v3 exception',
      Object.assign(new Error('Incorrect username or password.'), {
        name: 'NotAuthorizedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400, requestId: '1a2b', attempts: 1, totalRetryDelay: 0 },
        __type: 'NotAuthorizedException',
      }),
      { error: 'invalid-credentials' },
    ],
    ['the raw JSON body', { __type: 'NotAuthorizedException', message: 'Password attempts exceeded' }, { error: 'locked' }],
    [
      'a namespaced __type',
      { __type: 'com.amazonaws.cognito.identity.idp.model#CodeMismatchException', message: 'Invalid code received for user' },
      { error: 'code-invalid' },
    ],
    [
      'amazon-cognito-identity-js (issue 506)',
      {
        message: 'Password attempts exceeded',
        code: 'NotAuthorizedException',
        time: '2017-08-21T23:45:29.847Z',
        requestId: 'xxxxxxxx-86ca',
        statusCode: 400,
        retryable: false,
        retryDelay: 98.67,
      },
      { error: 'locked' },
    ],
    [
      'an Error named "Error" with the code',
      Object.assign(new Error('User does not exist.'), { code: 'UserNotFoundException' }),
      { error: 'invalid-credentials' },
    ],
    ['Amplify NetworkError', amplify('NetworkError', 'A network error has occurred.', 0), { error: 'system-error' }],
    [
      'Amplify Unknown wrapping a service error',
      {
        name: 'Unknown',
        message: 'An unknown error has occurred.',
        underlyingError: { name: 'InternalErrorException', message: 'Internal server error' },
      },
      { error: 'system-error' },
    ],
    ['a bare name', 'CodeMismatchException', { error: 'code-invalid' }],
    [
      'an unknown exception with a 5xx',
      Object.assign(new Error('?'), { name: 'SomethingNewException', $metadata: { httpStatusCode: 503 } }),
      { error: 'system-error' },
    ],
  ]);
});

describe('fromEntra', () => {
  const body = (error: string, code: number, text: string) => ({
    error,
    error_description: `AADSTS${code}: ${text}\r\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2026-11-30 10:00:00Z`,
    error_codes: [code],
    timestamp: '2026-11-30 10:00:00Z',
    trace_id: '0000aaaa-11bb-cccc-dd22-eeeeee333333',
    correlation_id: 'aaaa0000-bb11-2222-33cc-444444dddddd',
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
  table(fromEntra, [
    [
      '50126 invalid username or password',
      body('invalid_grant', 50126, 'Error validating credentials due to invalid username or password.'),
      { error: 'invalid-credentials' },
    ],
    [
      '50053 IdsLocked',
      body(
        'invalid_grant',
        50053,
        'Your account is locked because you tried to sign in too many times with an incorrect user ID or password.',
      ),
      { error: 'locked' },
    ],
    [
      '50076 MFA required',
      body(
        'interaction_required',
        50076,
        'Due to a configuration change made by your administrator, … you must use multi-factor authentication',
      ),
      { error: 'unknown' },
    ],
    ['50074 strong auth interrupt', body('interaction_required', 50074, 'Strong Authentication is required.'), { error: 'unknown' }],
    [
      '50079 MFA enrolment required',
      body(
        'interaction_required',
        50079,
        'Due to a configuration change made by your administrator, … you must enroll in multi-factor authentication',
      ),
      { error: 'unknown' },
    ],
    [
      '500121 strong authentication failed',
      body('invalid_grant', 500121, 'Authentication failed during strong authentication request.'),
      { error: 'code-invalid' },
    ],
    [
      '50088 telecom MFA call limit',
      body('invalid_grant', 50088, 'Limit on telecom MFA calls reached. Please try again in a few minutes.'),
      { error: 'code-locked' },
    ],
    [
      '50196 loop detected',
      body('invalid_grant', 50196, 'The server terminated an operation because it encountered a client request loop.'),
      { error: 'system-error' },
    ],
    [
      '50034 user account not found',
      body('invalid_grant', 50034, 'The user account {EUII Hidden} does not exist in the contoso.com directory.'),
      { error: 'invalid-credentials' },
    ],
    ['50057 user disabled', body('invalid_grant', 50057, 'The user account is disabled.'), { error: 'unknown' }],
    [
      '500011 resource principal not found',
      body('invalid_resource', 500011, 'The resource principal named api://x was not found in the tenant named contoso.'),
      { error: 'system-error' },
    ],
    [
      '90014 missing field',
      body('invalid_request', 90014, "The required field 'password' is missing from the credential."),
      { error: 'system-error' },
    ],
    [
      '7000218 client secret missing',
      body('invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."),
      { error: 'system-error' },
    ],
    [
      'MSAL ServerError',
      Object.assign(new Error('invalid_grant: Error(s): 50126 - …'), {
        name: 'ServerError',
        errorCode: 'invalid_grant',
        errorMessage:
          'Error(s): 50126 - Timestamp: 2026-11-30 10:00:00Z - Description: AADSTS50126: Error validating credentials due to invalid username or password. - Correlation ID: aaaa0000 - Trace ID: 0000aaaa',
        subError: '',
        errorNo: '50126',
        status: 400,
      }),
      { error: 'invalid-credentials' },
    ],
    [
      'MSAL InteractionRequiredAuthError (50076)',
      Object.assign(new Error('interaction_required'), {
        name: 'InteractionRequiredAuthError',
        errorCode: 'interaction_required',
        errorNo: '50076',
      }),
      { error: 'unknown' },
    ],
    [
      'MSAL no_network_connectivity',
      Object.assign(new Error('no_network_connectivity'), {
        name: 'BrowserAuthError',
        errorCode: 'no_network_connectivity',
        errorMessage: 'No network connectivity. Check your internet connection.',
      }),
      { error: 'system-error' },
    ],
    [
      'temporarily_unavailable',
      { error: 'temporarily_unavailable', error_description: 'The server is temporarily too busy to handle the request.' },
      { error: 'system-error' },
    ],
    ['the lock outranks a wrong password', { error: 'invalid_grant', error_codes: [50126, 50053] }, { error: 'locked' }],
    ['a bare number', 50126, { error: 'invalid-credentials' }],
    ['a bare AADSTS string', 'AADSTS50053', { error: 'locked' }],
    ['an unknown AADSTS number', body('invalid_grant', 99999, 'Something new.'), { error: 'unknown' }],
    ['invalid_grant without a number', { error: 'invalid_grant' }, { error: 'unknown' }],
  ]);
});

const ADAPTERS: [string, Adapter][] = [
  ['fromKeycloak', fromKeycloak],
  ['fromAuth0', fromAuth0],
  ['fromOkta', fromOkta],
  ['fromFirebase', fromFirebase],
  ['fromCognito', fromCognito],
  ['fromEntra', fromEntra],
  ['fromSupabase', fromSupabase],
  ['fromKratos', fromKratos],
];

function hostile(): unknown {
  const trap = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
}
function withThrowingGetters(): unknown {
  const value = {};
  for (const key of [
    'code',
    'error',
    'name',
    'message',
    'status',
    'response',
    'ui',
    'messages',
    'errorCode',
    'error_codes',
    '__type',
    'underlyingError',
    'xhr',
    'headers',
    'id',
  ]) {
    Object.defineProperty(value, key, {
      enumerable: true,
      get: () => {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return value;
}
function revoked(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
const cyclic: Record<string, unknown> = { code: 'x' };
cyclic['self'] = cyclic;
cyclic['ui'] = cyclic;
cyclic['messages'] = [cyclic];
cyclic['underlyingError'] = cyclic;

const MALFORMED: [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['0', () => 0],
  ['42', () => 42],
  ['NaN', () => NaN],
  ['a bigint', () => 10n],
  ['true', () => true],
  ["''", () => ''],
  ['a string of another provider', () => 'Something went wrong'],
  ['a symbol', () => Symbol('x')],
  ['a function', () => () => 'auth/wrong-password'],
  ['[]', () => []],
  ['[null, 1]', () => [null, 1]],
  ['{}', () => ({})],
  ['an object of another shape', () => ({ foo: 'bar', nested: { deeper: [1, 2, 3] } })],
  ['fields of the wrong type', () => ({ code: 42, error: { message: 42 }, name: {}, status: 'x', error_codes: 'abc', ui: 'x' })],
  ['a Date', () => new Date(NOW)],
  ['a Map', () => new Map([['code', 'auth/wrong-password']])],
  ['throwing getters', withThrowingGetters],
  ['a proxy whose every trap throws', hostile],
  ['a revoked proxy', revoked],
  ['a cyclic object', () => cyclic],
];

describe('every adapter: unknown or malformed input', () => {
  for (const [name, adapter] of ADAPTERS) {
    test(`${name} answers { error: 'unknown' } and never throws`, () => {
      for (const [label, make] of MALFORMED) {
        assert.deepEqual(adapter(make()), { error: 'unknown' }, `${name}(${label})`);
        assert.deepEqual(adapter(make(), hostile() as AdapterOptions), { error: 'unknown' }, `${name}(${label}, hostile options)`);
      }
    });
    test(`${name}: fast-check, anything in → a login error code out`, () => {
      fc.assert(
        fc.property(
          fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
          fc.anything(),
          (input, options) => {
            const result = adapter(input, options as AdapterOptions);
            assert.ok((LOGIN_ERROR_CODES as readonly string[]).includes(result.error));
            if (result.retryAt !== undefined) assert.ok(Number.isFinite(Date.parse(result.retryAt)));
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

describe('reading times and headers', () => {
  test('Retry-After: seconds, HTTP-date, past, malformed', () => {
    assert.equal(retryAfterIso('120', NOW), at(120));
    assert.equal(retryAfterIso(new Date(NOW + 60_000).toUTCString(), NOW), at(60));
    assert.equal(retryAfterIso('0', NOW), undefined);
    assert.equal(retryAfterIso('Sun, 06 Nov 1994 08:49:37 GMT', NOW), undefined);
    assert.equal(retryAfterIso('soon', NOW), undefined);
    assert.equal(retryAfterIso('-5', NOW), undefined);
    assert.equal(retryAfterIso(String(400 * 24 * 3600), NOW), undefined, 'more than a year is not believed');
  });
  test('epoch seconds: future only', () => {
    assert.equal(epochSecondsIso(epoch(10), NOW), at(10));
    assert.equal(epochSecondsIso(epoch(-10), NOW), undefined);
    assert.equal(epochSecondsIso(String(NOW), NOW), undefined, 'milliseconds are not seconds: too far away');
    assert.equal(epochSecondsIso('12abc', NOW), undefined);
  });
  test('headers from Headers, objects in any casing, pairs and Maps', () => {
    assert.equal(header(new Headers({ 'Retry-After': '5' }), 'retry-after'), '5');
    assert.equal(header({ 'Retry-After': '5' }, 'retry-after'), '5');
    assert.equal(header({ 'retry-after': 5 }, 'Retry-After'), '5');
    assert.equal(header([['Retry-After', '5']], 'retry-after'), '5');
    assert.equal(header(new Map([['retry-after', '5']]), 'retry-after'), '5');
    assert.equal(header(hostile(), 'retry-after'), undefined);
    assert.equal(header('Retry-After: 5', 'retry-after'), undefined);
  });
  test('now may be a Date', () => {
    const result = fromSupabase(new AuthApiError('Request rate limit reached', 429, 'over_request_rate_limit'), {
      now: new Date(NOW),
      headers: { 'retry-after': '30' },
    });
    assert.deepEqual(result, { error: 'locked', retryAt: at(30) });
  });
});
