/**
 * Abuse limits of the request handler: requests per client IP and per identity (the e-mail
 * address and the username of the payload, normalized) over a sliding window. A request is one
 * idempotency key: its retries are not counted again. Counts live in a {@link RateLimitStore}
 * (in memory, Redis or PostgreSQL: the same kind of store as the idempotency keys).
 */
import type { RequestPayload } from '../request/validate.js';

/**
 * Counts distinct ids per key over a sliding window. Atomic per key across processes.
 * test/support/store-conformance.ts checks any implementation.
 */
export interface RateLimitStore {
  /**
   * Records `id` under `key` (unless already recorded within the last `windowMs`) and answers
   * how many distinct ids `key` has within the last `windowMs` milliseconds, this one included.
   * An id counts from when it was first recorded, and again once that is `windowMs` ago.
   */
  hit(key: string, windowMs: number, id: string): Promise<number>;
}

export interface RateLimitOptions {
  /** The window, in milliseconds; default 1 hour. */
  windowMs?: number;
  /** Requests one client IP may make per window; default 20. `Infinity`: no limit. */
  perIp?: number;
  /** Requests for one identity (an e-mail address, a username) per window; default 5. `Infinity`: no limit. */
  perIdentity?: number;
  /** Where counts are kept; default in memory (one process). */
  store?: RateLimitStore;
  /**
   * The client IP of a request, when the handler is not given it (its second argument
   * `{ clientIp }`): behind a proxy you trust, read its header here (`cf-connecting-ip`, the
   * last hop of `x-forwarded-for`). Without either, requests are not limited per IP.
   */
  clientIp?: (request: Request) => string | undefined;
}

export const DEFAULT_RATE_LIMIT_WINDOW_MS = 60 * 60 * 1000;
export const DEFAULT_RATE_LIMIT_PER_IP = 20;
export const DEFAULT_RATE_LIMIT_PER_IDENTITY = 5;

/** The most usernames of one field counted as identities. */
const USERNAMES_PER_FIELD = 3;

/** Text as compared: NFKC (full-width to half-width), no white space. */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * The identities a payload names, normalized: its reply address (lower case) and the username
 * fields (`username`, `loginOnlyUsername`, the first three lines of a list; lower case unless the
 * site's usernames are case-sensitive). Each as `email:…` or `username:…`.
 */
export function requestIdentities(payload: RequestPayload, caseSensitiveUsernames = false): string[] {
  const identities = new Set<string>();
  const email = normalize(payload.email).toLowerCase();
  if (email) identities.add(`email:${email}`);
  for (const id of ['username', 'loginOnlyUsername']) {
    const value = Object.hasOwn(payload.fields, id) ? payload.fields[id] : undefined;
    if (typeof value !== 'string') continue;
    // A list field has one username a line: the first few count (no more store calls than that).
    for (const line of value
      .split(/[\r\n]+/u)
      .map(normalize)
      .filter(Boolean)
      .slice(0, USERNAMES_PER_FIELD)) {
      identities.add(`username:${caseSensitiveUsernames ? line : line.toLowerCase()}`);
    }
  }
  return [...identities];
}

/** Hex SHA-256 of `text` (Web Crypto: Node, Deno, Bun and Workers alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The outcome of counting one request. */
export interface RateLimitVerdict {
  /** Whether a limit is passed: answer 429. */
  limited: boolean;
  /** Seconds until the client may try again (the window: by then every counted request has left it). */
  retryAfterSeconds: number;
  /** Requests within the window for the payload's most active identity, this one included. */
  recentRequests: number;
}

export interface ResolvedRateLimit {
  windowMs: number;
  perIp: number;
  perIdentity: number;
  store: RateLimitStore;
  clientIp?: (request: Request) => string | undefined;
}

/**
 * Counts one request (`requestId`: its idempotency key) for its IP and identities. Store keys
 * are `ip:<address>` and `identity:<sha-256 of the identity>` (no address is stored in clear).
 * The verdict depends only on the counts: it is the same whether or not an account exists.
 */
export async function countRequest(
  limit: ResolvedRateLimit,
  requestId: string,
  clientIp: string | undefined,
  identities: readonly string[],
): Promise<RateLimitVerdict> {
  const { windowMs, store } = limit;
  const hit = (key: string) => store.hit(key, windowMs, requestId);
  const [ipCount, identityCounts] = await Promise.all([
    clientIp ? hit(`ip:${clientIp}`) : Promise.resolve(0),
    Promise.all(identities.map(async (identity) => hit(`identity:${await sha256Hex(identity)}`))),
  ]);
  const recentRequests = Math.max(0, ...identityCounts);
  return {
    limited: ipCount > limit.perIp || recentRequests > limit.perIdentity,
    retryAfterSeconds: Math.max(1, Math.ceil(windowMs / 1000)),
    recentRequests,
  };
}
