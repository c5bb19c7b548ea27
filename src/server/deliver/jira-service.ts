/**
 * Delivery as a Jira Service Management customer request.
 *
 * Create customer request, `POST /rest/servicedeskapi/request` with `{ serviceDeskId,
 * requestTypeId, requestFieldValues: { summary, description }, raiseOnBehalfOf? }`; answers 201
 * with the request, `{ issueId, issueKey, … }`:
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-post
 * Basic auth with an Atlassian account's e-mail address and API token:
 * https://developer.atlassian.com/cloud/jira/service-desk/basic-auth-for-rest-apis/
 * Jira takes no idempotency key: a retry after a lost answer can open a second request.
 */
import type { RequestPayload } from '../../request/validate.js';
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
  timeoutOf,
  truncate,
  type DeliveryContext,
  type DeliveryHandler,
  type HttpDeliveryOptions,
} from './common.js';

export interface JiraServiceDeliveryOptions extends HttpDeliveryOptions {
  /** The site's host: `example.atlassian.net` (not needed with `baseUrl`). */
  site?: string;
  /** The e-mail address of the Atlassian account (an agent of the service desk) the token belongs to. */
  email: string;
  /** An API token of that account (id.atlassian.com › Security › API tokens). */
  token: string;
  /** The service desk's id (`/rest/servicedeskapi/servicedesk` lists them). */
  serviceDeskId: string;
  /** The request type's id (`/rest/servicedeskapi/servicedesk/{id}/requesttype`); it must take summary and description. */
  requestTypeId: string;
  /**
   * The customer the request is raised for: their Atlassian account id (Jira takes no e-mail
   * address here). Default: none, the request is the token's account's, and the person's
   * address is in the description.
   */
  raiseOnBehalfOf?: (payload: RequestPayload, context: DeliveryContext) => string | undefined | Promise<string | undefined>;
}

/** Jira's longest summary. */
const SUMMARY_MAX = 255;

/** A DNS host name (and port), nothing that could change the URL's path. */
const HOST = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?$/i;

/**
 * The text as a Jira wiki-markup description that shows it as is: one `{noformat}` block (no
 * markup, links or images inside, line breaks and indentation kept). A `{noformat}` in the text
 * would close the block early: its brace is made a full-width one.
 */
export function jiraPlainText(text: string): string {
  return `{noformat}\n${text.replace(/\{(noformat)\}/gi, '｛$1}')}\n{noformat}`;
}

/**
 * An `onRequest` that raises a customer request per support request: the request's subject as
 * summary, its plain-text body in its language as description (in a `{noformat}` block: the
 * person's text never becomes markup, links or images), raised on behalf of
 * `raiseOnBehalfOf(payload)` when given. Resolves `{ reference }`, the issue key (`SUP-123`); a
 * status outside 2xx throws a `DeliveryError`.
 */
export function jiraServiceDelivery(options: JiraServiceDeliveryOptions): DeliveryHandler {
  const email = requireText('jira-service', 'email', options.email);
  const token = requireText('jira-service', 'token', options.token);
  const serviceDeskId = requireText('jira-service', 'serviceDeskId', String(options.serviceDeskId ?? ''));
  const requestTypeId = requireText('jira-service', 'requestTypeId', String(options.requestTypeId ?? ''));
  const base = apiBase('jira-service', options.baseUrl, () => {
    const site = options.site?.replace(/^https:\/\//i, '').replace(/\/+$/, '');
    if (!site || !HOST.test(site))
      throw new TypeError("jira-service: `site` must be the site's host (example.atlassian.net), or pass `baseUrl`");
    return `https://${site}`;
  });
  const url = `${base}/rest/servicedeskapi/request`;
  const authorization = basicAuth(email, token);
  const fetch = options.fetch ?? globalThis.fetch;
  const templates = deliveryTemplates(options);
  const timeoutMs = timeoutOf('jira-service', options.timeoutMs);

  return async (payload, context = {}) => {
    const onBehalfOf = options.raiseOnBehalfOf ? await options.raiseOnBehalfOf(payload, context) : undefined;
    const answer = await postJson({
      destination: 'jira-service',
      fetch,
      url,
      authorization,
      body: {
        serviceDeskId,
        requestTypeId,
        requestFieldValues: {
          summary: truncate(oneLine(payload.subject), SUMMARY_MAX),
          description: jiraPlainText(deliveryText(payload, templates, context)),
        },
        ...(onBehalfOf ? { raiseOnBehalfOf: onBehalfOf } : {}),
      },
      timeoutMs,
      signal: context.signal,
    });
    const reference = isRecord(answer) ? referenceText(answer['issueKey']) : undefined;
    if (reference === undefined) throw new DeliveryError('jira-service', 'the answer has no issue key');
    return { reference };
  };
}
