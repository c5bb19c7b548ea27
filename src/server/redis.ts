/**
 * `login-help-elements/server/redis`: the request handler's idempotency store and rate-limit
 * store on Redis, for several server instances behind one load balancer. The site passes the
 * client it already runs — node-redis 6 (`createClient()` of the `redis` package, or a pool) or
 * ioredis 6 (`new Redis()`, also a Cluster) — and nothing else: this module imports no Redis
 * package (its client types are described here by shape, so neither package is needed to
 * compile against it).
 *
 * Each idempotency key is one Redis hash, `<prefix><key>`, changed only by Lua scripts (EVALSHA,
 * EVAL when the server does not know the script yet), so a claim is atomic across instances:
 *   - claim: no hash → create it in state `lock` with the fingerprint and a random owner token,
 *     expiring after `lockMs` (a process that dies after claiming blocks the key for `lockMs`
 *     at most); a hash with another fingerprint → `mismatch`; state `done` → the stored
 *     response; else `in-flight`.
 *   - complete: state `done`, the response (JSON), expiring after the retention `ttlMs`.
 *   - release: deletes the hash while it is still this claim's lock (a lock that expired and
 *     was claimed again by another instance is left to that instance).
 * The rate-limit store keeps, per key, a sorted set of the ids recorded within the sliding window
 * (one script: drop the ids older than the window, add this one, count).
 */
import type { ClaimResult, IdempotencyStore, StoredResponse } from './idempotency-store.js';
import type { RateLimitStore } from './rate-limit.js';

/** What this module needs of a node-redis 6 client or pool: `sendCommand([...args])`. */
export interface NodeRedisClientLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/** What this module needs of a node-redis 6 cluster: `sendCommand(firstKey, isReadonly, args)`. */
export interface NodeRedisClusterLike {
  sendCommand(firstKey: string | undefined, isReadonly: boolean | undefined, args: string[]): Promise<unknown>;
  getSlotMaster(slot: number): unknown;
}

/** What this module needs of an ioredis 6 client or cluster: `call(command, ...args)`. */
export interface IoRedisClientLike {
  call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

/** A node-redis 6 client, pool or cluster, or an ioredis 6 client or cluster. */
export type RedisClientLike = NodeRedisClientLike | NodeRedisClusterLike | IoRedisClientLike;

export interface RedisStoreOptions {
  /** The connected client the site already uses. */
  client: RedisClientLike;
  /**
   * Put before every key this store writes; default `login-help:idempotency:` for the
   * idempotency store and `login-help:rate:` for the rate-limit store. Letters, digits and
   * `: _ - . / { }` only, at most 100 characters.
   */
  prefix?: string;
}

/** Runs one Redis command given as strings; resolves with its reply. */
type Send = (args: string[], firstKey: string) => Promise<unknown>;

/** How to send a command with `client`, found by its shape (no Redis package is imported). */
function redisSender(client: unknown): Send {
  const c = (typeof client === 'object' || typeof client === 'function') && client !== null ? (client as Record<string, unknown>) : {};
  // ioredis has `call(command, ...args)` (its `sendCommand` takes a Command object); node-redis has no `call`.
  if (typeof c.call === 'function') {
    const io = client as IoRedisClientLike;
    return (args) => io.call(args[0]!, ...args.slice(1));
  }
  if (typeof c.sendCommand === 'function') {
    if (typeof c.getSlotMaster === 'function') {
      const cluster = client as NodeRedisClusterLike;
      return (args, firstKey) => cluster.sendCommand(firstKey, false, args);
    }
    const node = client as NodeRedisClientLike;
    return (args) => node.sendCommand(args);
  }
  throw new TypeError(
    'redis store: `client` must be a connected node-redis 6 client (createClient() of the `redis` package) or an ioredis 6 client (new Redis())',
  );
}

const PREFIX_PATTERN = /^[A-Za-z0-9:_\-./{}]{0,100}$/;

function checkPrefix(prefix: string): string {
  if (typeof prefix !== 'string' || !PREFIX_PATTERN.test(prefix)) {
    throw new TypeError('redis store: `prefix` may hold letters, digits and : _ - . / { } only (at most 100 characters)');
  }
  return prefix;
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  // An integer reply (ioredis), a RESP3 boolean, or a String object (node-redis's RESP3 verbatim strings).
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof String) return value.valueOf();
  return undefined;
}

function integer(value: unknown): number {
  const number = typeof value === 'number' ? value : Number(text(value));
  return Number.isFinite(number) ? number : 0;
}

function positiveMs(value: number, name: string): string {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`redis store: \`${name}\` must be a positive number of milliseconds`);
  return String(Math.max(1, Math.ceil(value)));
}

/** A Lua script sent by its SHA-1 (EVALSHA), and in full (EVAL) when the server does not know it yet. */
class Script {
  #sha: Promise<string> | undefined;
  constructor(readonly source: string) {}

  sha(): Promise<string> {
    this.#sha ??= (async () => {
      const digest = await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(this.source));
      return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
    })();
    return this.#sha;
  }

  async run(send: Send, keys: string[], args: string[]): Promise<unknown> {
    const tail = [String(keys.length), ...keys, ...args];
    const firstKey = keys[0]!;
    try {
      return await send(['EVALSHA', await this.sha(), ...tail], firstKey);
    } catch (error) {
      if (!/NOSCRIPT/i.test(String((error as { message?: unknown })?.message ?? error))) throw error;
      return send(['EVAL', this.source, ...tail], firstKey);
    }
  }
}

// KEYS[1] the key's hash; ARGV fingerprint, lockMs, token. Returns {state, …}.
const CLAIM = new Script(`
local state = redis.call('HGET', KEYS[1], 's')
if not state then
  redis.call('HSET', KEYS[1], 's', 'lock', 'f', ARGV[1], 't', ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {'claimed'}
end
local fingerprint = redis.call('HGET', KEYS[1], 'f')
if fingerprint and fingerprint ~= ARGV[1] then return {'mismatch'} end
if state == 'done' then return {'done', redis.call('HGET', KEYS[1], 'r')} end
return {'in-flight'}
`);

// KEYS[1] the key's hash; ARGV response (JSON), ttlMs. The fingerprint stays.
const COMPLETE = new Script(`
redis.call('HSET', KEYS[1], 's', 'done', 'r', ARGV[1])
redis.call('HDEL', KEYS[1], 't')
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`);

// KEYS[1] the key's hash; ARGV token ('' when unknown). Deletes only a lock, and only this claim's.
const RELEASE = new Script(`
if redis.call('HGET', KEYS[1], 's') ~= 'lock' then return 0 end
if ARGV[1] ~= '' and redis.call('HGET', KEYS[1], 't') ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])
`);

// KEYS[1] the key's sorted set (id → when recorded, ms); ARGV windowMs, id, most ids kept.
// Returns how many distinct ids were recorded within the window, this one included.
const HIT = new Script(`
if redis.replicate_commands then redis.replicate_commands() end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if not redis.call('ZSCORE', KEYS[1], ARGV[2]) and redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, ARGV[2])
end
redis.call('PEXPIRE', KEYS[1], window)
return redis.call('ZCARD', KEYS[1])
`);

/** The owner tokens of this store's own claims, so that `release` never frees another instance's lock. */
class Claims {
  readonly #tokens = new Map<string, { token: string; until: number }>();

  keep(key: string, token: string, lockMs: number): void {
    if (this.#tokens.size >= 10_000) {
      const now = Date.now();
      for (const [k, entry] of this.#tokens) if (entry.until <= now) this.#tokens.delete(k);
    }
    this.#tokens.set(key, { token, until: Date.now() + lockMs });
  }

  forget(key: string): string | undefined {
    const entry = this.#tokens.get(key);
    this.#tokens.delete(key);
    return entry?.token;
  }
}

/** The idempotency store on Redis, with its key prefix (for tests and clean-up scripts). */
export interface RedisIdempotencyStore extends IdempotencyStore {
  readonly prefix: string;
}

/**
 * The handler's idempotency store on Redis:
 * `createRequestHandler({ onRequest, idempotency: { store: redisIdempotencyStore({ client }) } })`.
 */
export function redisIdempotencyStore(options: RedisStoreOptions): RedisIdempotencyStore {
  const send = redisSender(options?.client);
  const prefix = checkPrefix(options.prefix ?? 'login-help:idempotency:');
  const claims = new Claims();
  const keyOf = (key: string) => {
    if (typeof key !== 'string' || key === '') throw new TypeError('redis store: the idempotency key must be a non-empty string');
    return prefix + key;
  };

  return {
    prefix,
    async claim(key: string, fingerprint: string, lockMs: number): Promise<ClaimResult> {
      const lock = positiveMs(lockMs, 'lockMs');
      const token = globalThis.crypto.randomUUID();
      const reply = await CLAIM.run(send, [keyOf(key)], [String(fingerprint), lock, token]);
      const [state, value] = Array.isArray(reply) ? (reply as unknown[]) : [];
      switch (text(state)) {
        case 'claimed':
          claims.keep(key, token, Number(lock));
          return { state: 'claimed' };
        case 'done':
          return { state: 'done', response: JSON.parse(text(value) ?? 'null') as StoredResponse };
        case 'mismatch':
          return { state: 'mismatch' };
        case 'in-flight':
          return { state: 'in-flight' };
        default:
          throw new Error(`redis store: unexpected reply to a claim: ${JSON.stringify(reply)}`);
      }
    },
    async complete(key: string, response: StoredResponse, ttlMs: number): Promise<void> {
      claims.forget(key);
      await COMPLETE.run(send, [keyOf(key)], [JSON.stringify(response), positiveMs(ttlMs, 'ttlMs')]);
    },
    async release(key: string): Promise<void> {
      await RELEASE.run(send, [keyOf(key)], [claims.forget(key) ?? '']);
    },
  };
}

export interface RedisRateLimitStoreOptions extends RedisStoreOptions {
  /** The most ids remembered per key (the count stops growing there); default 10 000. */
  maxIdsPerKey?: number;
}

/** The rate-limit store on Redis, with its key prefix. */
export interface RedisRateLimitStore extends RateLimitStore {
  readonly prefix: string;
}

/**
 * The handler's rate-limit store on Redis: each key a sorted set `<prefix><key>` of the ids
 * recorded in the sliding window (scored by Redis's own clock), expiring with the window.
 */
export function redisRateLimitStore(options: RedisRateLimitStoreOptions): RedisRateLimitStore {
  const send = redisSender(options?.client);
  const prefix = checkPrefix(options.prefix ?? 'login-help:rate:');
  const maxIds = options.maxIdsPerKey ?? 10_000;
  if (!Number.isInteger(maxIds) || maxIds < 1) throw new RangeError('redis store: `maxIdsPerKey` must be a positive whole number');
  return {
    prefix,
    async hit(key: string, windowMs: number, id: string): Promise<number> {
      if (typeof key !== 'string' || key === '') throw new TypeError('redis store: the rate-limit key must be a non-empty string');
      return integer(await HIT.run(send, [prefix + key], [positiveMs(windowMs, 'windowMs'), String(id), String(maxIds)]));
    },
  };
}
