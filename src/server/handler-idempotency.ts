/**
 * The request handler's idempotency parts: reading the `Idempotency-Key` header (a Structured
 * Field string as draft-ietf-httpapi-idempotency-key-header-07 writes it, or the bare key as
 * Stripe and `<recovery-request-form>` send it), the payload's fingerprint, and the handler's
 * `idempotency` option (with the get/set stores of earlier versions).
 */
import { IDEMPOTENCY_KEY_PATTERN } from '../request/validate.js';
import {
  DEFAULT_IDEMPOTENCY_LOCK_MS,
  DEFAULT_IDEMPOTENCY_TTL_MS,
  type ClaimResult,
  type IdempotencyStore,
  type StoredResponse,
} from './idempotency-store.js';
import { memoryIdempotencyStore } from './memory-store.js';
import { sha256Hex } from './rate-limit.js';

/** The handler's `idempotency` option. */
export interface IdempotencyOptions {
  /** Where keys live; default in memory (one process). With several instances, a shared store. */
  store?: IdempotencyStore;
  /** How long a completed request is replayed (retention); default 24 hours. */
  ttlMs?: number;
  /** How long a claim holds a key while `onRequest` runs; default 1 minute. Longer than `onRequest` ever takes. */
  lockMs?: number;
}

/**
 * A store of earlier versions: `get`/`set` of first responses. Still accepted, with a lock in
 * the handler's own process only; prefer an {@link IdempotencyStore}.
 * @deprecated
 */
export interface LegacyIdempotencyStore {
  get(key: string): Promise<StoredResponse | undefined> | StoredResponse | undefined;
  set(key: string, response: StoredResponse, ttlMs: number): Promise<void> | void;
}

export interface ResolvedIdempotency {
  store: IdempotencyStore;
  ttlMs: number;
  lockMs: number;
}

const positive = (value: number | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`createRequestHandler: \`${name}\` must be a positive number of milliseconds`);
  return value;
};

/** The idempotency settings from the handler's options (a store, a legacy store, or `{ store, ttlMs, lockMs }`). */
export function resolveIdempotency(
  option: IdempotencyOptions | IdempotencyStore | LegacyIdempotencyStore | undefined,
  legacyTtlMs: number | undefined,
): ResolvedIdempotency {
  const given = option as Partial<IdempotencyStore & LegacyIdempotencyStore> | undefined;
  let settings: IdempotencyOptions;
  if (given && typeof given.claim === 'function') settings = { store: given as IdempotencyStore };
  else if (given && typeof given.get === 'function' && typeof given.set === 'function')
    settings = { store: fromLegacyStore(given as LegacyIdempotencyStore) };
  else settings = (option as IdempotencyOptions | undefined) ?? {};
  const store = settings.store ?? memoryIdempotencyStore();
  if (typeof store.claim !== 'function' || typeof store.complete !== 'function' || typeof store.release !== 'function') {
    throw new TypeError('createRequestHandler: `idempotency.store` must have claim, complete and release');
  }
  return {
    store,
    ttlMs: positive(settings.ttlMs ?? legacyTtlMs, DEFAULT_IDEMPOTENCY_TTL_MS, 'idempotency.ttlMs'),
    lockMs: positive(settings.lockMs, DEFAULT_IDEMPOTENCY_LOCK_MS, 'idempotency.lockMs'),
  };
}

/** A get/set store as an {@link IdempotencyStore}: the fingerprint is kept in the stored response; locks in this process. */
function fromLegacyStore(legacy: LegacyIdempotencyStore): IdempotencyStore {
  const locks = new Map<string, { fingerprint: string; until: number }>();
  return {
    async claim(key, fingerprint, lockMs): Promise<ClaimResult> {
      const lock = locks.get(key);
      if (lock && lock.until > Date.now()) return { state: lock.fingerprint === fingerprint ? 'in-flight' : 'mismatch' };
      // Held before the first await: one claim in this process wins.
      locks.set(key, { fingerprint, until: Date.now() + lockMs });
      let stored: (StoredResponse & { fingerprint?: string }) | undefined;
      try {
        stored = await legacy.get(key);
      } catch (error) {
        locks.delete(key);
        throw error;
      }
      if (!stored) return { state: 'claimed' };
      locks.delete(key);
      if (stored.fingerprint !== undefined && stored.fingerprint !== fingerprint) return { state: 'mismatch' };
      const { status, body, headers } = stored;
      return { state: 'done', response: { status, body, ...(headers ? { headers } : {}) } };
    },
    async complete(key, response, ttlMs) {
      const fingerprint = locks.get(key)?.fingerprint;
      await legacy.set(key, { ...response, ...(fingerprint ? { fingerprint } : {}) }, ttlMs);
      locks.delete(key);
    },
    async release(key) {
      locks.delete(key);
    },
  };
}

/** The result of reading the `Idempotency-Key` header. */
export type HeaderKey = { key: string } | { malformed: true } | undefined;

/**
 * The key of an `Idempotency-Key` header: a Structured Field string (`"8e03978e-…"`, RFC 8941
 * escapes `\"` and `\\`) or a bare key; `undefined` when absent or empty.
 */
export function headerKey(value: string | null): HeaderKey {
  if (value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  let key = text;
  if (text.startsWith('"')) {
    const match = /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$/.exec(text);
    if (!match) return { malformed: true };
    key = match[1]!.replace(/\\(["\\])/g, '$1');
  }
  return IDEMPOTENCY_KEY_PATTERN.test(key) ? { key } : { malformed: true };
}

/** JSON with object keys in code-point order at every level: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The fingerprint of a payload: SHA-256 (hex) of its canonical JSON without `idempotencyKey`. */
export async function payloadFingerprint(payload: object): Promise<string> {
  const { idempotencyKey: _key, ...rest } = payload as { idempotencyKey?: unknown };
  return sha256Hex(canonicalJson(rest));
}
