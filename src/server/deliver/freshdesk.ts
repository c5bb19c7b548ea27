/**
 * Delivery as a Freshdesk ticket.
 *
 * Create a Ticket, `POST /api/v2/tickets` with `subject`, `description` (HTML), a requester
 * (`email`, with `name`), `status` (2 = Open) and `priority` (1 = Low); answers 201 with the
 * ticket, `{ id, … }`. Basic auth with the API key as user name and any password (`X`):
 * https://developers.freshdesk.com/api/#create_ticket
 * https://developers.freshdesk.com/api/#authentication
 * Freshdesk takes no idempotency key: a retry after a lost answer can open a second ticket.
 */
import {
  apiBase,
  basicAuth,
  deliveryTemplates,
  deliveryText,
  DeliveryError,
  isRecord,
  oneLine,
  postJson,
  referenceText,
  requireText,
  subdomainUrl,
  textToHtml,
  timeoutOf,
  truncate,
  type DeliveryHandler,
  type HttpDeliveryOptions,
} from './common.js';

export interface FreshdeskDeliveryOptions extends HttpDeliveryOptions {
  /** The helpdesk's subdomain: `example` for `https://example.freshdesk.com` (not needed with `baseUrl`). */
  domain?: string;
  /** An API key (Profile settings › View API key). */
  apiKey: string;
}

/** Freshdesk's longest subject. */
const SUBJECT_MAX = 255;

/**
 * An `onRequest` that opens a Freshdesk ticket per request: the request's subject, its
 * plain-text body in its language as the description (HTML: every character of the text
 * escaped, line breaks as `<br>`, indentation kept), the person's e-mail address and name as
 * requester, status Open and priority Low. Resolves `{ reference }`, the ticket id; a status
 * outside 2xx throws a `DeliveryError`.
 */
export function freshdeskDelivery(options: FreshdeskDeliveryOptions): DeliveryHandler {
  const apiKey = requireText('freshdesk', 'apiKey', options.apiKey);
  const url = `${apiBase('freshdesk', options.baseUrl, () => subdomainUrl('freshdesk', 'domain', options.domain, 'freshdesk.com'))}/api/v2/tickets`;
  const authorization = basicAuth(apiKey, 'X');
  const fetch = options.fetch ?? globalThis.fetch;
  const templates = deliveryTemplates(options);
  const timeoutMs = timeoutOf('freshdesk', options.timeoutMs);

  return async (payload, context = {}) => {
    const answer = await postJson({
      destination: 'freshdesk',
      fetch,
      url,
      authorization,
      body: {
        subject: truncate(oneLine(payload.subject), SUBJECT_MAX),
        description: textToHtml(deliveryText(payload, templates, context)),
        email: payload.email.trim(),
        name: oneLine(payload.name),
        status: 2,
        priority: 1,
      },
      timeoutMs,
      signal: context.signal,
    });
    const reference = isRecord(answer) ? referenceText(answer['id']) : undefined;
    if (reference === undefined) throw new DeliveryError('freshdesk', 'the answer has no ticket id');
    return { reference };
  };
}
