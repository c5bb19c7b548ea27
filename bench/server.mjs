#!/usr/bin/env node
// `npm run bench:server` (= `node --import tsx bench/server.mjs`): the request handler's
// throughput and latency with each idempotency store, in one run on this machine. A benchmark,
// not a test: it prints a table and exits 0 whatever it measures (1 when a store could not run).
//
// For each store, one handler instance (test/fixtures/handler-instance.ts: createRequestHandler
// behind Node's http server on 127.0.0.1, onRequest answering at once) in its own process, and
// autocannon in this one posting a valid request with a new Idempotency-Key each time (every
// request claims, runs and completes a key: the store's whole write path). The servers are
// private ones on free ports of 127.0.0.1 (test/support): Redis without persistence (as Debian's
// package, less the RDB snapshots), PostgreSQL with a default installation's durability (fsync
// and synchronous_commit on; the store commits claims without waiting for the disk, completions
// waiting). A warm-up run per store, then rounds over the stores in turn, each round starting
// with the next store (so no store always follows the same one). All of it shares this
// machine's cores: the database servers compete with the handler and autocannon for them.
//
// Env: BENCH_SERVER_DURATION (seconds per store and round, 8), BENCH_SERVER_ROUNDS (3),
// BENCH_SERVER_WARMUP (seconds, 3), BENCH_SERVER_CONNECTIONS (20), BENCH_SERVER_STORES
// (memory,redis,postgres; also postgres-js: the PostgreSQL store through postgres 3, not pg),
// BENCH_SERVER_PG_DURABLE (1; 0 turns fsync and synchronous_commit off), BENCH_SERVER_PG_POOL
// (connections of the PostgreSQL pool, 10: pg's default), BENCH_SERVER_PG_SOCKET (0; 1: pg
// connects through PostgreSQL's Unix socket in its temporary directory instead of 127.0.0.1).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { requestPayload } from '../src/request/payload.ts';
import { findRequestTemplate } from '../src/request/templates.ts';
import { startRedisServer, redisServerBinary, exited } from '../test/support/redis-server.ts';
import { startPostgresServer, postgresBinaries } from '../test/support/postgres-server.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = join(root, 'test', 'fixtures', 'handler-instance.ts');
const env = (name, fallback) => (process.env[name] ? process.env[name] : fallback);
const DURATION = Number(env('BENCH_SERVER_DURATION', '8'));
const WARMUP = Number(env('BENCH_SERVER_WARMUP', '3'));
const CONNECTIONS = Number(env('BENCH_SERVER_CONNECTIONS', '20'));
const STORES = env('BENCH_SERVER_STORES', 'memory,redis,postgres').split(',');
const ROUNDS = Number(env('BENCH_SERVER_ROUNDS', '3'));
const PG_DURABLE = env('BENCH_SERVER_PG_DURABLE', '1') !== '0';
const PG_POOL = Number(env('BENCH_SERVER_PG_POOL', '10'));
const PG_SOCKET = env('BENCH_SERVER_PG_SOCKET', '0') === '1';

/** Starts one handler instance; resolves with its URL and a stop function. */
function startInstance(extra) {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    cwd: root,
    env: { ...process.env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!stdout.includes('\n')) return;
      const { port } = JSON.parse(stdout.split('\n')[0]);
      resolve({
        url: `http://127.0.0.1:${port}/requests`,
        stop: async () => {
          child.kill('SIGTERM');
          await exited(child, 5000);
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`handler instance exited (${code}): ${stderr}`)));
  });
}

const body = JSON.stringify(
  (({ idempotencyKey: _key, ...rest }) => rest)(
    requestPayload({
      template: findRequestTemplate('contact'),
      values: { whatHappened: 'The login page says a system error occurred.' },
      name: 'Taro',
      email: 'taro@example.com',
      locale: 'en',
      idempotencyKey: 'placeholder',
    }),
  ),
);

/** One autocannon run of `seconds` against `url`, a new key per request. */
function load(url, seconds, run) {
  let n = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': `bench-${run}-${++n}` } }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const setups = {
  'postgres-js': async () => {
    if (!postgresBinaries()) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
    const server = await startPostgresServer({ durable: PG_DURABLE });
    return {
      label: `PostgreSQL (postgres${PG_DURABLE ? '' : ', fsync off'})`,
      env: { STORE: 'postgres', URL: server.url, POOL_MAX: String(PG_POOL) },
      stop: server.stop,
    };
  },
  memory: async () => ({ label: 'memory', env: { STORE: 'memory' }, stop: async () => {} }),
  redis: async () => {
    if (!redisServerBinary()) throw new Error('redis-server is not installed (apt-get install redis-server)');
    const server = await startRedisServer();
    return { label: 'Redis (node-redis)', env: { STORE: 'node-redis', URL: server.url }, stop: server.stop };
  },
  postgres: async () => {
    if (!postgresBinaries()) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
    const server = await startPostgresServer({ durable: PG_DURABLE });
    const url = PG_SOCKET ? `postgres://postgres@/postgres?host=${encodeURIComponent(server.socketDir)}&port=${server.port}` : server.url;
    return {
      label: `PostgreSQL (pg${PG_DURABLE ? '' : ', fsync off'}${PG_SOCKET ? ', socket' : ''})`,
      env: { STORE: 'pg', URL: url, POOL_MAX: String(PG_POOL) },
      stop: server.stop,
    };
  },
};

const run = randomUUID().slice(0, 8);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Every backend and its handler instance first, then ROUNDS rounds over the stores in turn, so
// that a change of load on the machine touches every store alike.
const started = [];
let failed = false;
for (const name of STORES) {
  const setup = setups[name];
  try {
    if (!setup) throw new Error('unknown store (memory, redis, postgres)');
    const backend = await setup();
    try {
      const instance = await startInstance(backend.env);
      started.push({ name, backend, instance, runs: [] });
    } catch (error) {
      await backend.stop();
      throw error;
    }
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : error}`);
    failed = true;
  }
}
try {
  for (const entry of started) if (WARMUP > 0) await load(entry.instance.url, WARMUP, `${run}-${entry.name}-warm`);
  for (let round = 1; round <= ROUNDS; round++) {
    // Each round starts with the next store (memory, redis, postgres; then redis, postgres,
    // memory; …): measured here, a store's figure depends on which store ran before it (the
    // PostgreSQL store ran at 0.48× memory after Redis, 0.62× after memory, in the same hour).
    const order = started.map((_, i) => started[(i + round - 1) % started.length]);
    for (const entry of order) {
      const result = await load(entry.instance.url, DURATION, `${run}-${entry.name}-${round}`);
      entry.runs.push({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests: result.requests.total,
        other: result.requests.total - result['2xx'] + result.errors + result.timeouts,
      });
      process.stderr.write(`round ${round}: ${entry.backend.label} ${Math.round(result.requests.average)} req/s\n`);
    }
  }
} finally {
  for (const entry of started) {
    await entry.instance.stop();
    await entry.backend.stop();
  }
}

const memory = started.find((entry) => entry.name === 'memory');
const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
console.log(
  `\nThe request handler with each idempotency store: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s, a new key per request, 127.0.0.1` +
    `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end` +
    `\nMedians over the rounds; "vs memory": the median of each round's ratio to the memory store in the same round.\n`,
);
console.log(
  `${pad('store', 28)}${padStart('req/s', 8)}${padStart('p50 ms', 8)}${padStart('p99 ms', 8)}${padStart('requests', 10)}${padStart('not 201', 9)}${padStart('vs memory', 11)}`,
);
for (const entry of started) {
  const ratios = memory ? entry.runs.map((each, i) => each.rps / memory.runs[i].rps) : [];
  const ratio = ratios.length ? median(ratios) : NaN;
  console.log(
    `${pad(entry.backend.label, 28)}${padStart(Math.round(median(entry.runs.map((r) => r.rps))), 8)}${padStart(median(entry.runs.map((r) => r.p50)), 8)}${padStart(
      median(entry.runs.map((r) => r.p99)),
      8,
    )}${padStart(
      entry.runs.reduce((sum, r) => sum + r.requests, 0),
      10,
    )}${padStart(
      entry.runs.reduce((sum, r) => sum + r.other, 0),
      9,
    )}${padStart(entry === memory ? '1.00' : Number.isFinite(ratio) ? `${ratio.toFixed(2)}${ratio >= 0.5 ? '' : ' < 0.5'}` : '–', 11)}`,
  );
}
process.exit(failed ? 1 : 0);
