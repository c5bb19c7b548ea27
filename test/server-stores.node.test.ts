/**
 * The idempotency and rate-limit stores on real Redis and real PostgreSQL, each started by this
 * file on a free port of 127.0.0.1 in a temporary directory (test/support/redis-server.ts,
 * test/support/postgres-server.ts) and stopped at the end:
 *   - the store contract (test/support/store-conformance.ts) with node-redis 6 and ioredis 6,
 *     pg 8 and postgres 3;
 *   - atomicity across clients (50 concurrent claims → one), lock ownership, expiry in the
 *     server's own time, the migration and the table made on first use, identifiers refused;
 *   - end to end: two handler instances in two processes (test/fixtures/handler-instance.ts)
 *     sharing the store: 50 parallel posts of one key → one onRequest; another body → 422; an
 *     instance killed with SIGKILL inside onRequest → after the lock time a retry on the other
 *     completes exactly once.
 * Skipped, with the reason, only when the server binary is missing and CI is not set.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, createClientPool } from 'redis';
import { Redis } from 'ioredis';
import pg from 'pg';
import postgres from 'postgres';
import { redisIdempotencyStore, redisRateLimitStore } from '../src/server/redis.js';
import {
  postgresIdempotencyMigration,
  postgresIdempotencyStore,
  postgresRateLimitMigration,
  postgresRateLimitStore,
} from '../src/server/postgres.js';
import type { IdempotencyStore } from '../src/server/idempotency-store.js';
import { requestPayload } from '../src/request/payload.js';
import { findRequestTemplate } from '../src/request/templates.js';
import { storeConformance, rateLimitConformance } from './support/store-conformance.js';
import { exited, redisSkipReason, startRedisServer, type RedisServer } from './support/redis-server.js';
import { postgresSkipReason, startPostgresServer, type PostgresServer } from './support/postgres-server.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'handler-instance.ts');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const key = () => `stores-${randomUUID()}`;

// ---- Servers and clients, started on first use, stopped after every test ----------------------

const closers: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
});
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

const redisServer = lazy(async (): Promise<RedisServer> => {
  const server = await startRedisServer();
  closers.push(() => server.stop());
  return server;
});
const nodeRedis = lazy(async () => {
  const client = createClient({ url: (await redisServer()).url });
  client.on('error', () => undefined);
  await client.connect();
  closers.push(() => client.close());
  return client;
});
const ioRedis = lazy(async () => {
  const client = new Redis((await redisServer()).url, { lazyConnect: true });
  client.on('error', () => undefined);
  await client.connect();
  closers.push(async () => client.disconnect());
  return client;
});
const postgresServer = lazy(async (): Promise<PostgresServer> => {
  const server = await startPostgresServer();
  closers.push(() => server.stop());
  return server;
});
const pgPool = lazy(async () => {
  const pool = new pg.Pool({ connectionString: (await postgresServer()).url, max: 20 });
  pool.on('error', () => undefined);
  closers.push(() => pool.end());
  return pool;
});
const postgresSql = lazy(async () => {
  const sql = postgres((await postgresServer()).url, { max: 20, onnotice: () => undefined });
  closers.push(() => sql.end({ timeout: 1 }));
  return sql;
});

const redisSkip = redisSkipReason();
const postgresSkip = postgresSkipReason();

// ---- The contract, with each client ------------------------------------------------------------

describe('Redis, node-redis 6', { skip: redisSkip }, () => {
  storeConformance('Redis (node-redis)', async () => redisIdempotencyStore({ client: await nodeRedis() }));
  rateLimitConformance('Redis (node-redis)', async () => redisRateLimitStore({ client: await nodeRedis() }));
});
describe('Redis, ioredis 6', { skip: redisSkip }, () => {
  storeConformance('Redis (ioredis)', async () => redisIdempotencyStore({ client: await ioRedis(), prefix: 'io:' }));
  rateLimitConformance('Redis (ioredis)', async () => redisRateLimitStore({ client: await ioRedis(), prefix: 'io-rate:' }));
});
describe('PostgreSQL, pg 8', { skip: postgresSkip }, () => {
  storeConformance('PostgreSQL (pg)', async () => postgresIdempotencyStore({ client: await pgPool() }));
  rateLimitConformance('PostgreSQL (pg)', async () => postgresRateLimitStore({ client: await pgPool() }));
});
describe('PostgreSQL, postgres 3', { skip: postgresSkip }, () => {
  storeConformance('PostgreSQL (postgres)', async () =>
    postgresIdempotencyStore({ client: await postgresSql(), table: 'idempotency_pgjs' }),
  );
  rateLimitConformance('PostgreSQL (postgres)', async () => postgresRateLimitStore({ client: await postgresSql(), table: 'rate_pgjs' }));
});

test('docs/running-several-instances.md shows the SQL the migration functions give', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'running-several-instances.md'), 'utf8');
  const sql = /```sql\n([\s\S]*?)```/.exec(doc)?.[1];
  assert.equal(sql, postgresIdempotencyMigration() + postgresRateLimitMigration());
});

// ---- Across clients and instances --------------------------------------------------------------

/** Two store objects (two instances) on one server, through its two clients. */
async function claimsFromTwoInstances(stores: [IdempotencyStore, IdempotencyStore]) {
  const k = key();
  const results = await Promise.all(Array.from({ length: 50 }, (_, i) => stores[i % 2]!.claim(k, A, 10_000)));
  assert.equal(results.filter((r) => r.state === 'claimed').length, 1, JSON.stringify(results));
  assert.equal(results.filter((r) => r.state === 'in-flight').length, 49);
}

/** A lock that expired and was claimed by another instance is not freed by the first one's release. */
async function releaseKeepsAnothersLock(stores: [IdempotencyStore, IdempotencyStore]) {
  const k = key();
  assert.equal((await stores[0].claim(k, A, 50)).state, 'claimed');
  await sleep(200);
  assert.equal((await stores[1].claim(k, A, 10_000)).state, 'claimed');
  await stores[0].release(k);
  assert.equal((await stores[1].claim(k, A, 10_000)).state, 'in-flight', "the second instance's lock stays");
  await stores[1].release(k);
  assert.equal((await stores[0].claim(k, A, 10_000)).state, 'claimed');
}

describe('Redis stores across clients', { skip: redisSkip }, () => {
  const stores = async (): Promise<[IdempotencyStore, IdempotencyStore]> => [
    redisIdempotencyStore({ client: await nodeRedis(), prefix: 'shared:' }),
    redisIdempotencyStore({ client: await ioRedis(), prefix: 'shared:' }),
  ];

  test('50 concurrent claims of one key from two instances (node-redis and ioredis) → exactly one claimed', async () => {
    await claimsFromTwoInstances(await stores());
  });

  test("release never frees another instance's lock", async () => {
    await releaseKeepsAnothersLock(await stores());
  });

  test('50 concurrent hits of distinct ids from two clients count 1…50 exactly', async () => {
    const rates = [redisRateLimitStore({ client: await nodeRedis() }), redisRateLimitStore({ client: await ioRedis() })];
    const k = key();
    const counts = await Promise.all(Array.from({ length: 50 }, (_, i) => rates[i % 2]!.hit(k, 60_000, `id-${i}`)));
    assert.deepEqual(
      [...counts].sort((x, y) => x - y),
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });

  test('keys live under the prefix and expire: the lock after lockMs, a completed key after its retention', async () => {
    const client = await nodeRedis();
    const store = redisIdempotencyStore({ client, prefix: 'ttl-check:' });
    const k = key();
    await store.claim(k, A, 5_000);
    const lockTtl = Number(await client.sendCommand(['PTTL', `ttl-check:${k}`]));
    assert.ok(lockTtl > 0 && lockTtl <= 5_000, `lock PTTL ${lockTtl}`);
    await store.complete(k, { status: 201, body: '{}' }, 86_400_000);
    const keptTtl = Number(await client.sendCommand(['PTTL', `ttl-check:${k}`]));
    assert.ok(keptTtl > 86_000_000 && keptTtl <= 86_400_000, `retention PTTL ${keptTtl}`);
    const rate = redisRateLimitStore({ client, prefix: 'ttl-rate:' });
    await rate.hit(k, 3_000, 'x');
    const rateTtl = Number(await client.sendCommand(['PTTL', `ttl-rate:${k}`]));
    assert.ok(rateTtl > 0 && rateTtl <= 3_000, `counter PTTL ${rateTtl}`);
  });

  test('a node-redis pool (createClientPool) works too', async () => {
    const pool = createClientPool({ url: (await redisServer()).url });
    pool.on('error', () => undefined);
    await pool.connect();
    try {
      const store = redisIdempotencyStore({ client: pool, prefix: 'pool:' });
      const k = key();
      assert.equal((await store.claim(k, A, 10_000)).state, 'claimed');
      assert.equal((await store.claim(k, B, 10_000)).state, 'mismatch');
      await store.complete(k, { status: 201, body: '{"reference":"P"}' }, 60_000);
      assert.deepEqual(await store.claim(k, A, 10_000), { state: 'done', response: { status: 201, body: '{"reference":"P"}' } });
      assert.equal(await redisRateLimitStore({ client: pool }).hit(k, 60_000, 'x'), 1);
    } finally {
      await pool.close();
    }
  });

  test('works after the server forgot its scripts (SCRIPT FLUSH → NOSCRIPT → EVAL)', async () => {
    const client = await ioRedis();
    const store = redisIdempotencyStore({ client });
    await store.claim(key(), A, 1_000);
    await client.call('SCRIPT', 'FLUSH');
    const k = key();
    assert.equal((await store.claim(k, A, 1_000)).state, 'claimed');
    assert.equal((await store.claim(k, B, 1_000)).state, 'mismatch');
  });

  test('refuses a client it cannot use and a prefix that is not plain', async () => {
    assert.throws(() => redisIdempotencyStore({ client: {} as never }), /node-redis 6 client .* ioredis 6 client/);
    assert.throws(() => redisRateLimitStore({ client: null as never }), TypeError);
    const client = await nodeRedis();
    for (const prefix of ['a b', 'x\n', 'é:', '*', 'x'.repeat(101)]) {
      assert.throws(() => redisIdempotencyStore({ client, prefix }), TypeError, prefix);
    }
  });
});

describe('PostgreSQL stores across clients', { skip: postgresSkip }, () => {
  const stores = async (table = 'login_help_idempotency'): Promise<[IdempotencyStore, IdempotencyStore]> => [
    postgresIdempotencyStore({ client: await pgPool(), table }),
    postgresIdempotencyStore({ client: await postgresSql(), table }),
  ];

  test('50 concurrent claims of one key from two instances (pg and postgres) → exactly one claimed', async () => {
    await claimsFromTwoInstances(await stores());
  });

  test("release never frees another instance's lock", async () => {
    await releaseKeepsAnothersLock(await stores());
  });

  test('the table is made on first use, also by two instances at once', async () => {
    const table = `first_use_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await claimsFromTwoInstances(await stores(table));
    const pool = await pgPool();
    const columns = await pool.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position', [
      table,
    ]);
    assert.deepEqual(
      columns.rows.map((row: { column_name: string }) => row.column_name),
      ['idempotency_key', 'fingerprint', 'state', 'owner_token', 'response', 'expires_at'],
    );
  });

  test('the exported migrations create the tables; stores with createTable: false use them', async () => {
    const pool = await pgPool();
    const migration = postgresIdempotencyMigration('migrated_idempotency');
    assert.match(migration, /^CREATE TABLE IF NOT EXISTS "migrated_idempotency" \(/);
    await pool.query(migration);
    await pool.query(migration); // idempotent
    await pool.query(postgresRateLimitMigration('migrated_rate'));
    const store = postgresIdempotencyStore({ client: pool, table: 'migrated_idempotency', createTable: false });
    const k = key();
    assert.equal((await store.claim(k, A, 1_000)).state, 'claimed');
    await store.complete(k, { status: 201, body: '{"reference":"R"}' }, 60_000);
    assert.deepEqual(await store.claim(k, A, 1_000), { state: 'done', response: { status: 201, body: '{"reference":"R"}' } });
    const rate = postgresRateLimitStore({ client: pool, table: 'migrated_rate', createTable: false });
    assert.equal(await rate.hit(k, 60_000, 'x'), 1);
    const missing = postgresIdempotencyStore({ client: pool, table: 'never_migrated', createTable: false });
    await assert.rejects(missing.claim(k, A, 1_000), /never_migrated/);
  });

  test('50 concurrent hits of distinct ids from two clients count 1…50 exactly', async () => {
    const rates = [postgresRateLimitStore({ client: await pgPool() }), postgresRateLimitStore({ client: await postgresSql() })];
    const k = key();
    const counts = await Promise.all(Array.from({ length: 50 }, (_, i) => rates[i % 2]!.hit(k, 60_000, `id-${i}`)));
    assert.deepEqual(
      [...counts].sort((x, y) => x - y),
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });

  test('rate-limit keys with quotes and backslashes are kept apart and stay text', async () => {
    const rate = postgresRateLimitStore({ client: await postgresSql() });
    const base = key();
    const odd = [`${base}'`, `${base}\\'`, `${base}\\`, `${base}'; DROP TABLE login_help_rate_limit; --`, `${base}$$`, `${base}ラ`];
    for (const k of odd) assert.equal(await rate.hit(k, 60_000, 'one'), 1, k);
    for (const k of odd) assert.equal(await rate.hit(k, 60_000, 'two'), 2, k);
    const pool = await pgPool();
    const stored = await pool.query('SELECT DISTINCT rate_key FROM login_help_rate_limit WHERE rate_key LIKE $1', [`${base}%`]);
    assert.deepEqual(new Set(stored.rows.map((row: { rate_key: string }) => row.rate_key)), new Set(odd));
    await assert.rejects(rate.hit(`${base}\0`, 60_000, 'x'), TypeError);
  });

  test('a claim turns synchronous_commit off for its own transaction only; synchronousClaims keeps it', async () => {
    const client = new pg.Client({ connectionString: (await postgresServer()).url });
    await client.connect();
    try {
      await client.query('SET synchronous_commit = on'); // the test server runs with it off
      for (const synchronousClaims of [false, true]) {
        const store = postgresIdempotencyStore({ client, synchronousClaims });
        const k = key();
        assert.equal((await store.claim(k, A, 10_000)).state, 'claimed');
        assert.equal((await store.claim(k, B, 10_000)).state, 'mismatch');
        const setting = await client.query('SHOW synchronous_commit');
        assert.equal(setting.rows[0].synchronous_commit, 'on', 'the session keeps its setting');
        // Inside a transaction, the claim's setting is seen until its end.
        await client.query('BEGIN');
        await store.claim(key(), A, 10_000);
        const during = await client.query('SHOW synchronous_commit');
        await client.query('ROLLBACK');
        assert.equal(during.rows[0].synchronous_commit, synchronousClaims ? 'on' : 'off');
      }
    } finally {
      await client.end();
    }
  });

  test('expired rows are purged', async () => {
    const pool = await pgPool();
    const store = postgresIdempotencyStore({ client: pool, table: 'purge_check' });
    const k = key();
    await store.claim(k, A, 10_000);
    await store.complete(k, { status: 201, body: '{}' }, 50);
    await sleep(150);
    assert.ok((await store.purge()) >= 1);
    const left = await pool.query('SELECT count(*)::integer AS n FROM purge_check WHERE idempotency_key = $1', [k]);
    assert.equal(left.rows[0].n, 0);
  });

  test('refuses a client it cannot use and a table that is not a plain identifier', async () => {
    assert.throws(() => postgresIdempotencyStore({ client: {} as never }), /pg 8 Pool or Client .* postgres 3 sql/);
    const pool = await pgPool();
    for (const table of ['x; DROP TABLE y', 'a"b', 'public.t', '1abc', '', 'x'.repeat(49), 'tä']) {
      assert.throws(() => postgresIdempotencyStore({ client: pool, table }), TypeError, table);
      assert.throws(() => postgresRateLimitStore({ client: pool, table }), TypeError, table);
      assert.throws(() => postgresIdempotencyMigration(table), TypeError, table);
    }
  });
});

// ---- End to end: two handler instances in two processes ----------------------------------------

interface Instance {
  url: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts test/fixtures/handler-instance.ts with `env`; resolves once it listens. */
function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child, 5_000);
  };
  closers.push(stop);
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`handler instance did not start in 30 s: ${stderr}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) {
        clearTimeout(timer);
        const { port, pid } = JSON.parse(line) as { port: number; pid: number };
        resolve({ url: `http://127.0.0.1:${port}/requests`, pid, child, stop });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`handler instance exited (${code ?? signal}): ${stderr}`));
    });
  });
}

function payloadFor(idempotencyKey: string, whatHappened = 'The login page says a system error occurred.') {
  return requestPayload({
    template: findRequestTemplate('contact')!,
    values: { whatHappened },
    name: 'Taro',
    email: 'taro@example.com',
    locale: 'en',
    idempotencyKey,
  });
}

async function post(instance: Instance, body: ReturnType<typeof payloadFor>) {
  const response = await fetch(instance.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': body.idempotencyKey },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: await response.text(),
    retryAfter: response.headers.get('retry-after'),
    replayed: response.headers.get('idempotent-replayed'),
  };
}

/** The calls file's lines for `k`: `{ pid, phase }`. */
function calls(file: string, k: string): { pid: number; phase: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter((parts) => parts[1] === k)
    .map(([pid, , phase]) => ({ pid: Number(pid), phase: phase! }));
}

/**
 * The end-to-end checks against one backend, `stores` naming the store of each of the
 * two instances (two different clients of one server: they must agree on the data).
 */
function endToEnd(name: string, skip: string | undefined, connection: () => Promise<Record<string, string>>, stores: [string, string]) {
  describe(`two handler instances in two processes on ${name}`, { skip }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'lhe-stores-'));
    const callsFile = join(dir, 'calls.log');
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    // The pair's locks outlast any onRequest even on a loaded machine; the doomed instance's lock
    // is what the crash test waits out.
    const PAIR_LOCK_MS = 10_000;
    const LOCK_MS = 2_500;
    const pair = lazy(async () => {
      const shared = await connection();
      return Promise.all(
        stores.map((store) => startInstance({ ...shared, STORE: store, CALLS: callsFile, LOCK_MS: String(PAIR_LOCK_MS), WORK_MS: '300' })),
      );
    });

    test(
      '50 parallel posts of one key split across both → exactly one onRequest; every answer the same 201 or a 409',
      { timeout: 60_000 },
      async () => {
        const instances = await pair();
        const k = key();
        const body = payloadFor(k);
        const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => post(instances[i % 2]!, body)));
        assert.equal(calls(callsFile, k).filter((call) => call.phase === 'start').length, 1, 'one onRequest');
        assert.ok(
          answers.every((a) => a.status === 201 || a.status === 409),
          JSON.stringify(answers.map((a) => a.status)),
        );
        const created = new Set(answers.filter((a) => a.status === 201).map((a) => a.body));
        assert.equal(created.size, 1, [...created].join(' | '));
        assert.ok(
          answers.filter((a) => a.status === 409).every((a) => a.retryAfter !== null),
          '409 carries Retry-After',
        );
        // Each instance replays it afterwards.
        for (const instance of instances) {
          const again = await post(instance, body);
          assert.equal(again.status, 201);
          assert.equal(again.replayed, 'true');
          assert.deepEqual(new Set([again.body]), created);
        }
        assert.equal(calls(callsFile, k).filter((call) => call.phase === 'start').length, 1, 'still one onRequest');
      },
    );

    test('the same key with another body → 422, on either instance, and onRequest is not called', { timeout: 60_000 }, async () => {
      const instances = await pair();
      const k = key();
      assert.equal((await post(instances[0]!, payloadFor(k))).status, 201);
      for (const instance of instances) {
        const other = await post(instance, payloadFor(k, 'Another text: the login page shows a blank screen.'));
        assert.equal(other.status, 422, other.body);
        assert.match(other.body, /"rule":"idempotency-key-reused"|idempotency-key-reused/);
      }
      assert.equal(calls(callsFile, k).filter((call) => call.phase === 'start').length, 1);
    });

    test(
      'an instance killed with SIGKILL inside onRequest: 409 until the lock time passes, then a retry on the other instance completes exactly once',
      { timeout: 60_000 },
      async () => {
        const [, other] = await pair();
        const shared = await connection();
        const doomed = await startInstance({
          ...shared,
          STORE: stores[0],
          CALLS: callsFile,
          LOCK_MS: String(LOCK_MS),
          BLOCK: join(dir, 'never'),
        });
        const k = key();
        const body = payloadFor(k);
        const first = post(doomed, body).catch((error: unknown) => error);
        const deadline = Date.now() + 20_000;
        while (!calls(callsFile, k).some((call) => call.pid === doomed.pid && call.phase === 'start')) {
          assert.ok(Date.now() < deadline, 'onRequest did not start on the doomed instance');
          await sleep(10);
        }
        const claimedAt = Date.now();
        doomed.child.kill('SIGKILL');
        await exited(doomed.child);
        assert.ok((await first) instanceof Error, 'the killed instance never answered');

        const early = await post(other!, body);
        assert.ok(Date.now() - claimedAt < LOCK_MS, 'the first retry came within the lock time');
        assert.equal(early.status, 409, early.body);
        assert.ok(early.retryAfter !== null);

        await sleep(LOCK_MS - (Date.now() - claimedAt) + 300);
        const retry = await post(other!, body);
        assert.equal(retry.status, 201, retry.body);
        const again = await Promise.all([post(other!, body), post(other!, body)]);
        assert.ok(again.every((a) => a.status === 201 && a.body === retry.body && a.replayed === 'true'));
        const log = calls(callsFile, k);
        assert.deepEqual(
          log.map((call) => `${call.pid === doomed.pid ? 'doomed' : call.pid === other!.pid ? 'other' : call.pid} ${call.phase}`),
          ['doomed start', 'other start', 'other done'],
        );
      },
    );
  });
}

endToEnd('Redis', redisSkip, async () => ({ URL: (await redisServer()).url, PREFIX: 'e2e:' }), ['node-redis', 'ioredis']);
endToEnd('PostgreSQL', postgresSkip, async () => ({ URL: (await postgresServer()).url, TABLE: 'e2e_idempotency' }), ['pg', 'postgres']);
