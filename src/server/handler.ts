/**
 * A framework-neutral endpoint for `<recovery-request-form action="…">`:
 * `(request: Request) => Promise<Response>` on the Fetch API, so that it runs on Node 20+,
 * Deno, Bun, Cloudflare Workers or behind any framework that speaks `Request`/`Response`.
 * Its own messages are in the catalogues beside this module (handler.en.ts, .ja.ts, .zh-Hans.ts).
 */
import { LANGUAGES, pick, resolveLanguage, sameLanguage, type Catalogues, type Language } from '../localize/languages.js';
import en from './handler.en.js';
import ja from './handler.ja.js';
import zhHans from './handler.zh-Hans.js';
import { resolveSiteProfile, type SiteProfile, type SiteProfileInput } from '../flow/site-profile.js';
import { messageLanguage, requestText } from '../request/messages.js';
import type { RequestError } from '../request/messages.js';
import type { RequestTemplate } from '../request/template-schema.js';
import { validateRequest } from '../request/validate.js';
import { siteRequestTemplates } from '../request/templates.js';
import type { RequestPayload } from '../request/validate.js';
import { DEFAULT_IDEMPOTENCY_TTL_MS, memoryIdempotencyStore } from './idempotency.js';
import type { IdempotencyStore, StoredResponse } from './idempotency.js';

/** What `onRequest` returns: the reference the user can quote to support. */
export interface RequestReceipt {
  reference: string;
}

export interface RequestHandlerOptions {
  /**
   * Receives each valid request once per idempotency key (store it, mail it to support…) and
   * returns its reference. A throw answers 500 and is not remembered, so the client's retry
   * with the same key calls it again.
   */
  onRequest(payload: RequestPayload): Promise<RequestReceipt> | RequestReceipt;
  /** Where first responses are kept; default: in memory (one process). */
  idempotency?: IdempotencyStore;
  /** How long a first response is replayed; default 24 hours. */
  idempotencyTtlMs?: number;
  /** The largest body accepted, in bytes; default 64 KiB. */
  maxBytes?: number;
  /**
   * The language of messages when the request names none: neither the payload's `locale` nor
   * the `Accept-Language` header names a language the library speaks (`en`, `ja`, `zh-Hans`;
   * `zh` and `zh-CN` are `zh-Hans`). A BCP 47 tag; default English.
   */
  lang?: string;
  /** The templates a payload may name; default: the built-in ones (of the site `site` describes). */
  templates?: readonly RequestTemplate[];
  /**
   * The site profile the page's elements use (the same object or JSON): the payload is checked
   * against the templates and the username rule of that site.
   */
  site?: SiteProfileInput | SiteProfile;
  /** The clock for "dates not in the future" (tests pass their own); default `Date.now`. */
  now?: () => number;
}

/** The default `maxBytes`: 64 KiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024;

/** The codes of the handler's own errors (before the payload is read). */
export type HandlerErrorCode = 'method-not-allowed' | 'unsupported-media-type' | 'payload-too-large' | 'invalid-json';

/** The messages of the handler's own errors in one language. */
export type HandlerMessages = Readonly<Record<HandlerErrorCode, string>>;

/** Every language's messages. */
export const HANDLER_MESSAGES: Catalogues<HandlerMessages> = { en, ja, 'zh-Hans': zhHans };

type ErrorCode = HandlerErrorCode;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

function respond(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...JSON_HEADERS, ...headers } });
}

function errorResponse(status: number, code: ErrorCode, lang: Language, headers?: Record<string, string>): Response {
  return respond(status, JSON.stringify({ error: code, message: pick(HANDLER_MESSAGES, lang)[code] }), headers);
}

/** The library language a tag names (`zh-CN` → `zh-Hans`, `en-GB` → `en`), or `undefined` for another (`fr`, `zh-TW`, `*`). */
function spokenLanguage(tag: string): Language | undefined {
  return LANGUAGES.find((language) => sameLanguage(language, tag));
}

/**
 * The first language of an `Accept-Language` header (by weight, then order) that the library
 * speaks, or `undefined`: `zh-CN,zh;q=0.9,en;q=0.8` → `zh-Hans`, `fr, ja;q=0.5` → `ja`.
 */
export function acceptedLanguage(header: string | null | undefined): Language | undefined {
  if (!header) return undefined;
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const q = parameters.find((parameter) => /^q=/i.test(parameter));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { range, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.range !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { range } of ranges) {
    const language = spokenLanguage(range);
    if (language) return language;
  }
  return undefined;
}

function fieldErrors(errors: readonly RequestError[]): Response {
  return respond(400, JSON.stringify({ errors }));
}

/** The body as text, or `undefined` once it passes `maxBytes` (never holding more than that). */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = parameters.find((p) => p.startsWith('charset='));
  return charset === undefined || charset.slice('charset='.length).replace(/"/g, '') === 'utf-8';
}

interface Outcome extends StoredResponse {
  /** The response was stored by an earlier request with the key. */
  replayed: boolean;
}

/**
 * Creates the request endpoint. In order: only POST (405 with `Allow: POST`); `Content-Type`
 * `application/json` (415); a body of at most `maxBytes` (413: the `Content-Length` is checked
 * first, then the bytes are counted while reading); JSON (400 `{ error: 'invalid-json' }`);
 * a valid payload (400 `{ errors: [{ field, code, message }] }` in the payload's language);
 * an `Idempotency-Key` header equal to `payload.idempotencyKey` (400). Then `onRequest` runs
 * once per key: 201 `{ reference }`. A repeated key gets the first response again, with
 * `Idempotent-Replayed: true`, also while the first is still running. A throwing `onRequest`
 * answers 500 `{ error: 'internal' }` and the key stays free for a retry.
 */
export function createRequestHandler(options: RequestHandlerOptions): (request: Request) => Promise<Response> {
  const { onRequest, maxBytes = DEFAULT_MAX_BYTES, idempotencyTtlMs = DEFAULT_IDEMPOTENCY_TTL_MS } = options;
  if (typeof onRequest !== 'function') throw new TypeError('createRequestHandler: `onRequest` must be a function');
  if (!Number.isFinite(maxBytes) || maxBytes < 0) throw new RangeError('createRequestHandler: `maxBytes` must be a number of bytes');
  const store = options.idempotency ?? memoryIdempotencyStore();
  const site = options.site === undefined ? undefined : resolveSiteProfile(options.site);
  // The site's templates are made once, not per request.
  const templates = options.templates ?? (site ? siteRequestTemplates(site) : undefined);
  const defaultLang = resolveLanguage(options.lang);
  /** Requests being handled, by key: a second request with the key waits for the first. */
  const inFlight = new Map<string, Promise<Outcome>>();

  const handle = async (key: string, payload: RequestPayload): Promise<Outcome> => {
    const stored = await store.get(key);
    if (stored) return { status: stored.status, body: stored.body, replayed: true };
    try {
      const receipt = await onRequest(payload);
      if (!receipt || typeof receipt.reference !== 'string' || receipt.reference === '') throw new TypeError('no reference');
      const response: StoredResponse = { status: 201, body: JSON.stringify({ reference: receipt.reference }) };
      try {
        await store.set(key, response, idempotencyTtlMs);
      } catch {
        // The request was handled: answer it. Only a retry after this would run it again.
      }
      return { ...response, replayed: false };
    } catch {
      return { status: 500, body: JSON.stringify({ error: 'internal' }), replayed: false };
    }
  };

  return async (request: Request): Promise<Response> => {
    try {
      // The language of messages when the payload names none: the request's, else the option's.
      const fallbackLang = acceptedLanguage(request.headers.get('accept-language')) ?? defaultLang;
      if (request.method !== 'POST') return errorResponse(405, 'method-not-allowed', fallbackLang, { allow: 'POST' });
      if (!isJsonContentType(request.headers.get('content-type'))) return errorResponse(415, 'unsupported-media-type', fallbackLang);
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) {
        await request.body?.cancel().catch(() => undefined);
        return errorResponse(413, 'payload-too-large', fallbackLang);
      }
      const bytes = await readBody(request, maxBytes);
      if (!bytes) return errorResponse(413, 'payload-too-large', fallbackLang);

      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
      } catch {
        return errorResponse(400, 'invalid-json', fallbackLang);
      }

      const validation = validateRequest(json, {
        ...(templates ? { templates } : {}),
        ...(site ? { site } : {}),
        ...(options.now ? { now: options.now() } : {}),
        ...(hasLocale(json) ? {} : { lang: fallbackLang }),
      });
      if (!validation.ok) return fieldErrors(validation.errors);
      const payload = validation.payload;
      const lang = messageLanguage(payload.locale);

      const key = request.headers.get('idempotency-key');
      if (key === null || key.trim() === '') {
        return fieldErrors([{ field: 'idempotencyKey', code: 'idempotency-key-missing', message: requestText.idempotencyKeyMissing(lang) }]);
      }
      if (key !== payload.idempotencyKey) {
        return fieldErrors([{ field: 'idempotencyKey', code: 'idempotency-key-mismatch', message: requestText.idempotencyKeyMismatch(lang) }]);
      }

      // Look up and claim the key with no await in between, so that two requests never both run.
      const running = inFlight.get(key);
      if (running) {
        const first = await running;
        return respond(first.status, first.body, { 'idempotent-replayed': 'true' });
      }
      const work = handle(key, payload).catch(
        (): Outcome => ({ status: 500, body: JSON.stringify({ error: 'internal' }), replayed: false }),
      );
      inFlight.set(key, work);
      let outcome: Outcome;
      try {
        outcome = await work;
      } finally {
        inFlight.delete(key);
      }
      return respond(outcome.status, outcome.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
    } catch {
      return respond(500, JSON.stringify({ error: 'internal' }));
    }
  };
}

function hasLocale(json: unknown): boolean {
  return typeof json === 'object' && json !== null && typeof (json as { locale?: unknown }).locale === 'string';
}
