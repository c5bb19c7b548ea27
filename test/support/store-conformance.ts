/**
 * What every store of the request handler must do, as node:test tests any implementation can
 * register: `storeConformance('redis', () => redisIdempotencyStore({ client }))` for an
 * {@link IdempotencyStore}, `rateLimitConformance('redis', () => redisRateLimitStore({ client }))`
 * for a {@link RateLimitStore}. Keys are random per test, so one store (one database) may serve
 * every test. Timing tests use short locks and retentions (tens of milliseconds) and wait a few
 * times longer; a store on a remote server must keep time in milliseconds.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { IdempotencyStore, StoredResponse } from '../../src/server/idempotency-store.js';
import type { RateLimitStore } from '../../src/server/rate-limit.js';
import { createRequestHandler } from '../../src/server/handler.js';
import { requestPayload } from '../../src/request/payload.js';
import { findRequestTemplate } from '../../src/request/templates.js';

type Make<T> = () => T | Promise<T>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const key = () => `conformance-${randomUUID()}`;
const fingerprint = (text: string) => text.repeat(64).slice(0, 64);
const A = fingerprint('a');
const B = fingerprint('b');

/** A response with what a store must keep exactly: a status, headers, non-ASCII text. */
const RESPONSE: StoredResponse = {
  status: 201,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ reference: 'R-1', note: '申請を受け付けました · 已受理 · "quoted" \\ back' }),
};

/** Registers the tests of the {@link IdempotencyStore} contract for the store `makeStore` makes. */
export function storeConformance(name: string, makeStore: Make<IdempotencyStore>): void {
  describe(`IdempotencyStore conformance: ${name}`, () => {
    test('a free key is claimed; the same fingerprint again is in flight, another is a mismatch', async () => {
      const store = await makeStore();
      const k = key();
      assert.deepEqual(await store.claim(k, A, 10_000), { state: 'claimed' });
      assert.deepEqual(await store.claim(k, A, 10_000), { state: 'in-flight' });
      assert.deepEqual(await store.claim(k, B, 10_000), { state: 'mismatch' });
      assert.deepEqual(await store.claim(key(), A, 10_000), { state: 'claimed' }, 'keys are independent');
    });

    test('a completed key answers done with the response exactly as stored, or mismatch for another fingerprint', async () => {
      const store = await makeStore();
      const k = key();
      await store.claim(k, A, 10_000);
      await store.complete(k, RESPONSE, 60_000);
      assert.deepEqual(await store.claim(k, A, 10_000), { state: 'done', response: RESPONSE });
      assert.deepEqual(await store.claim(k, A, 10_000), { state: 'done', response: RESPONSE }, 'and again');
      assert.deepEqual(await store.claim(k, B, 10_000), { state: 'mismatch' });
    });

    test('of 50 concurrent claims of one free key, exactly one is claimed, the others in flight', async () => {
      const store = await makeStore();
      const k = key();
      const results = await Promise.all(Array.from({ length: 50 }, () => store.claim(k, A, 10_000)));
      assert.equal(results.filter((r) => r.state === 'claimed').length, 1);
      assert.equal(results.filter((r) => r.state === 'in-flight').length, 49);
    });

    test('claims and completions of many keys at once each get their own answer', async () => {
      // A store may send concurrent calls together (the PostgreSQL store batches them): every key
      // must still get its own state and its own response, whatever else shares the trip.
      const store = await makeStore();
      const keys = Array.from({ length: 40 }, () => key());
      const response = (i: number): StoredResponse => ({ ...RESPONSE, body: JSON.stringify({ reference: `R-${i}` }) });
      const first = await Promise.all(keys.map((k, i) => store.claim(k, i % 2 ? A : B, 10_000)));
      assert.ok(
        first.every((r) => r.state === 'claimed'),
        JSON.stringify(first),
      );
      const again = await Promise.all(keys.map((k, i) => store.claim(k, i % 3 ? (i % 2 ? A : B) : fingerprint('c'), 10_000)));
      assert.deepEqual(
        again.map((r) => r.state),
        keys.map((_, i) => (i % 3 ? 'in-flight' : 'mismatch')),
      );
      await Promise.all(keys.map((k, i) => (i % 4 === 3 ? store.release(k) : store.complete(k, response(i), 60_000))));
      const after = await Promise.all(keys.map((k, i) => store.claim(k, i % 2 ? A : B, 10_000)));
      assert.deepEqual(
        after,
        keys.map((_, i) => (i % 4 === 3 ? { state: 'claimed' } : { state: 'done', response: response(i) })),
      );
    });

    test('a lock that expired without complete (a crash) can be claimed again, with any fingerprint', async () => {
      const store = await makeStore();
      const k = key();
      assert.equal((await store.claim(k, A, 40)).state, 'claimed');
      await sleep(150);
      assert.equal((await store.claim(k, A, 10_000)).state, 'claimed');
      const other = key();
      await store.claim(other, A, 40);
      await sleep(150);
      assert.equal((await store.claim(other, B, 10_000)).state, 'claimed', 'another payload may take an abandoned key');
      assert.equal((await store.claim(other, A, 10_000)).state, 'mismatch', 'and then holds it');
    });

    test('a completed key is never claimed again before its retention, even once its lock time is long past', async () => {
      const store = await makeStore();
      const k = key();
      await store.claim(k, A, 40);
      await store.complete(k, RESPONSE, 10_000);
      await sleep(150);
      assert.deepEqual(await store.claim(k, A, 40), { state: 'done', response: RESPONSE });
    });

    test('after its retention a completed key is free again', async () => {
      const store = await makeStore();
      const k = key();
      await store.claim(k, A, 10_000);
      await store.complete(k, RESPONSE, 60);
      assert.equal((await store.claim(k, A, 10_000)).state, 'done');
      await sleep(250);
      assert.deepEqual(await store.claim(k, B, 10_000), { state: 'claimed' });
    });

    test('release frees a claimed key at once; a released key may be claimed with any fingerprint', async () => {
      const store = await makeStore();
      const k = key();
      await store.claim(k, A, 10_000);
      await store.release(k);
      assert.deepEqual(await store.claim(k, A, 10_000), { state: 'claimed' });
      await store.release(k);
      assert.deepEqual(await store.claim(k, B, 10_000), { state: 'claimed' });
      await store.release(key()); // a key never claimed: nothing happens
    });

    test('release leaves a completed key completed', async () => {
      const store = await makeStore();
      const k = key();
      await store.claim(k, A, 10_000);
      await store.complete(k, RESPONSE, 60_000);
      await store.release(k);
      assert.deepEqual(await store.claim(k, A, 10_000), { state: 'done', response: RESPONSE });
    });

    test('keys of any printable ASCII are kept apart', async () => {
      const store = await makeStore();
      const base = key();
      const odd = [`${base}:*`, `${base}:?`, `${base}%'"\\`, `${base}{}[]`, `${base}:`];
      for (const k of odd) assert.equal((await store.claim(k, A, 10_000)).state, 'claimed', k);
      await store.complete(odd[0]!, RESPONSE, 60_000);
      assert.equal((await store.claim(odd[1]!, A, 10_000)).state, 'in-flight');
      assert.equal((await store.claim(odd[0]!, A, 10_000)).state, 'done');
    });

    test('two handlers sharing the store: 50 concurrent posts of one key → one onRequest, each answer the same 201 or a 409', async () => {
      const store = await makeStore();
      const calls: string[] = [];
      const onRequest = async (payload: { idempotencyKey: string }) => {
        calls.push(payload.idempotencyKey);
        await sleep(30);
        return { reference: `R-${calls.length}` };
      };
      const handlers = [
        createRequestHandler({ onRequest, idempotency: { store } }),
        createRequestHandler({ onRequest, idempotency: { store } }),
      ];
      const payload = requestPayload({
        template: findRequestTemplate('contact')!,
        values: { whatHappened: 'The login page says a system error occurred.' },
        name: 'Taro',
        email: 'taro@example.com',
        locale: 'en',
        idempotencyKey: key(),
      });
      const post = () =>
        new Request('https://support.example/requests', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': payload.idempotencyKey },
          body: JSON.stringify(payload),
        });
      const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => handlers[i % 2]!(post())));
      const answers = await Promise.all(responses.map(async (r) => ({ status: r.status, body: await r.text() })));
      assert.equal(calls.length, 1);
      assert.ok(
        answers.every((a) => a.status === 201 || a.status === 409),
        JSON.stringify(answers.map((a) => a.status)),
      );
      assert.deepEqual(new Set(answers.filter((a) => a.status === 201).map((a) => a.body)), new Set(['{"reference":"R-1"}']));
      const again = await handlers[1]!(post());
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(calls.length, 1);
    });
  });
}

/** Registers the tests of the {@link RateLimitStore} contract for the store `makeStore` makes. */
export function rateLimitConformance(name: string, makeStore: Make<RateLimitStore>): void {
  describe(`RateLimitStore conformance: ${name}`, () => {
    test('counts distinct ids per key; an id already counted is not counted again', async () => {
      const store = await makeStore();
      const k = key();
      assert.equal(await store.hit(k, 60_000, 'a'), 1);
      assert.equal(await store.hit(k, 60_000, 'b'), 2);
      assert.equal(await store.hit(k, 60_000, 'a'), 2);
      assert.equal(await store.hit(k, 60_000, 'c'), 3);
      assert.equal(await store.hit(key(), 60_000, 'a'), 1, 'keys are independent');
    });

    test('ids leave the count once the window has passed since they were first counted', async () => {
      const store = await makeStore();
      const k = key();
      await store.hit(k, 1000, 'a');
      await sleep(300);
      assert.equal(await store.hit(k, 1000, 'a'), 1, 'a repeated id does not restart its window');
      assert.equal(await store.hit(k, 1000, 'b'), 2);
      await sleep(800);
      assert.equal(await store.hit(k, 1000, 'c'), 2, 'a has left the window, b has not');
      await sleep(1100);
      assert.equal(await store.hit(k, 1000, 'a'), 1, 'all have left: a counts anew');
    });

    test('concurrent hits: 50 distinct ids count 50, 20 hits of one id count once', async () => {
      const store = await makeStore();
      const k = key();
      const counts = await Promise.all(Array.from({ length: 50 }, (_, i) => store.hit(k, 60_000, `id-${i}`)));
      assert.ok(
        counts.every((count) => count >= 1 && count <= 50),
        JSON.stringify(counts),
      );
      assert.equal(await store.hit(k, 60_000, 'id-last'), 51);
      const same = key();
      const repeated = await Promise.all(Array.from({ length: 20 }, () => store.hit(same, 60_000, 'one')));
      assert.ok(
        repeated.every((count) => count === 1),
        JSON.stringify(repeated),
      );
      assert.equal(await store.hit(same, 60_000, 'two'), 2);
    });
  });
}
