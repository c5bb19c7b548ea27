/**
 * Supabase Auth (GoTrue): the `AuthApiError` supabase-js returns (`{ name, message, status, code }`),
 * `AuthRetryableFetchError` (network, 502–504), a raw error body in either API version
 * (`{ code: 'invalid_credentials', message }` or `{ code: 400, error_code: 'invalid_credentials', msg }`),
 * or a bare error code.
 *
 * Sources: supabase/auth internal/api/apierrors/errorcode.go (the codes), internal/api/errors.go
 * (`handleResponseErrorHTTP`: both body shapes), internal/api/token.go (password grant),
 * internal/api/mfa.go (TOTP/phone verify); supabase/auth-js src/lib/errors.ts and src/lib/fetch.ts
 * (`handleError`); https://supabase.com/docs/guides/auth/debugging/error-codes
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';
import { failure, findHeader, nowOf, prop, retryAfterIso, safely, statusOf, text } from './read.js';

const CODES: Record<string, LoginErrorCode> = {
  // errorcode.go ErrorCodeInvalidCredentials; token.go returns it for an unknown email, a user without a
  // password and a wrong password alike ("Invalid login credentials"), and for a rejection by the password
  // verification hook — the documented way to lock accounts — so a hook lockout is indistinguishable.
  invalid_credentials: 'invalid-credentials',
  // errorcode.go ErrorCodeOverRequestRateLimit: middleware.go, per IP, HTTP 429 ("Request rate limit reached").
  // Not an account lock, but the user must wait: `locked`; retryAt only from a Retry-After the site passes.
  over_request_rate_limit: 'locked',
  // errorcode.go ErrorCodeOverEmailSendRateLimit / ErrorCodeOverSMSSendRateLimit (mail.go, 429): no code sent for a while
  over_email_send_rate_limit: 'locked',
  over_sms_send_rate_limit: 'locked',
  // errorcode.go ErrorCodeMFAVerificationFailed: mfa.go "Invalid TOTP code entered" / "Invalid MFA Phone code entered"
  mfa_verification_failed: 'code-invalid',
  // errorcode.go ErrorCodeMFAChallengeExpired: mfa.go "verify against another challenge": the code came too late
  mfa_challenge_expired: 'code-invalid',
  // errorcode.go ErrorCodeOTPExpired: verify.go / mfa.go "Token has expired or is invalid" (one-time codes)
  otp_expired: 'code-invalid',
  // errorcode.go ErrorCodeMFAVerificationRejected: mfa.go, the MFA verification hook said "reject"; the docs'
  // use of that hook is limiting wrong codes (https://supabase.com/docs/guides/auth/auth-hooks/mfa-verification-hook)
  mfa_verification_rejected: 'code-locked',
  // errorcode.go ErrorCodeCaptchaFailed: middleware.go "captcha protection: request disallowed"
  captcha_failed: 'captcha-required',
  // errorcode.go ErrorCodeUnexpectedFailure ("such as a 500 Internal Server Error"), ErrorCodeRequestTimeout,
  // ErrorCodeHookTimeout(AfterRetry), ErrorCodeSMSSendFailed
  unexpected_failure: 'system-error',
  request_timeout: 'system-error',
  hook_timeout: 'system-error',
  hook_timeout_after_retry: 'system-error',
  sms_send_failed: 'system-error',
  // errorcode.go ErrorCodeUserBanned (token.go "User is banned": an administrator's ban, its end not given),
  // ErrorCodeEmailNotConfirmed / ErrorCodePhoneNotConfirmed (token.go, after a correct password),
  // ErrorCodeInsufficientAAL (MFA still required): none is a step of the flow → the general guide.
  user_banned: 'unknown',
  email_not_confirmed: 'unknown',
  phone_not_confirmed: 'unknown',
  insufficient_aal: 'unknown',
};

function errorCode(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  // API version 2024-01-01 and later: `code` is the error code; before it, `code` is the HTTP status and the
  // error code is `error_code` (errors.go HTTPErrorResponse20240101 / apierrors.HTTPError).
  return text(prop(input, 'code')) ?? text(prop(input, 'error_code'));
}

/**
 * Maps a failed Supabase Auth call (`signInWithPassword`, `mfa.verify`, `verifyOtp`…) to a login
 * error code. A rate limit (`over_request_rate_limit`, HTTP 429) is `locked`, with `retryAt` only
 * when the site passes a `Retry-After` header in `options.headers`: Supabase Auth sets none itself.
 * A lockout built with the password verification hook arrives as `invalid_credentials`. Never throws.
 *
 * @example const { error } = await supabase.auth.signInWithPassword({ email, password });
 * if (error) help.setAttribute('error', fromSupabase(error).error);
 */
export function fromSupabase(input: unknown, options?: AdapterOptions): LoginFailure {
  return safely(() => {
    const code = errorCode(input);
    const status = statusOf(input, options, [['status'], ['code']]);
    let error: LoginErrorCode | undefined = code !== undefined && Object.hasOwn(CODES, code) ? CODES[code] : undefined;
    // auth-js fetch.ts: AuthRetryableFetchError for network failures (status 0) and 502/503/504.
    if (error === undefined && text(prop(input, 'name')) === 'AuthRetryableFetchError') error = 'system-error';
    if (error === undefined && status === 429) error = 'locked';
    if (error === undefined && status !== undefined && status >= 500) error = 'system-error';
    if (error !== 'locked') return failure(error ?? 'unknown');
    const retryAfter = findHeader(input, options, [], 'retry-after');
    return failure('locked', retryAfterIso(retryAfter, nowOf(options)));
  });
}
