/**
 * `login-help-elements/server/postgres`'s rate-limit store (exported there): the handler's rate
 * limits on PostgreSQL, for several server instances behind one load balancer.
 */
import type { RateLimitStore } from './rate-limit.js';
import { positiveMs, type PostgresStoreOptions } from './postgres-client.js';
import { DEFAULT_RATE_LIMIT_TABLE, rateLimitStatements } from './postgres-migrations.js';
import { purgeNowAndThen, storeTable } from './postgres-store-setup.js';

/**
 * `text` as an SQL string literal, whatever `standard_conforming_strings` says: `E'…'` with
 * backslashes and quotes escaped. Text with a NUL character is refused (PostgreSQL text cannot
 * hold one).
 */
function literal(text: string): string {
  if (text.includes('\0')) throw new TypeError('postgres store: a rate-limit key cannot hold a NUL character');
  return `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Hex SHA-256 of `text`, its first 32 digits (Web Crypto). */
async function digest(text: string): Promise<string> {
  const bytes = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes).subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface PostgresRateLimitStoreOptions extends PostgresStoreOptions {
  /** The most ids remembered per key (the count stops growing there); default 10 000. */
  maxIdsPerKey?: number;
}

/** The rate-limit store on PostgreSQL, with its table and a way to delete old rows. */
export interface PostgresRateLimitStore extends RateLimitStore {
  readonly table: string;
  ready(): Promise<void>;
  /** Deletes up to `limit` rows older than the longest window seen (default 1000); resolves with how many. */
  purge(limit?: number): Promise<number>;
}

/**
 * The handler's rate-limit store on PostgreSQL: one row per (key, id), recorded at the
 * database's clock. A hit is one round trip of four statements in one implicit transaction,
 * serialized per key by a transaction-level advisory lock (so concurrent hits of a key, from any
 * instance, count 1, 2, 3…): drop the key's ids older than the window, record this id unless it
 * is there (or the key has `maxIdsPerKey`), count. Ids are stored as a SHA-256 prefix; keys as
 * given, written as escaped literals (the simple protocol has no parameters).
 */
export function postgresRateLimitStore(options: PostgresRateLimitStoreOptions): PostgresRateLimitStore {
  const { db, table, t, ready } = storeTable(options, DEFAULT_RATE_LIMIT_TABLE, rateLimitStatements);
  const maxIds = options.maxIdsPerKey ?? 10_000;
  if (!Number.isInteger(maxIds) || maxIds < 1) throw new RangeError('postgres store: `maxIdsPerKey` must be a positive whole number');
  /** The longest window asked for: rows older than it count for no key. */
  let longestWindow = 0;
  const purgeSql = `DELETE FROM ${t} WHERE ctid = ANY (ARRAY (
  SELECT ctid FROM ${t} WHERE recorded_at <= now() - $1::double precision * interval '1 millisecond' LIMIT $2::integer
)) RETURNING 1`;
  const purge = async (limit = 1000) => {
    await ready();
    if (longestWindow === 0) return 0;
    return (await db.query(purgeSql, [longestWindow, Math.max(1, Math.floor(limit))])).length;
  };
  const purgeIfDue = purgeNowAndThen(options.purgeIntervalMs, purge);
  return {
    table,
    ready,
    purge,
    async hit(key: string, windowMs: number, id: string): Promise<number> {
      if (typeof key !== 'string' || key === '' || key.length > 1000) {
        throw new TypeError('postgres store: the rate-limit key must be a non-empty string of at most 1000 characters');
      }
      const window = positiveMs(windowMs, 'windowMs');
      longestWindow = Math.max(longestWindow, window);
      await ready();
      purgeIfDue();
      const k = literal(key);
      const requestId = await digest(String(id));
      const results = await db.batch(`SELECT pg_advisory_xact_lock(hashtextextended(${literal(`${table}:${key}`)}, 0));
DELETE FROM ${t} WHERE rate_key = ${k} AND recorded_at <= clock_timestamp() - ${window} * interval '1 millisecond';
INSERT INTO ${t} (rate_key, request_id, recorded_at)
  SELECT ${k}, '${requestId}', clock_timestamp() WHERE (SELECT count(*) FROM ${t} WHERE rate_key = ${k}) < ${maxIds}
  ON CONFLICT (rate_key, request_id) DO NOTHING;
SELECT count(*)::integer AS hits FROM ${t} WHERE rate_key = ${k}`);
      const rows = results[results.length - 1] ?? [];
      return Number(rows[0]?.hits) || 0;
    },
  };
}
