/**
 * `login-help-elements/server/deliver`: where a support request goes once the handler has
 * checked it. Each function returns an `onRequest` for `createRequestHandler` that delivers
 * the request and resolves `{ reference }`, or throws a `DeliveryError` (the handler answers
 * 5xx and the client's retry with the same key delivers again). Nothing here logs.
 *
 *   createRequestHandler({ onRequest: emailDelivery({ transport, to, from }) })
 */
export { emailDelivery } from './email.js';
export type { EmailDeliveryOptions, MailTransport } from './email.js';
export { zendeskDelivery } from './zendesk.js';
export type { ZendeskDeliveryOptions } from './zendesk.js';
export { freshdeskDelivery } from './freshdesk.js';
export type { FreshdeskDeliveryOptions } from './freshdesk.js';
export { jiraServiceDelivery } from './jira-service.js';
export type { JiraServiceDeliveryOptions } from './jira-service.js';
export { DeliveryError, DEFAULT_DELIVERY_TIMEOUT_MS } from './common.js';
export type { DeliveryContext, DeliveryDestination, DeliveryHandler, DeliveryOptions, HttpDeliveryOptions } from './common.js';
export { referenceForKey } from './reference.js';
export { STAFF_NOTE_WORDS } from './staff-note.js';
export type { StaffNoteWords } from './staff-note.js';
