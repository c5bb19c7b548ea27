/**
 * `login-help-elements/server`: a framework-neutral endpoint for `<recovery-request-form>`
 * (Fetch API `Request` → `Response`), its idempotency and rate-limit stores, and the payload
 * schema and validation the browser uses. Pure and Node-safe: no DOM; never imported by an element.
 */
export { createRequestHandler, DEFAULT_MAX_BYTES, acceptedLanguage } from './handler.js';
export type {
  RequestHandler,
  RequestHandlerOptions,
  RequestReceipt,
  RequestContext,
  RequestInfo,
  HandlerErrorCode,
  ProblemRule,
} from './handler.js';
export type { IdempotencyOptions, LegacyIdempotencyStore } from './handler-idempotency.js';
export { toNodeListener } from './node-listener.js';
export { DEFAULT_IDEMPOTENCY_TTL_MS, DEFAULT_IDEMPOTENCY_LOCK_MS } from './idempotency-store.js';
export type { IdempotencyStore, ClaimResult, StoredResponse } from './idempotency-store.js';
export { memoryIdempotencyStore, memoryRateLimitStore } from './memory-store.js';
export type { MemoryIdempotencyStoreOptions, MemoryRateLimitStoreOptions } from './memory-store.js';
export { DEFAULT_RATE_LIMIT_WINDOW_MS, DEFAULT_RATE_LIMIT_PER_IP, DEFAULT_RATE_LIMIT_PER_IDENTITY } from './rate-limit.js';
export type { RateLimitStore, RateLimitOptions } from './rate-limit.js';
export { PROBLEM_TYPE_PREFIX, PROBLEM_STATUS } from './problem.js';
export type { ProblemDetails, ProblemError } from './problem.js';
export { requestPayloadSchema, requestFieldValueSchema, validateRequest } from '../request/validate.js';
export type { RequestPayload, RequestFieldValue, ValidateRequestOptions, ValidateRequestResult } from '../request/validate.js';
export type { RequestError, RequestErrorCode } from '../request/messages.js';
export { DEFAULT_REQUEST_TEMPLATES, findRequestTemplate, siteRequestTemplates } from '../request/templates.js';
export type { RequestTemplate, RequestField } from '../flow/request-template-schema.js';
