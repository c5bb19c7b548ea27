/**
 * Every error of the request handler as `application/problem+json` (RFC 9457): `type`, `title`,
 * `status`, `detail`, and the extension `errors: [{ path, message, rule }]`, in the request's
 * language. Each error also carries `field` and `code` (the same values as `path` and `rule`),
 * the names of earlier versions, which `<recovery-request-form>` reads.
 */
import { pick, type Language } from '../localize/languages.js';
import type { RequestError } from '../request/messages.js';
import { HANDLER_MESSAGES, type ProblemRule } from './handler-messages.js';

/** One problem of a request. */
export interface ProblemError {
  /**
   * Where: a path into the JSON body (`email`, `fields.usageDates`, `idempotencyKey` for the
   * key, header or body), `''` for the request as a whole.
   */
  path: string;
  /** What is wrong and how to fix it, in the request's language. */
  message: string;
  /** Which rule found it: a {@link ProblemRule}, or the validator's code (`required`, `email`, …). */
  rule: string;
  /** The same as `path` (the name of earlier versions). */
  field: string;
  /** The same as `rule` (the name of earlier versions). */
  code: string;
  /** The corrected value, when it can be guessed. */
  suggestion?: string;
}

/** The body of every error response. */
export interface ProblemDetails {
  /** `tag:login-help-elements,2026:<rule>`: one URI per {@link ProblemRule}. */
  type: string;
  /** The short summary of the problem type, in the request's language. */
  title: string;
  status: number;
  /** What happened this time, in the request's language. */
  detail: string;
  errors: ProblemError[];
}

/** The start of every problem `type` URI (a tag URI, RFC 4151: an identifier, not a page to fetch). */
export const PROBLEM_TYPE_PREFIX = 'tag:login-help-elements,2026:';

/** The status each problem type is answered with. */
export const PROBLEM_STATUS: Readonly<Record<ProblemRule, number>> = {
  'method-not-allowed': 405,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'invalid-json': 400,
  'invalid-request': 400,
  'idempotency-key-missing': 400,
  'idempotency-key-invalid': 400,
  'idempotency-key-mismatch': 400,
  'idempotency-key-reused': 422,
  'request-in-progress': 409,
  'too-many-requests': 429,
  internal: 500,
};

/** An error item from a validator error (or one written alike). */
export function problemError(error: RequestError | { field: string; code: string; message: string; suggestion?: string }): ProblemError {
  return {
    path: error.field,
    message: error.message,
    rule: error.code,
    field: error.field,
    code: error.code,
    ...(error.suggestion !== undefined ? { suggestion: error.suggestion } : {}),
  };
}

export interface ProblemOptions {
  /** The detail; default the handler's text for the rule, else the first error's message. */
  detail?: string;
  /** The errors; default one error with the rule and the detail, at `path`. */
  errors?: readonly RequestError[];
  /** Where the default error is; default `''` (the request as a whole). */
  path?: string;
  headers?: Record<string, string>;
}

/** The problem+json response for `rule`, in `lang`. */
export function problemResponse(rule: ProblemRule, lang: Language, options: ProblemOptions = {}): Response {
  const messages = pick(HANDLER_MESSAGES, lang);
  const own = Object.hasOwn(messages, rule) ? (messages as unknown as Record<string, string>)[rule] : undefined;
  const detail = options.detail ?? own ?? options.errors?.[0]?.message ?? messages.titles[rule];
  const errors = options.errors?.length
    ? options.errors.map(problemError)
    : [problemError({ field: options.path ?? '', code: rule, message: detail })];
  const status = PROBLEM_STATUS[rule];
  const body: ProblemDetails = { type: `${PROBLEM_TYPE_PREFIX}${rule}`, title: messages.titles[rule], status, detail, errors };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-language': lang,
      'cache-control': 'no-store',
      ...options.headers,
    },
  });
}
