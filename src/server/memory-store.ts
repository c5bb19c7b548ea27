/**
 * In-memory stores for one process: idempotency keys and rate-limit counts. With several server
 * instances, use a shared store (`./server/redis`, `./server/postgres`): these only know their
 * own process.
 */
import { DEFAULT_IDEMPOTENCY_TTL_MS, type ClaimResult, type IdempotencyStore, type StoredResponse } from './idempotency-store.js';
import type { RateLimitStore } from './rate-limit.js';

export interface MemoryIdempotencyStoreOptions {
  /** Used when `complete` is given no positive `ttlMs`; default 24 hours. */
  ttlMs?: number;
  /** The clock, in ms since the epoch (tests pass their own); default `Date.now`. */
  now?: () => number;
  /**
   * The most keys kept; past it the least recently claimed or completed goes, even before its
   * retention. Default 100 000.
   */
  maxEntries?: number;
}

interface Entry {
  fingerprint: string | undefined;
  /** Until when the key is held (no response yet) or kept (with a response). */
  until: number;
  response?: StoredResponse;
}

const copy = (response: StoredResponse): StoredResponse => ({
  status: response.status,
  body: response.body,
  ...(response.headers ? { headers: { ...response.headers } } : {}),
});

/** How many operations between two sweeps of expired entries. */
const SWEEP_EVERY = 1000;

/** An {@link IdempotencyStore} in memory, with expiry and a size limit. */
export function memoryIdempotencyStore(options: MemoryIdempotencyStoreOptions = {}): IdempotencyStore {
  const { ttlMs: defaultTtl = DEFAULT_IDEMPOTENCY_TTL_MS, now = Date.now, maxEntries = 100_000 } = options;
  const entries = new Map<string, Entry>();
  let operations = 0;

  const sweep = (time: number) => {
    if (++operations % SWEEP_EVERY === 0) for (const [key, entry] of entries) if (entry.until <= time) entries.delete(key);
    // Entries are in order of their last change: the oldest goes first.
    while (entries.size >= maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  };

  // Each method does its work before its first await: one claim of a key wins.
  return {
    async claim(key, fingerprint, lockMs): Promise<ClaimResult> {
      const time = now();
      const entry = entries.get(key);
      if (entry && entry.until > time) {
        if (entry.fingerprint !== undefined && entry.fingerprint !== fingerprint) return { state: 'mismatch' };
        return entry.response ? { state: 'done', response: copy(entry.response) } : { state: 'in-flight' };
      }
      sweep(time);
      entries.delete(key);
      entries.set(key, { fingerprint, until: time + Math.max(0, lockMs) });
      return { state: 'claimed' };
    },
    async complete(key, response, ttlMs) {
      const time = now();
      const ttl = Number.isFinite(ttlMs) && ttlMs > 0 ? ttlMs : defaultTtl;
      // A key whose entry went (its lock expired and was swept) keeps no fingerprint: any payload gets the response.
      const fingerprint = entries.get(key)?.fingerprint;
      entries.delete(key);
      sweep(time);
      entries.set(key, { fingerprint, until: time + ttl, response: copy(response) });
    },
    async release(key) {
      const entry = entries.get(key);
      if (entry && !entry.response) entries.delete(key);
    },
  };
}

export interface MemoryRateLimitStoreOptions {
  /** The clock, in ms since the epoch; default `Date.now`. */
  now?: () => number;
  /** The most keys kept (the least recently hit go first); default 100 000. */
  maxKeys?: number;
  /** The most ids remembered per key (the count stops growing there); default 10 000. */
  maxIdsPerKey?: number;
}

/** A {@link RateLimitStore} in memory: a sliding window of ids per key. */
export function memoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const { now = Date.now, maxKeys = 100_000, maxIdsPerKey = 10_000 } = options;
  /** Key → id → when it was recorded (in order of recording). */
  const keys = new Map<string, Map<string, number>>();
  return {
    async hit(key, windowMs, id) {
      const time = now();
      let ids = keys.get(key);
      keys.delete(key);
      if (!ids) {
        ids = new Map();
        if (keys.size >= maxKeys) {
          const oldest = keys.keys().next();
          if (!oldest.done) keys.delete(oldest.value);
        }
      }
      keys.set(key, ids);
      // Ids are in order of recording: the expired ones come first.
      for (const [old, at] of ids) {
        if (at > time - windowMs) break;
        ids.delete(old);
      }
      if (!ids.has(id) && ids.size < maxIdsPerKey) ids.set(id, time);
      return ids.size;
    },
  };
}
