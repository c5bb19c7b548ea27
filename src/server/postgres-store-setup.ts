/**
 * What the two PostgreSQL stores (postgres.ts, postgres-rate-limit.ts) set up alike from their
 * options: the client, the table (created on first use) and the purge of old rows now and then.
 */
import { identifier, postgresDb, type Db, type PostgresStoreOptions } from './postgres-client.js';

/**
 * Creates `table` with `statements` unless it exists, once: the first caller's promise is shared;
 * a failure lets the next call try again. Looking first keeps PostgreSQL's "already exists,
 * skipping" notices (which postgres 3 prints) out of the site's logs.
 */
function createTableOnce(db: Db, table: string, statements: string[], enabled: boolean): () => Promise<void> {
  let ready: Promise<void> | undefined = enabled ? undefined : Promise.resolve();
  const run = async () => {
    const [found] = await db.query('SELECT to_regclass($1::text) IS NOT NULL AS present', [`"${table}"`]);
    if (found?.present === true) return;
    for (const statement of statements) {
      try {
        await db.batch(statement);
      } catch (error) {
        // Two instances creating the same table at once: one of them gets a unique violation
        // on the catalogue (23505) or "already exists" (42P07, 42710); the table is there either way.
        const code = (error as { code?: unknown })?.code;
        if (code !== '23505' && code !== '42P07' && code !== '42710') throw error;
      }
    }
  };
  return () => {
    ready ??= run().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
}

/** A store's table: how to query, its name and quoted name, and `ready()` (it exists, created on first call if `createTable`). */
export interface StoreTable {
  db: Db;
  table: string;
  /** The table's name quoted, for SQL text. */
  t: string;
  ready: () => Promise<void>;
}

/** The table of a store given `options`: `defaultTable` unless it names one, made by `statements(table)`. */
export function storeTable(options: PostgresStoreOptions, defaultTable: string, statements: (table: string) => string[]): StoreTable {
  const db = postgresDb(options?.client, options?.prepare ?? true);
  const table = options.table ?? defaultTable;
  const t = identifier(table, 'table');
  return { db, table, t, ready: createTableOnce(db, table, statements(table), options.createTable ?? true) };
}

/**
 * Starts `purge` in the background at most once every `intervalMs` (the store's `purgeIntervalMs`,
 * default one minute; 0: never, the site calls `purge()`): the function returned is called on
 * each use of the store. A failed purge is left for the next one.
 */
export function purgeNowAndThen(intervalMs: number | undefined, purge: () => Promise<unknown>): () => void {
  const interval = intervalMs ?? 60_000;
  let next = interval > 0 ? Date.now() + interval : Infinity;
  return () => {
    if (Date.now() < next) return;
    next = Date.now() + interval;
    purge().catch(() => undefined);
  };
}
