/**
 * A framework-neutral endpoint for `<recovery-request-form action="…">`:
 * `(request: Request) => Promise<Response>` on the Fetch API, so that it runs on Node 20+,
 * Deno, Bun, Cloudflare Workers or behind any framework that speaks `Request`/`Response`.
 * Idempotent as draft-ietf-httpapi-idempotency-key-header-07 and Stripe define it, across
 * instances with a shared store; every error is `application/problem+json` (problem.ts); its
 * own words are in the catalogues beside this module (handler.en.ts, .ja.ts, .zh-Hans.ts).
 */
import { resolveLanguage, type Language } from '../localize/languages.js';
import { resolveSiteProfile, type SiteProfile, type SiteProfileInput } from '../flow/site-profile.js';
import { messageLanguage, requestText } from '../request/messages.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
import { IDEMPOTENCY_KEY_PATTERN, validateRequest } from '../request/validate.js';
import { siteRequestTemplates } from '../request/templates.js';
import type { RequestPayload } from '../request/validate.js';
import type { IdempotencyStore, StoredResponse } from './idempotency-store.js';
import {
  headerKey,
  payloadFingerprint,
  resolveIdempotency,
  type IdempotencyOptions,
  type LegacyIdempotencyStore,
} from './handler-idempotency.js';
import { acceptedLanguage, isJsonContentType, readBody } from './handler-request.js';
import { problemResponse } from './problem.js';
import {
  DEFAULT_RATE_LIMIT_PER_IDENTITY,
  DEFAULT_RATE_LIMIT_PER_IP,
  DEFAULT_RATE_LIMIT_WINDOW_MS,
  countRequest,
  requestIdentities,
  type RateLimitOptions,
  type ResolvedRateLimit,
} from './rate-limit.js';
import { memoryRateLimitStore } from './memory-store.js';

export { acceptedLanguage } from './handler-request.js';
export { HANDLER_MESSAGES } from './handler-messages.js';
export type { HandlerErrorCode, HandlerMessages, ProblemRule } from './handler-messages.js';

/** What `onRequest` returns: the reference the user can quote to support. */
export interface RequestReceipt {
  reference: string;
}

/** What the handler knows of a request besides its payload. */
export interface RequestContext {
  /** The request's idempotency key (the same as `payload.idempotencyKey`). */
  idempotencyKey: string;
  /**
   * With `rateLimit`: requests within its window for the payload's most active identity (its
   * e-mail address or username), this one included; retries are not counted. Several in a short
   * time call for a stricter identity check.
   */
  recentRequests?: number;
  /** The client IP, when known (see `rateLimit.clientIp`). */
  clientIp?: string;
}

/** What a server may tell the handler beside the request (Deno's `info.remoteAddr`, Node's socket). */
export interface RequestInfo {
  clientIp?: string;
}

/** The endpoint: a request (and what the server knows of it) in, a response out. Never throws. */
export type RequestHandler = (request: Request, info?: RequestInfo) => Promise<Response>;

export interface RequestHandlerOptions {
  /**
   * Receives each valid request once per idempotency key (store it, mail it to support…) and
   * returns its reference. A throw answers 500 and frees the key, so the client's retry with the
   * same key calls it again.
   */
  onRequest(payload: RequestPayload, context: RequestContext): Promise<RequestReceipt> | RequestReceipt;
  /**
   * Idempotency: `{ store, ttlMs, lockMs }` (default: in memory, 24 hours, 1 minute). A store
   * alone is taken as `{ store }`; a get/set store of earlier versions is still accepted.
   */
  idempotency?: IdempotencyOptions | IdempotencyStore | LegacyIdempotencyStore;
  /** @deprecated `idempotency.ttlMs`. */
  idempotencyTtlMs?: number;
  /** Abuse limits per client IP and per identity (default: none). */
  rateLimit?: RateLimitOptions;
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

/** Seconds a client is asked to wait while the first request with its key is still running. */
const IN_FLIGHT_RETRY_AFTER_SECONDS = 1;

const SUCCESS_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

function replay(response: StoredResponse): Response {
  return new Response(response.body, {
    status: response.status,
    headers: { ...response.headers, 'cache-control': 'no-store', 'idempotent-replayed': 'true' },
  });
}

function resolveRateLimit(options: RateLimitOptions | undefined): ResolvedRateLimit | undefined {
  if (!options) return undefined;
  const {
    windowMs = DEFAULT_RATE_LIMIT_WINDOW_MS,
    perIp = DEFAULT_RATE_LIMIT_PER_IP,
    perIdentity = DEFAULT_RATE_LIMIT_PER_IDENTITY,
  } = options;
  if (!Number.isFinite(windowMs) || windowMs <= 0)
    throw new RangeError('createRequestHandler: `rateLimit.windowMs` must be a positive number');
  for (const [name, value] of Object.entries({ perIp, perIdentity })) {
    if (!(value >= 1)) throw new RangeError(`createRequestHandler: \`rateLimit.${name}\` must be at least 1`);
  }
  return {
    windowMs,
    perIp,
    perIdentity,
    store: options.store ?? memoryRateLimitStore(),
    ...(options.clientIp ? { clientIp: options.clientIp } : {}),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Creates the request endpoint. In order: only POST (405 with `Allow: POST`); `Content-Type`
 * `application/json` (415); a body of at most `maxBytes` (413: the `Content-Length` is checked
 * first, then the bytes are counted while reading); JSON (400); an idempotency key, from the
 * `Idempotency-Key` header and/or the payload's `idempotencyKey` (400 when missing, malformed
 * or different); a valid payload (400 with the validator's errors in the payload's language).
 * Then the key is claimed with the payload's fingerprint: completed with the same payload →
 * the stored response with `Idempotent-Replayed: true`; with another payload → 422; still
 * running → 409 with `Retry-After`. With `rateLimit`, a request over a limit → 429 with
 * `Retry-After` (the key is freed). Then `onRequest` runs: 201 `{ reference }`, kept for
 * `idempotency.ttlMs`; a throw → 500 and the key is freed. Every error is problem+json.
 */
export function createRequestHandler(options: RequestHandlerOptions): RequestHandler {
  const { maxBytes = DEFAULT_MAX_BYTES } = options;
  // Called as a method, so an onRequest that uses `this` (an object's or a class's) works.
  if (typeof options.onRequest !== 'function') throw new TypeError('createRequestHandler: `onRequest` must be a function');
  if (!Number.isFinite(maxBytes) || maxBytes < 0) throw new RangeError('createRequestHandler: `maxBytes` must be a number of bytes');
  const { store, ttlMs, lockMs } = resolveIdempotency(options.idempotency, options.idempotencyTtlMs);
  const limit = resolveRateLimit(options.rateLimit);
  const site = options.site === undefined ? undefined : resolveSiteProfile(options.site);
  // The site's templates are made once, not per request.
  const templates = options.templates ?? (site ? siteRequestTemplates(site) : undefined);
  const caseSensitiveUsernames = site?.username.caseSensitive ?? false;
  const defaultLang = resolveLanguage(options.lang);

  /** The claimed key's request: limits, then `onRequest`, then the response is stored. */
  const run = async (key: string, payload: RequestPayload, lang: Language, clientIp: string | undefined): Promise<Response> => {
    let response: StoredResponse;
    try {
      const context: RequestContext = { idempotencyKey: key, ...(clientIp ? { clientIp } : {}) };
      if (limit) {
        const verdict = await countRequest(limit, key, clientIp, requestIdentities(payload, caseSensitiveUsernames));
        if (verdict.limited) {
          await store.release(key);
          return problemResponse('too-many-requests', lang, { headers: { 'retry-after': String(verdict.retryAfterSeconds) } });
        }
        context.recentRequests = verdict.recentRequests;
      }
      const receipt = await options.onRequest(payload, context);
      if (!receipt || typeof receipt.reference !== 'string' || receipt.reference === '')
        throw new TypeError('onRequest returned no reference');
      response = { status: 201, headers: SUCCESS_HEADERS, body: JSON.stringify({ reference: receipt.reference }) };
    } catch {
      // Not done: the client may retry with the same key.
      await store.release(key).catch(() => undefined);
      return problemResponse('internal', lang);
    }
    try {
      await store.complete(key, response, ttlMs);
    } catch {
      // The request was handled: answer it. Only a retry after the lock expires could run it again.
    }
    return new Response(response.body, { status: response.status, headers: { ...response.headers, 'cache-control': 'no-store' } });
  };

  return async (request: Request, info?: RequestInfo): Promise<Response> => {
    // The language of messages when the payload names none: the request's, else the option's.
    const fallbackLang = acceptedLanguage(request.headers.get('accept-language')) ?? defaultLang;
    let lang = fallbackLang;
    try {
      if (request.method !== 'POST') return problemResponse('method-not-allowed', lang, { headers: { allow: 'POST' } });
      if (!isJsonContentType(request.headers.get('content-type'))) return problemResponse('unsupported-media-type', lang);
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) {
        await request.body?.cancel().catch(() => undefined);
        return problemResponse('payload-too-large', lang);
      }
      const bytes = await readBody(request, maxBytes);
      if (!bytes) return problemResponse('payload-too-large', lang);

      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
      } catch {
        return problemResponse('invalid-json', lang);
      }
      if (isRecord(json) && typeof json['locale'] === 'string') lang = messageLanguage(json['locale']);

      // The key: the header's and/or the payload's, the same when both are given.
      const fromHeader = headerKey(request.headers.get('idempotency-key'));
      const inBody = isRecord(json) ? json['idempotencyKey'] : undefined;
      const keyProblem = (rule: 'idempotency-key-missing' | 'idempotency-key-invalid' | 'idempotency-key-mismatch', detail?: string) =>
        problemResponse(rule, lang, { path: 'idempotencyKey', ...(detail ? { detail } : {}) });
      if (fromHeader && 'malformed' in fromHeader) return keyProblem('idempotency-key-invalid');
      if (inBody !== undefined && (typeof inBody !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(inBody)))
        return keyProblem('idempotency-key-invalid');
      // Neither malformed: the key is a string unless both are missing.
      const key = fromHeader?.key ?? inBody;
      if (typeof key !== 'string') return keyProblem('idempotency-key-missing', requestText.idempotencyKeyMissing(lang));
      if (fromHeader && inBody !== undefined && fromHeader.key !== inBody) {
        return keyProblem('idempotency-key-mismatch', requestText.idempotencyKeyMismatch(lang));
      }

      const validation = validateRequest(isRecord(json) && inBody === undefined ? { ...json, idempotencyKey: key } : json, {
        ...(templates ? { templates } : {}),
        ...(site ? { site } : {}),
        ...(options.now ? { now: options.now() } : {}),
        lang,
      });
      if (!validation.ok) return problemResponse('invalid-request', lang, { errors: validation.errors });
      const payload = validation.payload;
      const clientIp = info?.clientIp ?? limit?.clientIp?.(request);

      const claim = await store.claim(key, await payloadFingerprint(payload), lockMs);
      switch (claim.state) {
        case 'done':
          return replay(claim.response);
        case 'mismatch':
          return problemResponse('idempotency-key-reused', lang, { path: 'idempotencyKey' });
        case 'in-flight':
          return problemResponse('request-in-progress', lang, { headers: { 'retry-after': String(IN_FLIGHT_RETRY_AFTER_SECONDS) } });
        case 'claimed':
          return await run(key, payload, lang, clientIp);
      }
    } catch {
      // Nothing was claimed here (run frees its key itself): a store that failed, a broken request.
    }
    return problemResponse('internal', lang);
  };
}
