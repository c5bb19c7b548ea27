/**
 * The pure half of `<recovery-request-form>`: request templates, the JSON payload, its
 * validation, the plain-text body and the mailto URL. Node-safe: no DOM.
 *
 * Only `validate.ts` and `template-schema.ts` load zod; templates, payload, body and mailto
 * don't, so a page that only shows a request pays for the validator when it validates.
 */

/** The five built-in templates and their lookup by id. */
export { DEFAULT_REQUEST_TEMPLATES, LOGIN_INQUIRY_TYPE, findRequestTemplate, siteRequestTemplates } from './templates.js';

/** The zod/mini schemas of a template (a flow definition may carry its own `templates`). */
export {
  requestTemplateSchema,
  requestTemplatesSchema,
  requestFieldSchema,
  requestFieldIdSchema,
  requiresOneOfSchema,
} from '../flow/request-template-schema.js';
export type { RequestTemplate, RequestField } from '../flow/request-template-schema.js';

/** Field kinds, the built-in field ids and the rules values follow. */
export {
  REQUEST_FIELD_KINDS,
  REQUEST_FIELD_IDS,
  FIELD_MAX_LENGTH,
  NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_LABEL_PATTERN,
  isPlainEmailAddress,
  looksLikePassword,
  checkRememberedDate,
  listItems,
} from './rules.js';
export type { RequestFieldKind, RequestFieldId, DateCheck } from './rules.js';

/** Building the payload `{ template, inquiryType, subject, locale, idempotencyKey, name, email, fields }`. */
export { requestPayload, newIdempotencyKey } from './payload.js';
export type { RequestPayloadInput } from './payload.js';

/** The zod/mini schema of a payload and `validateRequest` (the same check the server runs). */
export { requestPayloadSchema, requestFieldValueSchema, validateRequest, IDEMPOTENCY_KEY_PATTERN } from './validate.js';
export type { RequestPayload, RequestFieldValue, ValidateRequestOptions, ValidateRequestResult } from './validate.js';
export { messageLanguage } from './messages.js';
export type { RequestError, RequestErrorCode, RequestMessageLanguage } from './messages.js';

/** Text to paste into a site's contact form, and a mailto URL that carries it. */
export { requestBody } from './body.js';
export { requestMailto } from './mailto.js';
