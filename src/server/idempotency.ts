/**
 * Where the handler keeps the first response to each `Idempotency-Key`, so that a repeated
 * request gets the same answer instead of a second support request.
 */

/** A response as stored: its status and its body (JSON text). */
export interface StoredResponse {
  status: number;
  body: string;
}

/**
 * A store of first responses by idempotency key. Sync or async, so that it can sit on what a
 * site already runs (a Map, Redis, its SQL database). With several server instances, use a
 * shared store: the in-memory one only knows its own process.
 */
export interface IdempotencyStore {
  /** The response stored for `key`, or `undefined` (also once it has expired). */
  get(key: string): Promise<StoredResponse | undefined> | StoredResponse | undefined;
  /** Keeps `response` for `key` for `ttlMs` milliseconds. */
  set(key: string, response: StoredResponse, ttlMs: number): Promise<void> | void;
}

/** How long a first response is replayed by default: 24 hours. */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface MemoryIdempotencyStoreOptions {
  /** Used when `set` is given no positive `ttlMs`; default 24 hours. */
  ttlMs?: number;
  /** The clock, in ms since the epoch (tests pass their own); default `Date.now`. */
  now?: () => number;
  /** The most keys kept; the oldest go first. Default 10 000. */
  maxEntries?: number;
}

/** An in-memory store for one process, with expiry and a size limit. */
export function memoryIdempotencyStore(options: MemoryIdempotencyStoreOptions = {}): IdempotencyStore {
  const { ttlMs: defaultTtl = DEFAULT_IDEMPOTENCY_TTL_MS, now = Date.now, maxEntries = 10_000 } = options;
  const entries = new Map<string, { response: StoredResponse; expiresAt: number }>();

  const sweep = (time: number) => {
    // Keys are kept in insertion order; with one TTL that is also the order of expiry.
    for (const [key, entry] of entries) {
      if (entry.expiresAt > time) break;
      entries.delete(key);
    }
  };

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return { ...entry.response };
    },
    set(key, response, ttlMs) {
      const time = now();
      sweep(time);
      entries.delete(key);
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      const ttl = Number.isFinite(ttlMs) && ttlMs > 0 ? ttlMs : defaultTtl;
      entries.set(key, { response: { ...response }, expiresAt: time + ttl });
    },
  };
}
