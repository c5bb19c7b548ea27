/**
 * The tables of the PostgreSQL stores (postgres.ts, postgres-rate-limit.ts): the statements that
 * create them, also exported as SQL text for a site that runs its own migrations.
 */
import { identifier, identifierText } from './postgres-client.js';

/** The default idempotency table. */
export const DEFAULT_IDEMPOTENCY_TABLE = 'login_help_idempotency';
/** The default rate-limit table. */
export const DEFAULT_RATE_LIMIT_TABLE = 'login_help_rate_limit';

export function idempotencyStatements(table: string): string[] {
  const t = identifier(table, 'table');
  // No index on expires_at: a completion then updates its row in place (a HOT update, no index
  // entry to write), and the table stays small (only accepted requests, for the retention), so
  // the purge's scan once a minute costs little.
  return [
    `CREATE TABLE IF NOT EXISTS ${t} (
  idempotency_key text PRIMARY KEY,
  fingerprint text,
  state text NOT NULL CHECK (state IN ('in-flight', 'done')),
  owner_token text,
  response text,
  expires_at timestamptz NOT NULL
)`,
  ];
}

export function rateLimitStatements(table: string): string[] {
  const t = identifier(table, 'table');
  const index = `"${identifierText(table)}_recorded_at"`;
  return [
    `CREATE TABLE IF NOT EXISTS ${t} (
  rate_key text NOT NULL,
  request_id text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (rate_key, request_id)
)`,
    `CREATE INDEX IF NOT EXISTS ${index} ON ${t} (recorded_at)`,
  ];
}

/**
 * The SQL that creates the idempotency table, for a site that runs its own migrations:
 * idempotent (`IF NOT EXISTS`), statements ending in `;`.
 */
export function postgresIdempotencyMigration(table: string = DEFAULT_IDEMPOTENCY_TABLE): string {
  return idempotencyStatements(table)
    .map((statement) => `${statement};\n`)
    .join('');
}

/** The SQL that creates the rate-limit table and its index on `recorded_at`, like `postgresIdempotencyMigration`. */
export function postgresRateLimitMigration(table: string = DEFAULT_RATE_LIMIT_TABLE): string {
  return rateLimitStatements(table)
    .map((statement) => `${statement};\n`)
    .join('');
}
