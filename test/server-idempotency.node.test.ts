// Idempotency as draft-ietf-httpapi-idempotency-key-header-07 and Stripe define it, problem+json
// for every error, and abuse limits, on the request handler with the in-memory stores (which
// also pass the store conformance tests that the Redis and PostgreSQL stores run).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createRequestHandler,
  memoryIdempotencyStore,
  memoryRateLimitStore,
  findRequestTemplate,
  PROBLEM_TYPE_PREFIX,
  type IdempotencyStore,
  type ProblemDetails,
  type RateLimitStore,
  type RequestContext,
  type RequestHandlerOptions,
  type RequestPayload,
} from '../src/server/index.js';
import { requestPayload } from '../src/request/index.js';
import { canonicalJson, payloadFingerprint } from '../src/server/handler-idempotency.js';
import { storeConformance, rateLimitConformance } from './support/store-conformance.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

storeConformance('memory', () => memoryIdempotencyStore());
rateLimitConformance('memory', () => memoryRateLimitStore());

const URL_ = 'https://support.example/requests';
const NOW = Date.parse('2026-05-10T00:00:00Z');

let counter = 0;
const newKey = () => `key-${String(++counter).padStart(8, '0')}-${Math.random().toString(36).slice(2)}`;

function contact(changes: Partial<RequestPayload> = {}, locale = 'en'): RequestPayload {
  return {
    ...requestPayload({
      template: findRequestTemplate('contact')!,
      values: { whatHappened: 'The login page says a system error occurred.' },
      name: 'Taro',
      email: 'taro@example.com',
      locale,
      idempotencyKey: newKey(),
    }),
    ...changes,
  };
}

/** A password-reissue request naming `username`, every other identity field "I don't know". */
function reissue(username: string, email: string): RequestPayload {
  const template = findRequestTemplate('password-reissue')!;
  const unknown = template.fields.filter((field) => field.allowUnknown && field.id !== 'username').map((field) => field.id);
  return requestPayload({ template, values: { username }, unknown, name: 'Taro', email, locale: 'en', idempotencyKey: newKey() });
}

/** A POST as the form sends it: JSON, the key in the header (unless `key` says otherwise). */
function post(body: unknown, options: { key?: string | null; headers?: Record<string, string> } = {}): Request {
  const key = options.key === undefined ? (body as { idempotencyKey?: string }).idempotencyKey : options.key;
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** A handler whose onRequest records each call with its context and answers R1, R2, …; `behave` may hold or throw. */
function setup(options: Partial<RequestHandlerOptions> & { behave?: (call: number) => Promise<void> | void } = {}) {
  const calls: { payload: RequestPayload; context: RequestContext }[] = [];
  const { behave, ...rest } = options;
  const handler = createRequestHandler({
    now: () => NOW,
    ...rest,
    onRequest: async (payload, context) => {
      calls.push({ payload, context });
      const call = calls.length;
      await behave?.(call);
      return { reference: `R${call}` };
    },
  });
  return { handler, calls };
}

async function answer(response: Response) {
  return {
    status: response.status,
    body: await response.text(),
    replayed: response.headers.get('idempotent-replayed'),
    retryAfter: response.headers.get('retry-after'),
    type: response.headers.get('content-type'),
  };
}

/** Checks the RFC 9457 shape of an error response and returns its body. */
async function problemOf(response: Response, rule: string): Promise<ProblemDetails> {
  assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  const body = (await response.json()) as ProblemDetails;
  assert.equal(body.type, `${PROBLEM_TYPE_PREFIX}${rule}`);
  assert.equal(body.status, response.status);
  assert.ok(typeof body.title === 'string' && body.title.length > 0, 'a title');
  assert.ok(typeof body.detail === 'string' && body.detail.length > 0, 'a detail');
  assert.ok(Array.isArray(body.errors) && body.errors.length > 0, 'errors');
  for (const error of body.errors) {
    assert.equal(typeof error.path, 'string');
    assert.ok(typeof error.message === 'string' && error.message.length > 0);
    assert.ok(typeof error.rule === 'string' && error.rule.length > 0);
    assert.equal(error.field, error.path, 'field, for the form, is the path');
    assert.equal(error.code, error.rule, 'code, for the form, is the rule');
  }
  return body;
}

describe('idempotency: one request per key', () => {
  test('50 parallel posts of one key while the first runs: one onRequest, one 201, 49 × 409 with Retry-After', async () => {
    const gate = deferred();
    const { handler, calls } = setup({ behave: () => gate.promise });
    const p = contact();
    const pending = Array.from({ length: 50 }, () => handler(post(p)));
    // Every answer but the first's comes while onRequest is held: wait for 49 of them.
    const settled: Response[] = [];
    await new Promise<void>((resolve) => {
      for (const response of pending) void response.then((r) => settled.push(r) === 49 && resolve());
    });
    assert.equal(calls.length, 1);
    assert.deepEqual(
      settled.map((r) => r.status),
      Array(49).fill(409),
    );
    for (const r of settled) assert.equal(r.headers.get('retry-after'), '1');
    gate.resolve();
    const all = await Promise.all(pending.map(async (r) => answer(await r)));
    assert.deepEqual(
      all.filter((a) => a.status === 201).map((a) => a.body),
      ['{"reference":"R1"}'],
    );
    assert.equal(calls.length, 1);
  });

  test('50 parallel posts of one key, onRequest quick: one onRequest; each answer the same 201 or a 409', async () => {
    const { handler, calls } = setup({ behave: () => new Promise((resolve) => setImmediate(resolve)) });
    const p = contact();
    const all = await Promise.all(Array.from({ length: 50 }, async () => answer(await handler(post(p)))));
    assert.equal(calls.length, 1);
    const created = all.filter((a) => a.status === 201);
    assert.equal(created.length + all.filter((a) => a.status === 409).length, 50);
    assert.ok(created.length >= 1);
    assert.deepEqual(new Set(created.map((a) => a.body)), new Set(['{"reference":"R1"}']));
    assert.equal(created.filter((a) => a.replayed === null).length, 1, 'one first answer, the other 201s replayed');
  });

  test('a completed key replays its response with Idempotent-Replayed: true, also with the JSON written in another key order', async () => {
    const { handler, calls } = setup();
    const p = contact({ fields: { whatHappened: 'A system error.', other: 'On my phone.', errorMessage: 'E-500' } });
    const first = await answer(await handler(post(p)));
    assert.deepEqual(first, {
      status: 201,
      body: '{"reference":"R1"}',
      replayed: null,
      retryAfter: null,
      type: 'application/json; charset=utf-8',
    });
    const reverse = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).reverse());
    const reordered = JSON.stringify(reverse({ ...p, fields: reverse(p.fields) }));
    for (const request of [post(p), post(reordered, { key: p.idempotencyKey }), post(p, { key: `"${p.idempotencyKey}"` })]) {
      assert.deepEqual(await answer(await handler(request)), { ...first, replayed: 'true' });
    }
    assert.equal(calls.length, 1);
  });

  test('the fingerprint: SHA-256 of the canonical payload (keys sorted at every level) without the key', async () => {
    const a = { idempotencyKey: 'key-aaaaaaaa', name: 'Taro', fields: { b: '2', a: { unknown: true } }, list: [{ y: 1, x: 'é' }] };
    const b = { list: [{ x: 'é', y: 1 }], fields: { a: { unknown: true }, b: '2' }, name: 'Taro', idempotencyKey: 'key-bbbbbbbb' };
    assert.equal(
      canonicalJson(a),
      '{"fields":{"a":{"unknown":true},"b":"2"},"idempotencyKey":"key-aaaaaaaa","list":[{"x":"é","y":1}],"name":"Taro"}',
    );
    const expected = createHash('sha256')
      .update('{"fields":{"a":{"unknown":true},"b":"2"},"list":[{"x":"é","y":1}],"name":"Taro"}')
      .digest('hex');
    assert.equal(await payloadFingerprint(a), expected);
    assert.equal(await payloadFingerprint(b), expected);
    assert.notEqual(await payloadFingerprint({ ...a, name: 'Jiro' }), expected);
  });

  test('the key from the header alone or the payload alone; a Structured Field string header is its content', async () => {
    const { handler, calls } = setup();
    const { idempotencyKey, ...withoutKey } = contact();
    assert.equal((await handler(post(withoutKey, { key: idempotencyKey }))).status, 201);
    assert.equal(calls[0]!.payload.idempotencyKey, idempotencyKey, 'onRequest gets the header key in the payload');
    assert.equal(calls[0]!.context.idempotencyKey, idempotencyKey);
    const replayed = await handler(post({ ...withoutKey, idempotencyKey }, { key: null }));
    assert.equal(replayed.headers.get('idempotent-replayed'), 'true', 'the same request, the key in the payload');
    const quoted = contact();
    assert.equal((await handler(post(quoted, { key: `"${quoted.idempotencyKey}"` }))).status, 201);
    assert.equal(calls.length, 2);
  });

  test('the same key with another payload: 422, after completion and while the first runs; onRequest not called', async () => {
    const gate = deferred();
    const { handler, calls } = setup({ behave: (call) => (call === 2 ? gate.promise : undefined) });
    const p = contact();
    await handler(post(p));
    const other = await handler(post({ ...p, fields: { whatHappened: 'Something else entirely.' } }));
    assert.equal(other.status, 422);
    const body = await problemOf(other, 'idempotency-key-reused');
    assert.equal(body.errors[0]!.path, 'idempotencyKey');
    const running = contact();
    const first = handler(post(running));
    while (calls.length < 2) await new Promise((resolve) => setImmediate(resolve));
    assert.equal((await handler(post({ ...running, name: 'Jiro' }))).status, 422);
    gate.resolve();
    assert.equal((await first).status, 201);
    assert.equal(calls.length, 2);
  });

  test('missing or malformed key: 400 at path idempotencyKey, onRequest not called', async () => {
    const { handler, calls } = setup();
    const p = contact();
    const { idempotencyKey: _key, ...withoutKey } = p;
    const cases: [Request, string][] = [
      [post(withoutKey, { key: null }), 'idempotency-key-missing'],
      [post(p, { key: 'short' }), 'idempotency-key-invalid'],
      [post(p, { key: 'a key with spaces' }), 'idempotency-key-invalid'],
      [post(p, { key: '"unterminated-key' }), 'idempotency-key-invalid'],
      [post(p, { key: '"bad\\escape-key"' }), 'idempotency-key-invalid'],
      [post({ ...p, idempotencyKey: 12345678 }, { key: null }), 'idempotency-key-invalid'],
      [post({ ...p, idempotencyKey: 'tiny' }, { key: null }), 'idempotency-key-invalid'],
      [post(p, { key: 'another-key-123' }), 'idempotency-key-mismatch'],
    ];
    for (const [request, rule] of cases) {
      const response = await handler(request);
      assert.equal(response.status, 400, rule);
      const body = await problemOf(response, rule);
      assert.deepEqual(
        body.errors.map((e) => [e.path, e.rule]),
        [['idempotencyKey', rule]],
      );
    }
    assert.equal(calls.length, 0);
  });

  test('a crash inside onRequest (it never returns): 409 until the lock expires, then a retry completes exactly once', async () => {
    let clock = NOW;
    const store = memoryIdempotencyStore({ now: () => clock });
    const never = new Promise<void>(() => undefined);
    const { handler, calls } = setup({ idempotency: { store, lockMs: 30_000 }, behave: (call) => (call === 1 ? never : undefined) });
    const p = contact();
    void handler(post(p));
    while (calls.length < 1) await new Promise((resolve) => setImmediate(resolve));
    clock += 29_999;
    assert.equal((await handler(post(p))).status, 409);
    clock += 1;
    const retried = await answer(await handler(post(p)));
    assert.deepEqual([retried.status, retried.body, retried.replayed], [201, '{"reference":"R2"}', null]);
    clock += 60_000;
    assert.equal((await handler(post(p))).headers.get('idempotent-replayed'), 'true', 'completed: never claimed again');
    assert.equal(calls.length, 2);
  });

  test('onRequest throwing: 500 problem, the key is released (the store can claim it), a retry runs onRequest again', async () => {
    const store = memoryIdempotencyStore();
    const { handler, calls } = setup({
      idempotency: store,
      behave: (call) => (call === 1 ? Promise.reject(new Error('down')) : undefined),
    });
    const p = contact();
    const failed = await handler(post(p));
    assert.equal(failed.status, 500);
    await problemOf(failed, 'internal');
    const retried = await answer(await handler(post(p)));
    assert.deepEqual([retried.status, retried.body], [201, '{"reference":"R2"}']);
    assert.equal(calls.length, 2);
    const other = contact();
    const releasing = setup({ idempotency: store, behave: () => Promise.reject(new Error('down')) });
    await releasing.handler(post(other));
    assert.deepEqual(await store.claim(other.idempotencyKey, 'anything', 1000), { state: 'claimed' });
  });

  test('retention: 24 hours by default; configurable; after it the key is a new request', async () => {
    const kept: number[] = [];
    const inner = memoryIdempotencyStore();
    const spy: IdempotencyStore = {
      ...inner,
      complete: (key, response, ttlMs) => (kept.push(ttlMs), inner.complete(key, response, ttlMs)),
    };
    await setup({ idempotency: { store: spy } }).handler(post(contact()));
    assert.deepEqual(kept, [24 * 60 * 60 * 1000]);

    let clock = NOW;
    const store = memoryIdempotencyStore({ now: () => clock });
    const { handler, calls } = setup({ idempotency: { store, ttlMs: 60_000 } });
    const p = contact();
    await handler(post(p));
    clock += 59_999;
    assert.equal((await handler(post(p))).headers.get('idempotent-replayed'), 'true');
    clock += 1;
    const again = await answer(await handler(post(p)));
    assert.deepEqual([again.status, again.body, again.replayed], [201, '{"reference":"R2"}', null]);
    assert.equal(calls.length, 2);
  });

  test('a store that fails: claim → 500 and no onRequest; complete → the 201 is still answered', async () => {
    const broken: IdempotencyStore = { ...memoryIdempotencyStore(), claim: () => Promise.reject(new Error('redis down')) };
    const a = setup({ idempotency: broken });
    const failed = await a.handler(post(contact()));
    assert.equal(failed.status, 500);
    await problemOf(failed, 'internal');
    assert.equal(a.calls.length, 0);
    const forgetful: IdempotencyStore = { ...memoryIdempotencyStore(), complete: () => Promise.reject(new Error('redis down')) };
    const b = setup({ idempotency: forgetful });
    assert.equal((await b.handler(post(contact()))).status, 201);
  });
});

describe('problem+json for every error', () => {
  test("each kind: its status, type, title, detail and errors [{ path, message, rule }], in the request's language", async () => {
    const gate = deferred();
    const { handler, calls } = setup({
      maxBytes: 2000,
      rateLimit: { perIdentity: 1 },
      behave: (call) => (call <= 3 ? gate.promise : call === 4 ? Promise.reject(new Error('down')) : undefined),
    });
    // One request per language held in onRequest, for 409 and 422 in that language.
    const running = Object.fromEntries(
      ['en', 'ja', 'zh-Hans'].map((lang) => [lang, contact({ email: `running-${lang}@example.com` }, lang)]),
    );
    const firsts = Object.values(running).map((p) => handler(post(p)));
    while (calls.length < 3) await new Promise((resolve) => setImmediate(resolve));
    const cases: [string, number, (lang: string) => Request][] = [
      ['method-not-allowed', 405, (lang) => new Request(URL_, { method: 'GET', headers: { 'accept-language': lang } })],
      ['unsupported-media-type', 415, (lang) => post(contact(), { headers: { 'content-type': 'text/plain', 'accept-language': lang } })],
      ['payload-too-large', 413, (lang) => post('x'.repeat(3000), { key: newKey(), headers: { 'accept-language': lang } })],
      ['invalid-json', 400, (lang) => post('{"template": ', { key: newKey(), headers: { 'accept-language': lang } })],
      ['invalid-request', 400, (lang) => post(contact({ email: 'no-at-sign' }, lang))],
      ['idempotency-key-missing', 400, (lang) => post({ ...contact({}, lang), idempotencyKey: undefined }, { key: null })],
      ['idempotency-key-invalid', 400, (lang) => post(contact({}, lang), { key: 'x' })],
      ['idempotency-key-mismatch', 400, (lang) => post(contact({}, lang), { key: newKey() })],
      ['idempotency-key-reused', 422, (lang) => post({ ...running[lang]!, name: 'Other' })],
      ['request-in-progress', 409, (lang) => post(running[lang]!)],
      ['internal', 500, (lang) => post(contact({ email: `fails-${lang}@example.com` }, lang))],
    ];
    const titles: Record<string, string[]> = {};
    for (const lang of ['en', 'ja', 'zh-Hans']) {
      for (const [rule, status, request] of cases) {
        if (rule === 'internal' && lang !== 'en') continue; // onRequest throws once
        const response = await handler(request(lang));
        assert.equal(response.status, status, `${rule} ${lang}`);
        assert.equal(response.headers.get('content-language'), lang, `${rule} ${lang}`);
        const body = await problemOf(response, rule);
        (titles[rule] ??= []).push(body.title);
      }
    }
    // The identity of a running request has had its one request: another key for it is limited.
    const limited = await handler(post(contact({ email: 'running-en@example.com' })));
    assert.equal(limited.status, 429);
    await problemOf(limited, 'too-many-requests');
    for (const [rule, seen] of Object.entries(titles)) {
      if (rule !== 'internal') assert.equal(new Set(seen).size, 3, `${rule}: a title per language: ${seen.join(' | ')}`);
    }
    gate.resolve();
    for (const first of firsts) assert.equal((await first).status, 201);
  });

  test('405 says Allow: POST; validation errors keep their suggestion', async () => {
    const { handler } = setup();
    assert.equal((await handler(new Request(URL_, { method: 'PUT' }))).headers.get('allow'), 'POST');
    const body = await problemOf(await handler(post(reissue('ｔａｒｏ１２３４', 'taro@example.com'))), 'invalid-request');
    assert.deepEqual(
      body.errors.map(({ path, rule, suggestion }) => ({ path, rule, suggestion })),
      [{ path: 'fields.username', rule: 'username-full-width', suggestion: 'taro1234' }],
    );
  });
});

describe('README, the endpoint', () => {
  /** The code block after `<!-- example: name -->` in README.md. */
  const example = (name: string) => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const at = readme.indexOf(`<!-- example: ${name} -->`);
    assert.ok(at >= 0, `README.md has the example ${name}`);
    return /```json\n([\s\S]*?)\n```/.exec(readme.slice(at))![1]!;
  };

  test("the problem+json example is what README's payload gets with the e-mail address taro@example", async () => {
    const payload = { ...(JSON.parse(example('request-payload')) as RequestPayload), email: 'taro@example' };
    const { handler } = setup();
    const response = await handler(post(payload));
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), JSON.parse(example('problem-json')));
  });
});

describe('abuse limits', () => {
  /** A handler with limits on a clock the test moves; onRequest knows one account. */
  function limited(rateLimit: RequestHandlerOptions['rateLimit'] = {}) {
    let clock = NOW;
    const hits: string[] = [];
    const inner = memoryRateLimitStore({ now: () => clock });
    const store: RateLimitStore = { hit: (key, windowMs, id) => (hits.push(key), inner.hit(key, windowMs, id)) };
    const accounts = new Set(['taro@example.com']);
    const recent: (number | undefined)[] = [];
    const handler = createRequestHandler({
      now: () => NOW,
      rateLimit: { windowMs: 60_000, perIdentity: 3, perIp: 10, store, ...rateLimit },
      onRequest: (payload, context) => {
        recent.push(context.recentRequests);
        return { reference: accounts.has(payload.email) ? 'R-KNOWN' : 'R-UNKNOWN' };
      },
    });
    return { handler, hits, recent, advance: (ms: number) => (clock += ms) };
  }

  test('per identity: the 4th request in the window → 429 with Retry-After (the window); later the same key goes through', async () => {
    const { handler, recent, advance } = limited();
    for (let i = 0; i < 3; i++) assert.equal((await handler(post(contact()))).status, 201);
    assert.deepEqual(recent, [1, 2, 3], 'onRequest sees the recent requests for the identity');
    const fourth = contact();
    const response = await handler(post(fourth));
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '60');
    await problemOf(response, 'too-many-requests');
    assert.equal(recent.length, 3, 'no onRequest');
    advance(60_000);
    const later = await handler(post(fourth));
    assert.equal(later.status, 201, 'the key was released');
    assert.deepEqual(recent, [1, 2, 3, 1]);
  });

  test('the same 429 whether or not the account exists', async () => {
    const answers = [];
    for (const email of ['taro@example.com', 'nobody-here@example.com']) {
      const { handler } = limited();
      for (let i = 0; i < 3; i++) await handler(post(contact({ email })));
      const response = await handler(post(contact({ email })));
      answers.push({ ...(await answer(response)), headers: [...response.headers.entries()] });
    }
    assert.equal(answers[0]!.status, 429);
    assert.deepEqual(answers[0], answers[1]);
  });

  test('retries are not counted: replays, 409s and retries after a failure of one key count once', async () => {
    let fail = true;
    const gate = deferred();
    const recent: (number | undefined)[] = [];
    const handler = createRequestHandler({
      now: () => NOW,
      rateLimit: { perIdentity: 2 },
      onRequest: async (_payload, context) => {
        recent.push(context.recentRequests);
        if (fail) throw new Error('down');
        await gate.promise;
        return { reference: 'R' };
      },
    });
    const p = contact({ email: 'retry@example.com' });
    for (let i = 0; i < 3; i++) assert.equal((await handler(post(p))).status, 500);
    fail = false;
    const running = handler(post(p));
    while (recent.length < 4) await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 3; i++) assert.equal((await handler(post(p))).status, 409);
    gate.resolve();
    assert.equal((await running).status, 201);
    for (let i = 0; i < 3; i++) assert.equal((await handler(post(p))).headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(recent, [1, 1, 1, 1], 'one request so far');
    assert.equal((await handler(post(contact({ email: 'retry@example.com' })))).status, 201, 'the second request');
    assert.equal((await handler(post(contact({ email: 'retry@example.com' })))).status, 429, 'the third');
  });

  test('identities are normalized: the case of the e-mail and of the username; a username across e-mail addresses', async () => {
    const { handler, recent } = limited();
    await handler(post(contact({ email: 'Taro@Example.COM' })));
    await handler(post(contact({ email: 'taro@EXAMPLE.com' })));
    assert.deepEqual(recent, [1, 2]);
    const byName = limited({ perIdentity: 2 });
    assert.equal((await byName.handler(post(reissue('taro1234', 'a@example.com')))).status, 201);
    assert.equal((await byName.handler(post(reissue('TARO1234', 'b@example.com')))).status, 201);
    assert.equal((await byName.handler(post(reissue('taro1234', 'c@example.com')))).status, 429);
    assert.deepEqual(byName.recent, [1, 2]);
  });

  test("per IP, from the handler's second argument or rateLimit.clientIp; stored keys hold no address in clear", async () => {
    const { handler, hits } = limited({ perIp: 2, perIdentity: 100 });
    const from = (ip: string) => ({ clientIp: ip });
    assert.equal((await handler(post(contact({ email: 'a@example.com' })), from('192.0.2.1'))).status, 201);
    assert.equal((await handler(post(contact({ email: 'b@example.com' })), from('192.0.2.1'))).status, 201);
    assert.equal((await handler(post(contact({ email: 'c@example.com' })), from('192.0.2.1'))).status, 429);
    assert.equal((await handler(post(contact({ email: 'd@example.com' })), from('192.0.2.2'))).status, 201);
    assert.ok(hits.includes('ip:192.0.2.1'));
    assert.ok(
      hits.every((key) => !key.includes('@')),
      hits.join(' '),
    );
    const proxied = limited({ perIp: 1, perIdentity: 100, clientIp: (request) => request.headers.get('x-real-ip') ?? undefined });
    const via = (ip: string) => ({ headers: { 'x-real-ip': ip } });
    assert.equal((await proxied.handler(post(contact({ email: 'e@example.com' }), via('198.51.100.7')))).status, 201);
    assert.equal((await proxied.handler(post(contact({ email: 'f@example.com' }), via('198.51.100.7')))).status, 429);
  });

  test('without rateLimit nothing is limited and recentRequests is not given', async () => {
    const { handler, calls } = setup();
    for (let i = 0; i < 30; i++) assert.equal((await handler(post(contact()))).status, 201);
    assert.equal(calls[29]!.context.recentRequests, undefined);
  });
});
