/**
 * The contract between the request handler and where it keeps idempotency keys, as
 * draft-ietf-httpapi-idempotency-key-header-07 and Stripe describe it: a key is claimed with a
 * fingerprint of its payload, held by a lock while its request runs, then completed with the
 * response, which is replayed for the retention time. Implemented in memory (memory-store.ts)
 * and on Redis and PostgreSQL; test/support/store-conformance.ts checks any implementation.
 */

/** A response as stored and replayed: status, headers (lower-case names) and body text. */
export interface StoredResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** What {@link IdempotencyStore.claim} found. */
export type ClaimResult =
  /** The caller now holds the key (for `lockMs`): run the request, then `complete` or `release`. */
  | { state: 'claimed' }
  /** Another request with this key and the same fingerprint holds it and has not completed. */
  | { state: 'in-flight' }
  /** The key was completed with the same fingerprint: replay `response`. */
  | { state: 'done'; response: StoredResponse }
  /** The key is held or was completed with another fingerprint (another payload). */
  | { state: 'mismatch' };

/**
 * Where idempotency keys live. Every method is atomic per key: of any number of concurrent
 * `claim`s of a free key, across processes, exactly one answers `claimed`.
 *
 * - A key is free when it was never claimed, when its lock expired (`lockMs` passed without
 *   `complete`: the claimer crashed) or was released, or when its retention (`ttlMs` of
 *   `complete`) passed. Claiming a free key records its fingerprint.
 * - A held key answers `in-flight` to the same fingerprint, `mismatch` to another.
 * - A completed key answers `done` with the response to the same fingerprint, `mismatch` to
 *   another, until its retention passes: it is never claimed again before that.
 */
export interface IdempotencyStore {
  /** Claims `key` for `lockMs` milliseconds if it is free (see above). */
  claim(key: string, fingerprint: string, lockMs: number): Promise<ClaimResult>;
  /** Stores `response` for the claimed `key`, kept (and replayed) for `ttlMs` milliseconds. */
  complete(key: string, response: StoredResponse, ttlMs: number): Promise<void>;
  /** Frees a claimed key that is not completed (its request failed: the client may retry). A completed key stays. */
  release(key: string): Promise<void>;
}

/** How long a completed key is kept and replayed by default: 24 hours. */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * How long a claim holds a key by default before another request may claim it: 1 minute. It
 * must be longer than `onRequest` ever takes; it only matters when a process dies mid-request.
 */
export const DEFAULT_IDEMPOTENCY_LOCK_MS = 60 * 1000;
