/**
 * Ory Kratos / Ory Network: the login flow a failed submit returns (HTTP 400, messages in
 * `ui.messages` and `ui.nodes[].messages`), the SDK's rejected promise (`error.response.data`),
 * a generic error (`{ error: { id, code } }`), one UI message (`{ id: 4000006, type: 'error' }`),
 * a list of them, or a bare message id / error id.
 *
 * Sources: ory/kratos text/id.go (message ids, pinned by text/id_test.go), text/message_*.go (their
 * texts), text/message_error.go (error ids), schema/errors.go and ui/container/container.go (where
 * each message is attached). https://www.ory.sh/docs/kratos/concepts/ui-messages
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';
import { failure, findHeader, integer, items, nowOf, path, prop, retryAfterIso, safely, statusOf, text, mostPressing } from './read.js';

const MESSAGE_IDS: Record<number, LoginErrorCode> = {
  // text/id.go ErrorValidationInvalidCredentials = 4000006: "The provided credentials are invalid, check for
  // spelling mistakes in your password or username, email address, or phone number."
  4000006: 'invalid-credentials',
  // text/id.go ErrorValidationAccountNotFound = 4000037: "This account does not exist or has no login method
  // configured." (identifier-first flows): told to the user as invalid credentials, never as "no such account"
  4000037: 'invalid-credentials',
  // text/id.go ErrorValidationTOTPVerifierWrong = 4000008: "The provided authentication code is invalid"
  4000008: 'code-invalid',
  // text/id.go ErrorValidationLookupAlreadyUsed = 4000012: "This backup recovery code has already been used."
  4000012: 'code-invalid',
  // text/id.go ErrorValidationLookupInvalid = 4000016: "The backup recovery code is not valid."
  4000016: 'code-invalid',
  // text/id.go ErrorValidationLoginCodeInvalidOrAlreadyUsed = 4010008: "The login code is invalid or has already been used."
  4010008: 'code-invalid',
  // text/id.go ErrorValidationCaptchaError = 4000038 (id_test.go): "Captcha verification failed, please try again."
  4000038: 'captcha-required',
  // text/id.go ErrorSystemGeneric = 5000001, ErrorSystemNoAuthenticationMethodsAvailable = 5000002
  5000001: 'system-error',
  5000002: 'system-error',
  // text/id.go ErrorValidationAddressNotVerified = 4000010 ("Account not active yet. Did you forget to verify your
  // email address?"), ErrorValidationIdentityDisabled = 4010011 ("This account has been disabled. Please contact
  // support"), ErrorValidationLoginFlowExpired = 4010001: no step of the flow fits → the general guide.
  4000010: 'unknown',
  4010011: 'unknown',
  4010001: 'unknown',
};

const ERROR_IDS: Record<string, LoginErrorCode> = {
  // text/message_error.go: ErrIDHigherAALRequired "session_aal2_required" (a second factor is still needed: the
  // login's next step, not a failure), ErrIDIdentityDisabled "identity_disabled", ErrIDSelfServiceFlowExpired
  // "self_service_flow_expired", ErrIDCSRF "security_csrf_violation"
  session_aal2_required: 'unknown',
  identity_disabled: 'unknown',
  self_service_flow_expired: 'unknown',
  security_csrf_violation: 'unknown',
};

/** The UI messages of a flow (top level and per node), a list of messages, or one message. */
function messages(input: unknown): unknown[] {
  if (Array.isArray(input)) return items(input);
  const ui = prop(input, 'ui');
  if (ui !== undefined)
    return [...items(prop(ui, 'messages')), ...items(prop(ui, 'nodes')).flatMap((node) => items(prop(node, 'messages')))];
  return prop(input, 'id') !== undefined || prop(input, 'text') !== undefined ? [input] : [];
}

function fromMessages(list: unknown[]): LoginErrorCode | undefined {
  const found = new Set<LoginErrorCode>();
  for (const message of list) {
    // uiText.type: "info" | "error" | "success"; only errors describe the failure.
    const type = text(prop(message, 'type'));
    const id = integer(prop(message, 'id'));
    if ((type === undefined || type === 'error') && id !== undefined && Object.hasOwn(MESSAGE_IDS, id)) found.add(MESSAGE_IDS[id]!);
  }
  // When a flow carries several error messages, the one the user must deal with first wins.
  return mostPressing(found);
}

/**
 * Maps a failed Kratos login to a login error code, from its UI message ids (never its English
 * texts). Kratos has no account lockout of its own; an HTTP 429 (a rate limit in front of it) is
 * `locked`, with `retryAt` from a `Retry-After` header when there is one. Never throws.
 *
 * @example frontend.updateLoginFlow({ flow, updateLoginFlowBody }).catch((e) => help.setAttribute('error', fromKratos(e).error))
 */
export function fromKratos(input: unknown, options?: AdapterOptions): LoginFailure {
  return safely(() => {
    // The SDK (axios) rejects with the response inside: the flow or `{ error: {…} }` is in `response.data`.
    const data = path(input, 'response', 'data');
    const body = data !== undefined ? data : input;
    let error: LoginErrorCode | undefined;
    if (typeof body === 'number') error = Object.hasOwn(MESSAGE_IDS, body) ? MESSAGE_IDS[body] : undefined;
    else if (typeof body === 'string') error = Object.hasOwn(ERROR_IDS, body) ? ERROR_IDS[body] : undefined;
    else {
      error = fromMessages(messages(body));
      const errorId = text(path(body, 'error', 'id')) ?? text(prop(body, 'id'));
      if (error === undefined && errorId !== undefined && Object.hasOwn(ERROR_IDS, errorId)) error = ERROR_IDS[errorId];
    }
    const status = statusOf(input, options, [['response', 'status'], ['response', 'data', 'error', 'code'], ['error', 'code'], ['status']]);
    if (error === undefined && status === 429) error = 'locked';
    if (error === undefined && status !== undefined && status >= 500) error = 'system-error';
    if (error !== 'locked') return failure(error ?? 'unknown');
    const retryAfter = findHeader(input, options, [['response', 'headers']], 'retry-after');
    return failure('locked', retryAfterIso(retryAfter, nowOf(options)));
  });
}
