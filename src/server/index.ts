/**
 * `login-help-elements/server`: a framework-neutral endpoint for `<recovery-request-form>`
 * (Fetch API `Request` → `Response`), its idempotency store, and the payload schema and
 * validation the browser uses. Pure and Node-safe: no DOM; never imported by an element.
 */
export { createRequestHandler, DEFAULT_MAX_BYTES } from './handler.js';
export type { RequestHandlerOptions, RequestReceipt } from './handler.js';
export { toNodeListener } from './node-listener.js';
export { memoryIdempotencyStore, DEFAULT_IDEMPOTENCY_TTL_MS } from './idempotency.js';
export type { IdempotencyStore, StoredResponse, MemoryIdempotencyStoreOptions } from './idempotency.js';
export { requestPayloadSchema, requestFieldValueSchema, validateRequest } from '../request/validate.js';
export type { RequestPayload, RequestFieldValue, ValidateRequestOptions, ValidateRequestResult } from '../request/validate.js';
export type { RequestError, RequestErrorCode } from '../request/messages.js';
export { DEFAULT_REQUEST_TEMPLATES, findRequestTemplate, siteRequestTemplates } from '../request/templates.js';
export type { RequestTemplate, RequestField } from '../request/template-schema.js';
