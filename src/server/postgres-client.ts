/**
 * How the PostgreSQL stores (postgres.ts) talk to the site's client: a pg 8 `Pool`/`Client` or a
 * postgres 3 `sql`, told apart by shape (no PostgreSQL package is imported), and the checks that
 * keep table names plain identifiers.
 */

/** What this module needs of a pg 8 `Pool`, `PoolClient` or `Client`. */
export interface PgClientLike {
  query(textOrConfig: string | { text: string; values?: unknown[]; name?: string }, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** What this module needs of a postgres 3 `sql` (`postgres(url)`). */
export interface PostgresJsSqlLike {
  unsafe(text: string, values?: never[]): PromiseLike<readonly unknown[]>;
}

export type PostgresClientLike = PgClientLike | PostgresJsSqlLike;

export type Row = Record<string, unknown>;
export interface Db {
  /** One statement with `$1…` parameters: its rows. A prepared statement (named, per connection) unless `prepare` is off. */
  query: (text: string, values?: unknown[]) => Promise<Row[]>;
  /** Several statements without parameters, run as one implicit transaction: the rows of each. */
  batch(text: string): Promise<Row[][]>;
}

/** A name for the prepared statement of `text`: `login_help_` and a 32-bit FNV-1a hash with the length. */
function statementName(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `login_help_${hash.toString(16).padStart(8, '0')}_${text.length.toString(16)}`;
}

/** How to run queries with `client`, found by its shape (no PostgreSQL package is imported). */
export function postgresDb(client: unknown, prepare = true): Db {
  const c = (typeof client === 'object' || typeof client === 'function') && client !== null ? (client as Record<string, unknown>) : {};
  // postgres 3's `sql` is a function with `unsafe`; pg's Pool and Client have `query` and no `unsafe`.
  if (typeof c.unsafe === 'function') {
    // postgres 3: `unsafe` with values uses the extended protocol (prepared with `prepare: true`),
    // without values the simple one (several statements: an array of results).
    const sql = client as { unsafe(text: string, values?: unknown[], options?: { prepare?: boolean }): PromiseLike<readonly unknown[]> };
    return {
      query: async (text, values = []) => Array.from(await sql.unsafe(text, values, { prepare })) as Row[],
      async batch(text) {
        const result = Array.from(await sql.unsafe(text));
        return (result.length > 0 && Array.isArray(result[0]) ? result : [result]) as Row[][];
      },
    };
  }
  if (typeof c.query === 'function') {
    const pg = client as PgClientLike;
    type PgResult = { rows: unknown[] };
    const names = new Map<string, string>();
    const named = (text: string) => {
      let name = names.get(text);
      if (!name) names.set(text, (name = statementName(text)));
      return name;
    };
    return {
      query: async (text, values = []) => (await pg.query(prepare ? { name: named(text), text, values } : { text, values })).rows as Row[],
      async batch(text) {
        // pg: no values → the simple protocol; several statements → an array of results.
        const result = (await pg.query(text)) as PgResult | PgResult[];
        return (Array.isArray(result) ? result : [result]).map((each) => each.rows as Row[]);
      },
    };
  }
  throw new TypeError('postgres store: `client` must be a pg 8 Pool or Client (new pg.Pool()) or a postgres 3 sql (postgres(url))');
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,47}$/;

/** `name` if it is a plain identifier (see `identifier`); throws for anything else. */
export function identifierText(name: string, option = 'table'): string {
  return identifier(name, option).slice(1, -1);
}

/** `"name"` for a plain identifier (letters, digits, `_`; not starting with a digit; ≤ 48 characters); throws for anything else. */
export function identifier(name: string, option: string): string {
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new TypeError(
      `postgres store: \`${option}\` must be a plain identifier (letters, digits and _, not starting with a digit, at most 48 characters)`,
    );
  }
  return `"${name}"`;
}

/** `value` ms as a whole number ≥ 1; a RangeError naming the option `name` unless it is a positive number. */
export function positiveMs(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`postgres store: \`${name}\` must be a positive number of milliseconds`);
  return Math.max(1, Math.ceil(value));
}

/** What both PostgreSQL stores take. */
export interface PostgresStoreOptions {
  /** The pg Pool/Client or postgres `sql` the site already uses. */
  client: PostgresClientLike;
  /** The table; default `login_help_idempotency` (rate limits: `login_help_rate_limit`). A plain identifier. */
  table?: string;
  /** Create the table on first use; default true. Pass false when the migration has been run. */
  createTable?: boolean;
  /** How often expired rows are deleted, at most, in ms; default one minute; 0: never (call `purge()`). */
  purgeIntervalMs?: number;
  /**
   * Use prepared statements (named, kept per connection); default true. Pass false behind a
   * pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
   */
  prepare?: boolean;
}
