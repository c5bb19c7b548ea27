/**
 * Sending a request to the site's endpoint: one POST of the JSON payload with its
 * `Idempotency-Key`, a time limit, and every outcome sorted into what the form must say.
 */
import type { RequestPayload } from '../../request/validate.js';
import type { RequestError } from '../../request/messages.js';
import type { RequestFailureReason } from '../shared/events.js';

/** A send that failed for `Reason` (one of {@link RequestFailureReason}), with what that reason carries. */
type Failed<Reason extends RequestFailureReason, Carries = unknown> = { ok: false; reason: Reason } & Carries;

/** How a send failed: one member per reason that carries more than itself, the others together. */
export type SendFailure =
  /** The server refused the request's content (400/422): show `errors` on the fields. */
  | Failed<'invalid', { status: number; errors: RequestError[] }>
  /** Too many requests (429): try again after `retryAfterSeconds` if given. */
  | Failed<'rate-limited', { status: number; retryAfterSeconds?: number }>
  /** Another 4xx: the request will not succeed as it is. */
  | Failed<'rejected', { status: number }>
  /** A 5xx or an unreadable answer: retrying (with the same key) may succeed. */
  | Failed<'server', { status: number }>
  /** No answer in time, offline, or the network: no status. */
  | Failed<Exclude<RequestFailureReason, 'invalid' | 'rate-limited' | 'rejected' | 'server'>>;

/** How a send ended. */
export type SendResult = { ok: true; status: number; reference: string } | SendFailure;

export interface SendOptions {
  timeoutMs: number;
  fetch?: typeof globalThis.fetch;
  /** Whether the browser thinks it is online (default `navigator.onLine`). */
  online?: () => boolean;
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : undefined;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The most a 409 (the first post of this key still being handled) makes the form wait before it asks again. */
const MAX_IN_FLIGHT_WAIT_MS = 5000;

/**
 * POSTs `payload` to `action` as JSON with its idempotency key; never throws. While the server is
 * still handling an earlier post of the same key (409), waits its `Retry-After` and asks again,
 * within the same time limit: the answer is that first post's.
 */
export async function sendRequest(action: string, payload: RequestPayload, options: SendOptions): Promise<SendResult> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return { ok: false, reason: 'timeout' };
    const result = await postOnce(action, payload, options, left);
    if (!('inFlight' in result)) return result;
    const wait = Math.min(result.inFlight * 1000, MAX_IN_FLIGHT_WAIT_MS, deadline - Date.now());
    if (wait <= 0) return { ok: false, reason: 'timeout' };
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** One POST: its outcome, or how long to wait when an earlier post of the key is still in flight. */
async function postOnce(
  action: string,
  payload: RequestPayload,
  options: SendOptions,
  timeoutMs: number,
): Promise<SendResult | { inFlight: number }> {
  const online = options.online ?? (() => navigator.onLine);
  if (!online()) return { ok: false, reason: 'offline' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': payload.idempotencyKey },
      body: JSON.stringify(payload),
      signal: controller.signal,
      credentials: 'same-origin',
    });
  } catch {
    clearTimeout(timer);
    if (controller.signal.aborted) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: online() ? 'network' : 'offline' };
  }
  try {
    const body = (await readJson(response)) as { reference?: unknown; errors?: unknown } | undefined;
    if (controller.signal.aborted) return { ok: false, reason: 'timeout' };
    const { status } = response;
    if (response.ok) {
      const reference = typeof body?.reference === 'string' || typeof body?.reference === 'number' ? String(body.reference) : '';
      return reference ? { ok: true, status, reference } : { ok: false, reason: 'server', status };
    }
    if ((status === 400 || status === 422) && Array.isArray(body?.errors)) {
      const errors = (body.errors as unknown[]).filter(
        (error): error is RequestError =>
          typeof error === 'object' &&
          error !== null &&
          typeof (error as RequestError).field === 'string' &&
          typeof (error as RequestError).message === 'string',
      );
      return { ok: false, reason: 'invalid', status, errors };
    }
    if (status === 409) return { inFlight: retryAfter(response.headers.get('Retry-After')) ?? 1 };
    if (status === 429) {
      const seconds = retryAfter(response.headers.get('Retry-After'));
      return { ok: false, reason: 'rate-limited', status, ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}) };
    }
    if (status >= 400 && status < 500) return { ok: false, reason: 'rejected', status };
    return { ok: false, reason: 'server', status };
  } finally {
    clearTimeout(timer);
  }
}
