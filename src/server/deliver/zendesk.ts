/**
 * Delivery as a Zendesk Support ticket.
 *
 * Create Ticket, `POST /api/v2/tickets.json` with `{ ticket: { subject, comment: { body },
 * requester: { name, email } } }`; answers 201 `{ ticket: { id, … } }`:
 * https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket
 * API token authentication, basic auth of `{email_address}/token:{api_token}`:
 * https://developer.zendesk.com/api-reference/introduction/security-and-auth/
 * `Idempotency-Key` on ticket creation (a retry with the key gets the first ticket back):
 * https://developer.zendesk.com/api-reference/ticketing/introduction/#idempotency
 */
import {
  apiBase,
  basicAuth,
  deliveryTemplates,
  deliveryText,
  DeliveryError,
  idempotencyKeyOf,
  isRecord,
  oneLine,
  postJson,
  referenceText,
  requireText,
  subdomainUrl,
  timeoutOf,
  type DeliveryHandler,
  type HttpDeliveryOptions,
} from './common.js';

export interface ZendeskDeliveryOptions extends HttpDeliveryOptions {
  /** The account's subdomain: `example` for `https://example.zendesk.com` (not needed with `baseUrl`). */
  subdomain?: string;
  /** The e-mail address of the agent or admin the API token belongs to. */
  email: string;
  /** An API token (Admin Center › Apps and integrations › APIs › Zendesk API). */
  token: string;
}

/**
 * An `onRequest` that opens a Zendesk ticket per request: the request's subject, its plain-text
 * body in its language as the first comment (`comment.body` is plain text: Zendesk shows it as
 * text, no markup), the person as requester (Zendesk finds or creates the end user by e-mail),
 * and the request's idempotency key as `Idempotency-Key`, so a retry never opens a second
 * ticket. Resolves `{ reference }`, the ticket id; a status outside 2xx throws a `DeliveryError`.
 */
export function zendeskDelivery(options: ZendeskDeliveryOptions): DeliveryHandler {
  const email = requireText('zendesk', 'email', options.email);
  const token = requireText('zendesk', 'token', options.token);
  const url = `${apiBase('zendesk', options.baseUrl, () => subdomainUrl('zendesk', 'subdomain', options.subdomain, 'zendesk.com'))}/api/v2/tickets.json`;
  const authorization = basicAuth(`${email}/token`, token);
  const fetch = options.fetch ?? globalThis.fetch;
  const templates = deliveryTemplates(options);
  const timeoutMs = timeoutOf('zendesk', options.timeoutMs);

  return async (payload, context = {}) => {
    const answer = await postJson({
      destination: 'zendesk',
      fetch,
      url,
      authorization,
      headers: { 'idempotency-key': idempotencyKeyOf(payload, context) },
      body: {
        ticket: {
          subject: oneLine(payload.subject),
          comment: { body: deliveryText(payload, templates, context) },
          requester: { name: oneLine(payload.name), email: payload.email.trim() },
        },
      },
      timeoutMs,
      signal: context.signal,
    });
    const reference = isRecord(answer) && isRecord(answer['ticket']) ? referenceText(answer['ticket']['id']) : undefined;
    if (reference === undefined) throw new DeliveryError('zendesk', 'the answer has no ticket id');
    return { reference };
  };
}
