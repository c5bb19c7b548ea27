/**
 * The fixed vocabularies of a flow definition. No zod here: the element imports these without
 * loading the validator.
 */

/** The version of the definition format this library writes and reads natively. */
export const FLOW_VERSION = 1;

/** Login error codes a host page may pass as `error="…"`. */
export const LOGIN_ERROR_CODES = [
  'invalid-credentials',
  'system-error',
  'captcha-required',
  'locked',
  'code-invalid',
  'code-locked',
  'unknown',
] as const;
export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[number];

/** Request templates a `request` step may name (built in; a flow may add its own later). */
export const REQUEST_TEMPLATES = ['password-reissue', 'login-username-reset', 'two-factor-disable', 'username-lookup', 'contact'] as const;
export type RequestTemplateId = (typeof REQUEST_TEMPLATES)[number];

export const STEP_KINDS = ['info', 'choice', 'checklist', 'request', 'auth-code', 'contact', 'resolved'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Where a path may end; analytics count these. */
export const OUTCOMES = ['resolved', 'request', 'contact'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const AUTH_CODE_METHODS = ['totp', 'grid', 'backup', 'all'] as const;
