/**
 * `login-help-elements/server/postgres`: the request handler's idempotency store and rate-limit
 * store on PostgreSQL, for several server instances behind one load balancer. The site passes
 * what it already runs — a pg 8 `Pool` or `Client` (`client.query(text, values)`) or a
 * postgres 3 `sql` (`sql.unsafe(text, values)`) — and nothing else: this module imports no
 * PostgreSQL package (their types are described here by shape).
 *
 * One row per idempotency key. The database's clock decides every expiry, so instances with
 * skewed clocks agree. A claim is one statement, atomic across instances:
 * `INSERT … ON CONFLICT (idempotency_key) DO UPDATE … WHERE <the row has expired>
 * RETURNING` takes a new key, or one whose lock (a crashed instance's) or retention has run out;
 * otherwise a SELECT tells what holds the key (another fingerprint → mismatch; done → the
 * stored response; else in flight). A claim's commit does not wait for the disk (see
 * `synchronousClaims`); a completion's does. Completed rows are kept for the retention `ttlMs`;
 * expired rows are deleted now and then (at most once a minute per store, 1000 at a time) and by
 * `purge()`. The rate-limit store keeps one row per (key, id) and counts them in one round trip.
 *
 * Under load, claims and completions are batched (batch-queue.ts): a claim alone runs at once;
 * claims arriving while one is in flight go together in one multi-row statement and one commit,
 * each still answered on its own (two claims of one key never share a statement).
 *
 * The table is created on first use (`CREATE TABLE IF NOT EXISTS`), or beforehand by the SQL of
 * `postgresIdempotencyMigration()` (then pass `createTable: false`).
 */
import type { ClaimResult, IdempotencyStore, StoredResponse } from './idempotency-store.js';
import { BatchQueue } from './batch-queue.js';
import { positiveMs, type PostgresStoreOptions } from './postgres-client.js';
import { DEFAULT_IDEMPOTENCY_TABLE, idempotencyStatements } from './postgres-migrations.js';
import { purgeNowAndThen, storeTable } from './postgres-store-setup.js';

export type { PgClientLike, PostgresJsSqlLike, PostgresClientLike, PostgresStoreOptions } from './postgres-client.js';
export { postgresRateLimitStore, type PostgresRateLimitStore, type PostgresRateLimitStoreOptions } from './postgres-rate-limit.js';
export {
  DEFAULT_IDEMPOTENCY_TABLE,
  DEFAULT_RATE_LIMIT_TABLE,
  postgresIdempotencyMigration,
  postgresRateLimitMigration,
} from './postgres-migrations.js';

export interface PostgresIdempotencyStoreOptions extends PostgresStoreOptions {
  /**
   * Wait for the disk on every claim too, as on completions; default false: a claim is committed
   * with `synchronous_commit` off (that statement only). Should PostgreSQL itself crash, a claim
   * made in the last moments before may be lost, as if its lock had expired: a retry arriving
   * before the first request ends could then run `onRequest` again. Completions always wait for
   * the disk, so a completed request is never run again. Costs a disk flush per request.
   */
  synchronousClaims?: boolean;
}

/** The idempotency store on PostgreSQL, with its table and a way to delete expired rows. */
export interface PostgresIdempotencyStore extends IdempotencyStore {
  readonly table: string;
  /** Creates the table if it is missing (the store also does this on first use). */
  ready(): Promise<void>;
  /** Deletes up to `limit` expired rows (default 1000); resolves with how many. */
  purge(limit?: number): Promise<number>;
}

/**
 * The handler's idempotency store on PostgreSQL:
 * `createRequestHandler({ onRequest, idempotency: { store: postgresIdempotencyStore({ client: pool }) } })`.
 */
export function postgresIdempotencyStore(options: PostgresIdempotencyStoreOptions): PostgresIdempotencyStore {
  const { db, table, t, ready } = storeTable(options, DEFAULT_IDEMPOTENCY_TABLE, idempotencyStatements);
  const query = db.query;
  /** The owner tokens of this store's own claims, so that `release` never frees another instance's lock. */
  const tokens = new Map<string, { token: string; until: number }>();
  const keepToken = (key: string, token: string, lockMs: number) => {
    if (tokens.size >= 10_000) {
      const now = Date.now();
      for (const [k, entry] of tokens) if (entry.until <= now) tokens.delete(k);
    }
    tokens.set(key, { token, until: Date.now() + lockMs });
  };

  // Claims and completions are batched (batch-queue.ts): alone, one runs at once; while earlier
  // ones are in flight, those waiting go together in one statement and one commit. Unless
  // `synchronousClaims`, a claim's commit does not wait for the disk: synchronous_commit off for
  // its statement's own transaction only (set_config(…, true)).
  const rows = (count: number, width: number, types: string[]) =>
    Array.from({ length: count }, (_, row) => `(${types.map((type, column) => `$${row * width + column + 1}::${type}`).join(', ')})`).join(
      ', ',
    );
  const claimSql = (count: number) => `INSERT INTO ${t} AS t (idempotency_key, fingerprint, state, owner_token, response, expires_at)
SELECT c.k, c.f, 'in-flight', c.o, NULL, now() + c.l * interval '1 millisecond'
FROM (VALUES ${rows(count, 4, ['text', 'text', 'text', 'double precision'])}) AS c (k, f, o, l)${
    options.synchronousClaims ? '' : `\nCROSS JOIN (SELECT set_config('synchronous_commit', 'off', true)) AS settings`
  }
ON CONFLICT (idempotency_key) DO UPDATE
SET fingerprint = EXCLUDED.fingerprint, state = 'in-flight', owner_token = EXCLUDED.owner_token, response = NULL, expires_at = EXCLUDED.expires_at
WHERE t.expires_at <= now()
RETURNING t.idempotency_key AS claimed`;
  const completeSql = (count: number) => `INSERT INTO ${t} AS t (idempotency_key, fingerprint, state, owner_token, response, expires_at)
SELECT c.k, NULL, 'done', NULL, c.r, now() + c.l * interval '1 millisecond'
FROM (VALUES ${rows(count, 3, ['text', 'text', 'double precision'])}) AS c (k, r, l)
ON CONFLICT (idempotency_key) DO UPDATE
SET state = 'done', owner_token = NULL, response = EXCLUDED.response, expires_at = EXCLUDED.expires_at`;
  type Claim = { key: string; fingerprint: string; token: string; lockMs: number };
  const claims = new BatchQueue<Claim, boolean>({
    key: (claim) => claim.key,
    async run(batch) {
      const values = batch.flatMap(({ key, fingerprint, token, lockMs }) => [key, fingerprint, token, lockMs]);
      const claimed = new Set((await query(claimSql(batch.length), values)).map((row) => row.claimed));
      return batch.map((claim) => claimed.has(claim.key));
    },
  });
  type Completion = { key: string; response: string; ttlMs: number };
  const completions = new BatchQueue<Completion, void>({
    key: (completion) => completion.key,
    async run(batch) {
      await query(
        completeSql(batch.length),
        batch.flatMap(({ key, response, ttlMs }) => [key, response, ttlMs]),
      );
      return batch.map(() => undefined);
    },
  });
  const lookSql = `SELECT fingerprint, state, response FROM ${t} WHERE idempotency_key = $1::text AND expires_at > now()`;
  const releaseSql = `DELETE FROM ${t}
WHERE idempotency_key = $1::text AND state = 'in-flight' AND ($2::text IS NULL OR owner_token = $2::text)`;
  const purgeSql = `DELETE FROM ${t} WHERE ctid = ANY (ARRAY (
  SELECT ctid FROM ${t} WHERE expires_at <= now() LIMIT $1::integer
)) RETURNING 1`;

  // Checked before a key joins a batch: a key the database would refuse (a NUL character, too
  // long for its index) must fail alone, not the statement it shares with other requests.
  const checkKey = (key: string) => {
    if (typeof key !== 'string' || key === '' || key.length > 1000 || key.includes('\0')) {
      throw new TypeError('postgres store: the idempotency key must be a non-empty string of at most 1000 characters, without NUL');
    }
  };
  const purge = async (limit = 1000) => {
    await ready();
    return (await query(purgeSql, [Math.max(1, Math.floor(limit))])).length;
  };
  const purgeIfDue = purgeNowAndThen(options.purgeIntervalMs, purge);

  return {
    table,
    ready,
    purge,
    async claim(key: string, fingerprint: string, lockMs: number): Promise<ClaimResult> {
      checkKey(key);
      const lock = positiveMs(lockMs, 'lockMs');
      const print = String(fingerprint);
      if (print.includes('\0')) throw new TypeError('postgres store: a fingerprint cannot hold a NUL character');
      await ready();
      purgeIfDue();
      // A row can expire between the two statements: then claim again (a few times at most).
      for (let attempt = 0; attempt < 5; attempt++) {
        const token = globalThis.crypto.randomUUID();
        if (await claims.add({ key, fingerprint: print, token, lockMs: lock })) {
          keepToken(key, token, lock);
          return { state: 'claimed' };
        }
        const [row] = await query(lookSql, [key]);
        if (!row) continue;
        const stored = row.fingerprint;
        if (typeof stored === 'string' && stored !== print) return { state: 'mismatch' };
        if (row.state === 'done') return { state: 'done', response: JSON.parse(String(row.response)) as StoredResponse };
        return { state: 'in-flight' };
      }
      throw new Error('postgres store: the key kept expiring while being claimed');
    },
    async complete(key: string, response: StoredResponse, ttlMs: number): Promise<void> {
      checkKey(key);
      const ttl = positiveMs(ttlMs, 'ttlMs');
      tokens.delete(key);
      await ready();
      await completions.add({ key, response: JSON.stringify(response), ttlMs: ttl });
    },
    async release(key: string): Promise<void> {
      checkKey(key);
      const token = tokens.get(key)?.token ?? null;
      tokens.delete(key);
      await ready();
      await query(releaseSql, [key, token]);
    },
  };
}
