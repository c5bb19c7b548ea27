/**
 * What the four deliveries share: the `onRequest` shape they return, the text of a request
 * (the library's own plain-text body, in the request's language), the error that carries a
 * destination's status, and one `fetch` call with basic auth, a timeout and no personal data
 * in any error. Runs wherever the handler runs (Node 20+, Deno, Bun, Workers): Web APIs only.
 */
import { requestBody } from '../../request/body.js';
import type { RequestTemplate } from '../../flow/request-template-schema.js';
import { DEFAULT_REQUEST_TEMPLATES } from '../../request/templates.js';
import type { RequestPayload } from '../../request/validate.js';
import type { RequestReceipt } from '../handler.js';
import { staffNote } from './staff-note.js';

/**
 * What the handler may pass beside the payload. Every field is optional: a delivery works with
 * the payload alone (its `idempotencyKey` is the request's `Idempotency-Key`, which the handler
 * has checked against the header).
 */
export interface DeliveryContext {
  /** The request's `Idempotency-Key` (default: `payload.idempotencyKey`). */
  idempotencyKey?: string;
  /**
   * With the handler's `rateLimit`: the recent requests for the payload's identity, this one
   * included. From 2 on, the delivered text ends with a note for support staff (`staff-note.ts`).
   */
  recentRequests?: number;
  /** Aborts the delivery (the handler's own deadline); the delivery's `timeoutMs` applies as well. */
  signal?: AbortSignal;
}

/** What each delivery returns: an `onRequest` for `createRequestHandler`. */
export type DeliveryHandler = (payload: RequestPayload, context?: DeliveryContext) => Promise<RequestReceipt>;

/** Options every delivery takes. */
export interface DeliveryOptions {
  /**
   * The templates whose labels the body uses: those the handler checks payloads against. Default:
   * the built-in ones. A handler given a site profile (`site`) checks against
   * `siteRequestTemplates(site)` (of `./server`): pass that here too, for the site's own labels.
   */
  templates?: readonly RequestTemplate[];
  /** Gives up on the destination after this many milliseconds (then throws: the client retries); default 30 000. */
  timeoutMs?: number;
}

/** Options of the deliveries that call an HTTP API. */
export interface HttpDeliveryOptions extends DeliveryOptions {
  /** The `fetch` to call the API with; default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Where the API lives instead of its cloud address (a proxy, a test server): `http://127.0.0.1:8080`. */
  baseUrl?: string;
}

/** The default `timeoutMs`: 30 seconds. */
export const DEFAULT_DELIVERY_TIMEOUT_MS = 30_000;

export type DeliveryDestination = 'email' | 'zendesk' | 'freshdesk' | 'jira-service';

/**
 * A delivery that did not happen (or may not have): the destination answered outside 2xx
 * (`status` is its HTTP status, or an SMTP reply code for e-mail), could not be reached
 * (`status` undefined), or answered in a shape other than documented. Its message names the
 * destination and the status only: no address, name, subject or body, so it can be logged.
 * Thrown from `onRequest`, it makes the handler answer 5xx and leave the key free for a retry.
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  readonly destination: DeliveryDestination;
  readonly status: number | undefined;
  constructor(destination: DeliveryDestination, message: string, status?: number, options?: { cause?: unknown }) {
    super(`${destination}: ${message}${status === undefined ? '' : ` (status ${status})`}`, options);
    this.destination = destination;
    this.status = status;
  }
}

/** The templates a delivery labels fields with (resolved once, when the delivery is made). */
export function deliveryTemplates(options: DeliveryOptions): readonly RequestTemplate[] {
  return options.templates ?? DEFAULT_REQUEST_TEMPLATES;
}

/**
 * The plain-text body of a request in its language (`requestBody` of `./request`), then, after a
 * blank line, the note for support staff when `context` calls for one. A payload whose template
 * is not among `templates` (the delivery was given other templates than the handler) still
 * delivers every answer, labelled by field id: a request is never dropped.
 */
export function deliveryText(payload: RequestPayload, templates: readonly RequestTemplate[], context?: DeliveryContext): string {
  const template =
    templates.find((candidate) => candidate.id === payload.template) ??
    ({
      id: payload.template,
      inquiryType: payload.inquiryType,
      subject: payload.subject,
      fields: Object.keys(payload.fields).map((id) => ({ id, kind: 'text', label: id, required: false, allowUnknown: true })),
    } as unknown as RequestTemplate);
  const note = staffNote(payload.locale, context?.recentRequests);
  return requestBody(payload, template) + (note === undefined ? '' : `\n\n${note}`);
}

/** The request's idempotency key: the context's, else the payload's. */
export function idempotencyKeyOf(payload: RequestPayload, context: DeliveryContext | undefined): string {
  return context?.idempotencyKey ?? payload.idempotencyKey;
}

/** One line for a header or a one-line field: line breaks and other control characters become spaces. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/** At most `max` characters (code points, never half a surrogate pair). */
export function truncate(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/** Text as HTML text: `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Plain text as an HTML fragment that shows the same: escaped, each line break a `<br>`, and
 * the spaces that indent a line (the body indents multi-line answers) kept as `&nbsp;`.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)![0].length;
      return '&nbsp;'.repeat(indent) + escapeHtml(line.slice(indent));
    })
    .join('<br>');
}

/** An `Authorization: Basic` value for `user:password`, UTF-8 encoded. */
export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** `https://{label}.{domain}` for a subdomain label, refusing anything but a DNS label. */
export function subdomainUrl(destination: DeliveryDestination, option: string, label: unknown, domain: string): string {
  if (typeof label !== 'string' || !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label)) {
    throw new TypeError(
      `${destination}: \`${option}\` must be the account's subdomain (the first label of its address), or pass \`baseUrl\``,
    );
  }
  return `https://${label}.${domain}`;
}

/** The API's base URL without a trailing slash: `baseUrl` when given (http or https only). */
export function apiBase(destination: DeliveryDestination, baseUrl: string | undefined, otherwise: () => string): string {
  if (baseUrl === undefined) return otherwise();
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`${destination}: \`baseUrl\` must be an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TypeError(`${destination}: \`baseUrl\` must be an http or https URL`);
  return url.href.replace(/\/+$/, '');
}

/** Throws a `TypeError` naming the option unless `value` is a non-empty string. */
export function requireText(destination: DeliveryDestination, option: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${destination}: \`${option}\` is required`);
  return value;
}

export function timeoutOf(destination: DeliveryDestination, timeoutMs: number | undefined): number {
  const value = timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`${destination}: \`timeoutMs\` must be a positive number of milliseconds`);
  return value;
}

/** Aborts on the context's signal or after `timeoutMs`, whichever comes first. */
export function deadline(timeoutMs: number, signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  if (!signal) return timeout;
  const controller = new AbortController();
  const abort = (source: AbortSignal) => controller.abort(source.reason);
  for (const source of [signal, timeout]) {
    if (source.aborted) abort(source);
    else source.addEventListener('abort', () => abort(source), { once: true });
  }
  return controller.signal;
}

interface PostJsonOptions {
  destination: DeliveryDestination;
  fetch: typeof globalThis.fetch;
  url: string;
  authorization: string;
  body: unknown;
  headers?: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

/**
 * POSTs `body` as JSON and returns the parsed answer of a 2xx response. Anything else throws a
 * `DeliveryError`: a status outside 2xx (the response body is discarded unread: it may echo
 * the person's data), a network failure or timeout, a body that is not JSON.
 */
export async function postJson(options: PostJsonOptions): Promise<unknown> {
  const { destination } = options;
  let response: Response;
  try {
    response = await options.fetch(options.url, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json; charset=utf-8',
        authorization: options.authorization,
        ...options.headers,
      },
      body: JSON.stringify(options.body),
      redirect: 'error',
      signal: deadline(options.timeoutMs, options.signal),
    });
  } catch (error) {
    throw new DeliveryError(destination, 'the API could not be reached', undefined, { cause: error });
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel().catch(() => undefined);
    throw new DeliveryError(destination, 'the API refused the request', response.status);
  }
  try {
    return await response.json();
  } catch (error) {
    throw new DeliveryError(destination, 'the API answered with something other than JSON', response.status, { cause: error });
  }
}

/** A reference taken from an answer: a non-empty string, or a number as its decimal text. */
export function referenceText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
