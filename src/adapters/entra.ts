/**
 * Microsoft Entra ID (Azure AD): the token endpoint's error body (`{ error, error_description:
 * 'AADSTS50126: …', error_codes: [50126] }`), MSAL's `ServerError` / `InteractionRequiredAuthError`
 * (`errorCode`, `errorNo: '50126'`, `errorMessage` with the AADSTS text), an MSAL browser/network
 * error, or a bare AADSTS code (`50126`, `'AADSTS50126'`).
 *
 * Caveats: Microsoft asks apps not to depend on these numbers (they may change); the adapter only
 * chooses which help to show. AADSTS50053 is both Smart Lockout and a block of a malicious IP; its
 * end is not given (Smart Lockout's first lock is a minute by default). AADSTS500121 (strong
 * authentication failed) covers a wrong code, a denied push and a timeout alike.
 *
 * Sources: MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md
 * (https://learn.microsoft.com/entra/identity-platform/reference-error-codes, "AADSTS error codes"
 * and the OAuth `error` table); AzureAD/microsoft-authentication-library-for-js
 * lib/msal-common/src/error/ServerError.ts, src/response/ResponseHandler.ts (`errorNo` = error_codes[0]),
 * src/error/ClientAuthErrorCodes.ts and lib/msal-browser/src/error/BrowserAuthErrorCodes.ts.
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';
import { failure, integer, items, prop, safely, statusOf, text, mostPressing } from './read.js';

/** AADSTS numbers → login error codes; each group cites the reference-error-codes.md rows. */
const AADSTS = new Map<number, LoginErrorCode>([
  // 50126 InvalidUserNameOrPassword; 50034 UserAccountNotFound ("the user mis-typed their username": never say
  // which); 50056 "Invalid or null password"; 50064 CredentialAuthenticationError
  ...[50126, 50034, 50056, 50064].map((code) => [code, 'invalid-credentials'] as const),
  // 50053 IdsLocked "The account is locked because the user tried to sign in too many times with an incorrect
  // user ID or password" (or a sign-in from a malicious IP)
  [50053, 'locked'],
  // 500121 "Authentication failed during strong authentication request" (Entra sign-in logs and
  // https://login.microsoftonline.com/error?code=500121; not in the reference table)
  [500121, 'code-invalid'],
  // 50088 "Limit on telecom MFA calls reached. Please try again in a few minutes."
  [50088, 'code-locked'],
  // Transient service faults: 50000 TokenIssuanceError, 50033 RetryableError, 50087 SasRetryableError, 70012
  // MsaServerError, 90006 ExternalServerRetryableError, 90024 RequestBudgetExceededError, 90033
  // MsodsServiceUnavailable, 90036, 90055 TenantThrottlingError, 90090 GraphRetryableError, 90091; on-premises
  // password validation agents 80001, 80002, 80005, 80007, 80014
  ...[50000, 50033, 50087, 70012, 90006, 90024, 90033, 90036, 90055, 90090, 90091, 80001, 80002, 80005, 80007, 80014].map(
    (code) => [code, 'system-error'] as const,
  ),
  // The app's own set-up, nothing the user can fix: 50011 InvalidReplyTo, 50196 LoopDetected, 500011
  // InvalidResourceServicePrincipalNotFound, 700016 UnauthorizedClient_DoesNotMatchRequest, 7000215 invalid client
  // secret, 7000218 client_assertion/client_secret missing, 7000222 expired secret, 70011 InvalidScope, 90002
  // InvalidTenantName, 90014 MissingRequiredField, 900144 missing parameter
  ...[50011, 50196, 500011, 700016, 7000215, 7000218, 7000222, 70011, 90002, 90014, 900144].map((code) => [code, 'system-error'] as const),
  // The login's next step or an administrator's decision, not a failure the flow explains: 50076/50079/50072
  // (MFA required / enrolment), 50074 UserStrongAuthClientAuthNRequiredInterrupt, 50158 ExternalSecurityChallenge,
  // 50125/50140/50199 interrupts, 50058 not signed in, 53003 BlockedByConditionalAccess, 53000/53001 device
  // policy, 50057 UserDisabled, 50055/50144 expired password, 50097 DeviceAuthenticationRequired, 50105
  // EntitlementGrantsNotFound, 50020 UserUnauthorized, 65001 DelegationDoesNotExist (consent)
  ...[
    50076, 50079, 50072, 50074, 50158, 50125, 50140, 50199, 50058, 53003, 53000, 53001, 50057, 50055, 50144, 50097, 50105, 50020, 65001,
  ].map((code) => [code, 'unknown'] as const),
]);

/** OAuth `error` / MSAL `errorCode` when no AADSTS number is known. */
const ERRORS: Record<string, LoginErrorCode> = {
  // reference-error-codes.md: temporarily_unavailable ("The server is temporarily too busy"); invalid_client,
  // unauthorized_client, unsupported_grant_type, invalid_resource (the app's registration or request)
  temporarily_unavailable: 'system-error',
  invalid_client: 'system-error',
  unauthorized_client: 'system-error',
  unsupported_grant_type: 'system-error',
  invalid_resource: 'system-error',
  // msal-common ClientAuthErrorCodes networkError "network_error", noNetworkConnectivity; msal-browser
  // BrowserAuthErrorCodes post_request_failed / get_request_failed
  network_error: 'system-error',
  no_network_connectivity: 'system-error',
  post_request_failed: 'system-error',
  get_request_failed: 'system-error',
  // reference-error-codes.md interaction_required ("another authentication step is required")
  interaction_required: 'unknown',
};

/** AADSTS numbers from `error_codes`, MSAL's `errorNo`, and "AADSTS…" in the texts; bare numbers too. */
function aadstsCodes(input: unknown): number[] {
  const numbers: (number | undefined)[] = [];
  if (typeof input === 'number' || typeof input === 'string') numbers.push(integer(String(input).replace(/^AADSTS/i, '')));
  for (const code of [...items(prop(input, 'error_codes')), ...items(prop(input, 'errorCodes')), prop(input, 'errorNo')])
    numbers.push(integer(code));
  for (const field of ['error_description', 'errorMessage', 'message']) {
    for (const match of (text(prop(input, field)) ?? '').matchAll(/AADSTS(\d{4,8})\b/g)) numbers.push(Number(match[1]));
  }
  return numbers.filter((code): code is number => code !== undefined);
}

/**
 * Maps a failed Entra ID sign-in to a login error code from its AADSTS number (the OAuth `error`
 * only when no number is known). MFA-required codes (50076, 50074, 50079) are `unknown`: the login
 * goes on with MSAL's interactive call, the user did nothing wrong. Never throws.
 *
 * @example pca.acquireTokenByUsernamePassword(request).catch((e) => help.setAttribute('error', fromEntra(e).error));
 */
export function fromEntra(input: unknown, options?: AdapterOptions): LoginFailure {
  return safely(() => {
    const found = new Set(aadstsCodes(input).flatMap((code) => (AADSTS.has(code) ? [AADSTS.get(code)!] : [])));
    let error = mostPressing(found);
    const oauthError = typeof input === 'string' ? input : (text(prop(input, 'error')) ?? text(prop(input, 'errorCode')));
    if (error === undefined && oauthError !== undefined && Object.hasOwn(ERRORS, oauthError)) error = ERRORS[oauthError];
    const status = statusOf(input, options, [['status'], ['statusCode']]);
    if (error === undefined && status !== undefined && status >= 500) error = 'system-error';
    return failure(error ?? 'unknown');
  });
}
