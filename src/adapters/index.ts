/**
 * `login-help-elements/adapters`: turn what an identity provider returns on a failed login into
 * the `error` / `retry-at` attributes of `<login-help-flow>`. Pure and Node-safe: no DOM, no
 * dependencies. Every adapter takes anything (`unknown`), never throws, and answers
 * `{ error: 'unknown' }` for input it does not recognise.
 *
 * Every mapping row in the provider modules cites the provider's own documentation or source.
 * Where a provider does not tell a lockout from a wrong password, the adapter says
 * `invalid-credentials` rather than guessing (the flow's invalid-credentials step mentions a
 * temporary lock): see each module's JSDoc and docs/adapters.md.
 */
import type { LoginErrorCode } from '../flow/constants.js';

/** What an adapter returns: the login error code for `error="…"`, and the lock's end if known. */
export interface LoginFailure {
  /** One of the login error codes `<login-help-flow>` accepts as `error="…"`. */
  error: LoginErrorCode;
  /** ISO 8601 time the lock ends, for `retry-at="…"`; only when the provider says when. */
  retryAt?: string;
}

/** Response headers as a site may hold them: a fetch `Headers`, a plain object, pairs or a `Map`. */
export type HeadersLike =
  { get(name: string): string | null } | Record<string, string | string[] | number | undefined> | ReadonlyArray<readonly [string, string]>;

/** Optional context an adapter cannot read from the error object itself. */
export interface AdapterOptions {
  /** "Now" for relative times such as `Retry-After: 120` (a Date or epoch ms; default: the clock). */
  now?: Date | number;
  /** The failed response's headers, when the site has them (`Retry-After`, rate-limit resets). */
  headers?: HeadersLike;
  /** The failed response's HTTP status, when the error object does not carry it. */
  status?: number;
  /**
   * Which call failed: the one that sent the username and password (`'credentials'`, the
   * default) or the one that sent a one-time code (`'code'`). Keycloak's direct grant and
   * Auth0's `mfa-otp` grant answer a wrong code with their generic credentials error; only the
   * site knows which call it made.
   */
  step?: 'credentials' | 'code';
}

export { fromKeycloak } from './keycloak.js';
export { fromAuth0 } from './auth0.js';
export { fromOkta } from './okta.js';
export { fromFirebase } from './firebase.js';
export { fromCognito } from './cognito.js';
export { fromEntra } from './entra.js';
export { fromSupabase } from './supabase.js';
export { fromKratos } from './kratos.js';
