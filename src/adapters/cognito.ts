/**
 * Amazon Cognito user pools: Amplify v6's `AuthError` (`name: 'NotAuthorizedException'`), an AWS
 * SDK v3 exception (`name`, `$metadata.httpStatusCode`), amazon-cognito-identity-js's error
 * (`code`), the raw JSON body (`{ __type: 'NotAuthorizedException', message }`), or a bare name.
 *
 * Caveats: Cognito answers a wrong password, an unknown user (with "prevent user existence errors",
 * the default) and a disabled user with the same `NotAuthorizedException`; only its message tells
 * "Password attempts exceeded" (the temporary lockout after five failures, doubling up to about 15
 * minutes, its end not given) and "User is disabled." apart. Those messages are matched exactly;
 * any other `NotAuthorizedException` is `invalid-credentials`.
 *
 * Sources: aws-amplify/amplify-js packages/auth/src/providers/cognito/types/errors.ts
 * (InitiateAuthException, RespondToAuthChallengeException), packages/core/src/clients/serde/json.ts
 * (`parseJsonError`: name from `x-amzn-errortype` / `code` / `__type`), packages/core/src/types/errors.ts
 * (NetworkError); https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html ;
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow.html
 * (lockout); amplify-js#1234 and amazon-cognito-identity-js#479 ("Password attempts exceeded"), amplify-js#5503
 * ("User is disabled.").
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';
import { failure, path, prop, safely, statusOf, text } from './read.js';

const NAMES: Record<string, LoginErrorCode> = {
  // InitiateAuthException.NotAuthorizedException "Incorrect username or password." (messages: see below)
  NotAuthorizedException: 'invalid-credentials',
  // InitiateAuthException.UserNotFoundException (pools without user-existence protection): same answer as a wrong password
  UserNotFoundException: 'invalid-credentials',
  // RespondToAuthChallengeException.CodeMismatchException / ExpiredCodeException: the SMS, e-mail or TOTP code
  CodeMismatchException: 'code-invalid',
  ExpiredCodeException: 'code-invalid',
  // TooManyFailedAttemptsException ("the user has made too many failed attempts for a given action, such as
  // sign-in"), TooManyRequestsException (request rate), LimitExceededException ("Attempt limit exceeded, please
  // try after some time.", aws-sdk-android#627): the user must wait, Cognito says not how long
  TooManyFailedAttemptsException: 'locked',
  TooManyRequestsException: 'locked',
  LimitExceededException: 'locked',
  // InitiateAuthException.InternalErrorException; InvalidLambdaResponseException / UnexpectedLambdaException (the
  // pool's own Lambda triggers failed); InvalidUserPoolConfigurationException, ResourceNotFoundException,
  // InvalidSmsRoleAccessPolicyException, InvalidSmsRoleTrustRelationshipException (set-up);
  // AmplifyErrorCode.NetworkError
  InternalErrorException: 'system-error',
  InvalidLambdaResponseException: 'system-error',
  UnexpectedLambdaException: 'system-error',
  InvalidUserPoolConfigurationException: 'system-error',
  ResourceNotFoundException: 'system-error',
  InvalidSmsRoleAccessPolicyException: 'system-error',
  InvalidSmsRoleTrustRelationshipException: 'system-error',
  NetworkError: 'system-error',
  // PasswordResetRequiredException, UserNotConfirmedException, UserLambdaValidationException (the pool's
  // pre-authentication Lambda refused), MFAMethodNotFoundException: no step of the flow fits → the general guide
  PasswordResetRequiredException: 'unknown',
  UserNotConfirmedException: 'unknown',
  UserLambdaValidationException: 'unknown',
  MFAMethodNotFoundException: 'unknown',
};

/** NotAuthorizedException messages that say more than "wrong credentials" (matched without case or final dot). */
const NOT_AUTHORIZED_MESSAGES: Record<string, LoginErrorCode> = {
  'password attempts exceeded': 'locked',
  'user is disabled': 'unknown',
};

/** The exception name, cleaned as Amplify's parseJsonError does ("aws.cognito#NotAuthorizedException:…"). */
function exceptionName(input: unknown): string | undefined {
  const raws = typeof input === 'string' ? [input] : [text(prop(input, 'name')), text(prop(input, '__type')), text(prop(input, 'code'))];
  const names = raws.flatMap((raw) => {
    if (raw === undefined) return [];
    const clean = raw.split(/[,:]+/)[0]!;
    return [clean.includes('#') ? clean.split('#')[1]! : clean];
  });
  // An `Error` named "Error" may still carry the exception in `code` (amazon-cognito-identity-js).
  return names.find((name) => Object.hasOwn(NAMES, name)) ?? names[0];
}

function map(input: unknown, options: AdapterOptions | undefined, depth: number): LoginErrorCode | undefined {
  const name = exceptionName(input);
  let error: LoginErrorCode | undefined = name !== undefined && Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
  if (name === 'NotAuthorizedException') {
    const message = (text(prop(input, 'message')) ?? text(prop(input, 'Message')) ?? '').trim().replace(/\.$/, '').toLowerCase();
    if (Object.hasOwn(NOT_AUTHORIZED_MESSAGES, message)) error = NOT_AUTHORIZED_MESSAGES[message];
  }
  const status = statusOf(input, depth === 0 ? options : undefined, [
    ['$metadata', 'httpStatusCode'],
    ['metadata', 'httpStatusCode'],
    ['statusCode'],
  ]);
  if (error === undefined && status !== undefined && status >= 500) error = 'system-error';
  // Amplify's AuthError keeps a wrapped error in `underlyingError`: look one level in.
  if (error === undefined && depth < 2) error = map(path(input, 'underlyingError'), options, depth + 1);
  return error;
}

/**
 * Maps a failed Cognito sign-in (`signIn`, `confirmSignIn`, `InitiateAuth`,
 * `RespondToAuthChallenge`) to a login error code. "Password attempts exceeded" is `locked`
 * without `retryAt` (Cognito does not say when it ends). Never throws.
 *
 * @example try { await signIn({ username, password }); } catch (e) { help.setAttribute('error', fromCognito(e).error); }
 */
export function fromCognito(input: unknown, options?: AdapterOptions): LoginFailure {
  return safely(() => failure(map(input, options, 0) ?? 'unknown'));
}
