import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  createRequestHandler,
  memoryIdempotencyStore,
  validateRequest,
  requestPayloadSchema,
  findRequestTemplate,
  type IdempotencyStore,
  type LegacyIdempotencyStore,
  type ProblemDetails,
  type RequestPayload,
  type StoredResponse,
} from '../src/server/index.js';
import { requestPayload } from '../src/request/index.js';

const NOW = Date.parse('2026-05-10T00:00:00Z');
const URL_ = 'https://support.example/requests';

let keyCounter = 0;
function payload(locale = 'en', changes: Partial<RequestPayload> = {}): RequestPayload {
  const template = findRequestTemplate('contact');
  assert.ok(template);
  keyCounter++;
  return {
    ...requestPayload({
      template,
      values: { whatHappened: 'The login page says a system error occurred.' },
      name: 'Taro',
      email: 'taro@example.com',
      locale,
      idempotencyKey: `key-${String(keyCounter).padStart(8, '0')}`,
    }),
    ...changes,
  };
}

function post(body: unknown, headers: Record<string, string> = {}, key?: string | null): Request {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const idempotencyKey = key === undefined ? (body as RequestPayload).idempotencyKey : key;
  return new Request(URL_, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(idempotencyKey !== null && idempotencyKey !== undefined ? { 'idempotency-key': idempotencyKey } : {}),
      ...headers,
    },
    body: text,
  });
}

/** A promise and the function that resolves it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * A handler whose `onRequest` records its calls and answers references R1, R2, …; `called`
 * resolves when `onRequest` is first called, `validated(n)` once `n` requests have been read and
 * validated (the handler reads its clock, `now`, while validating each one).
 */
function setup(
  options: { fail?: number; gate?: Promise<void>; maxBytes?: number; store?: IdempotencyStore | LegacyIdempotencyStore } = {},
) {
  const calls: RequestPayload[] = [];
  let failures = options.fail ?? 0;
  const called = deferred();
  let validations = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  const validated = (count: number) =>
    validations >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve }));
  const handler = createRequestHandler({
    onRequest: async (p) => {
      calls.push(p);
      called.resolve();
      if (options.gate) await options.gate;
      if (failures > 0) {
        failures--;
        throw new Error('database down');
      }
      return { reference: `R${calls.length}` };
    },
    now: () => {
      validations++;
      for (const wait of waiting) if (validations >= wait.count) wait.resolve();
      return NOW;
    },
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.store ? { idempotency: options.store } : {}),
  });
  return { handler, calls, called: called.promise, validated };
}

async function read(response: Response): Promise<{ status: number; body: unknown; replayed: string | null }> {
  return { status: response.status, body: await response.json(), replayed: response.headers.get('idempotent-replayed') };
}

/** The problem+json body of an error response (checking its media type). */
async function problem(response: Response): Promise<ProblemDetails> {
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  return (await response.json()) as ProblemDetails;
}

/** The rule of a problem's first error. */
const ruleOf = async (response: Response) => (await problem(response)).errors[0]!.rule;

describe('createRequestHandler', () => {
  test('a valid request: 201 with the reference, onRequest called once with the payload', async () => {
    const { handler, calls } = setup();
    const p = payload();
    const response = await handler(post(p));
    assert.equal(response.status, 201);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await response.json(), { reference: 'R1' });
    assert.equal(response.headers.get('idempotent-replayed'), null);
    assert.deepEqual(calls, [p]);
  });

  test('accepts a charset parameter', async () => {
    const { handler } = setup();
    const p = payload();
    assert.equal((await handler(post(p, { 'content-type': 'application/json; charset=UTF-8' }))).status, 201);
  });

  test('onRequest is called on its options object, so a method that uses `this` works', async () => {
    const desk = {
      prefix: 'DESK-',
      now: () => NOW,
      onRequest(this: { prefix: string }) {
        return { reference: `${this.prefix}1` };
      },
    };
    const response = await createRequestHandler(desk)(post(payload()));
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { reference: 'DESK-1' });
  });

  test("an invalid payload: 400 with field errors in the payload's language, onRequest not called", async () => {
    const { handler, calls } = setup();
    const jaResponse = await handler(post(payload('ja', { email: 'taro@example' })));
    assert.equal(jaResponse.status, 400);
    assert.equal(jaResponse.headers.get('content-language'), 'ja');
    const message = 'メールアドレスの形式ではありません（例：taro@example.com）。';
    assert.deepEqual(await problem(jaResponse), {
      type: 'tag:login-help-elements,2026:invalid-request',
      title: '申請の内容に問題があります',
      status: 400,
      detail: '直していただきたい回答があります。エラーの一覧をご覧ください。',
      errors: [{ path: 'email', message, rule: 'email', field: 'email', code: 'email' }],
    });
    const enResponse = await handler(post(payload('en', { fields: { whatHappened: '', other: 'password: x' } })));
    assert.equal(enResponse.status, 400);
    assert.deepEqual((await problem(enResponse)).errors, [
      { path: 'fields.whatHappened', message: 'Fill this in.', rule: 'required', field: 'fields.whatHappened', code: 'required' },
      {
        path: 'fields.other',
        message: 'This looks like it contains a password. We never need it: please remove it.',
        rule: 'password-like',
        field: 'fields.other',
        code: 'password-like',
      },
    ]);
    assert.equal(calls.length, 0);
  });

  test('a repeated key gets the first response and does not call onRequest again', async () => {
    const { handler, calls } = setup();
    const p = payload();
    const first = await read(await handler(post(p)));
    const second = await read(await handler(post(p)));
    assert.deepEqual(first, { status: 201, body: { reference: 'R1' }, replayed: null });
    assert.deepEqual(second, { status: 201, body: { reference: 'R1' }, replayed: 'true' });
    assert.equal(calls.length, 1);
    const other = await read(await handler(post(payload())));
    assert.deepEqual(other.body, { reference: 'R2' });
  });

  test('a second request with the key while the first runs: 409 with Retry-After, one call; afterwards the first response', async () => {
    const gate = deferred();
    const { handler, calls, called, validated } = setup({ gate: gate.promise });
    const p = payload();
    const a = handler(post(p));
    // No timer: each step waits for what it needs. onRequest is held at the gate, so the second
    // request finds the key claimed and answers at once.
    await called;
    const b = await handler(post(p));
    await validated(2);
    assert.equal(b.status, 409);
    assert.equal(b.headers.get('retry-after'), '1');
    assert.equal((await problem(b)).errors[0]!.rule, 'request-in-progress');
    assert.equal(calls.length, 1);
    gate.resolve();
    assert.deepEqual(await read(await a), { status: 201, body: { reference: 'R1' }, replayed: null });
    assert.deepEqual(await read(await handler(post(p))), { status: 201, body: { reference: 'R1' }, replayed: 'true' });
    assert.equal(calls.length, 1);
  });

  test('a throwing onRequest: 500, the key is not kept, a retry with the same key succeeds', async () => {
    const { handler, calls } = setup({ fail: 1 });
    const p = payload();
    const failed = await handler(post(p));
    assert.equal(failed.status, 500);
    assert.equal(await ruleOf(failed), 'internal');
    const retried = await read(await handler(post(p)));
    assert.deepEqual(retried, { status: 201, body: { reference: 'R2' }, replayed: null });
    assert.equal(calls.length, 2);
    assert.deepEqual((await read(await handler(post(p)))).body, { reference: 'R2' });
    assert.equal(calls.length, 2);
  });

  test('an oversized body with a Content-Length: 413 before reading', async () => {
    const { handler, calls } = setup({ maxBytes: 1024 });
    const p = payload('en', { fields: { whatHappened: 'x'.repeat(2000) } });
    const text = JSON.stringify(p);
    const response = await handler(post(text, { 'content-length': String(Buffer.byteLength(text)) }, p.idempotencyKey));
    assert.equal(response.status, 413);
    assert.equal(await ruleOf(response), 'payload-too-large');
    assert.equal(calls.length, 0);
  });

  test('an oversized streamed body without a Content-Length: 413, reading stops at the limit', async () => {
    const { handler, calls } = setup({ maxBytes: 64 * 1024 });
    let pulled = 0;
    const chunk = new Uint8Array(4096).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'key-stream-1' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    assert.equal(request.headers.get('content-length'), null);
    const response = await handler(request);
    assert.equal(response.status, 413);
    assert.ok(pulled <= 64 * 1024 + 4 * 4096, `pulled ${pulled} bytes`);
    assert.equal(calls.length, 0);
  });

  test('a body just under the limit is read', async () => {
    const p = payload();
    const text = JSON.stringify(p);
    const { handler } = setup({ maxBytes: Buffer.byteLength(text) });
    assert.equal((await handler(post(text, {}, p.idempotencyKey))).status, 201);
    const tight = setup({ maxBytes: Buffer.byteLength(text) - 1 });
    assert.equal((await tight.handler(post(text, {}, p.idempotencyKey))).status, 413);
  });

  test('a wrong content type: 415', async () => {
    const { handler, calls } = setup();
    const p = payload();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) {
      assert.equal((await handler(post(p, { 'content-type': type }))).status, 415, type);
    }
    const none = new Request(URL_, { method: 'POST', body: new Uint8Array([123, 125]), headers: { 'idempotency-key': p.idempotencyKey } });
    assert.equal((await handler(none)).status, 415);
    assert.equal(calls.length, 0);
  });

  test('GET and others: 405 with Allow: POST', async () => {
    const { handler } = setup();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await handler(new Request(URL_, { method }));
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.get('allow'), 'POST');
    }
  });

  test('bad JSON: 400', async () => {
    const { handler } = setup();
    const response = await handler(post('{"template": ', {}, 'key-badjson-1'));
    assert.equal(response.status, 400);
    assert.equal(await ruleOf(response), 'invalid-json');
    const invalidUtf8 = new Request(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'key-badjson-2' },
      body: new Uint8Array([0x22, 0xff, 0x22]),
    });
    const invalid = await handler(invalidUtf8);
    assert.equal(invalid.status, 400);
    assert.equal(await ruleOf(invalid), 'invalid-json');
  });

  test('Idempotency-Key in neither the header nor the payload, or different in each: 400', async () => {
    const { handler, calls } = setup();
    const { idempotencyKey: _key, ...withoutKey } = payload('ja');
    const missing = await handler(post(withoutKey, {}, null));
    assert.equal(missing.status, 400);
    const message = 'Idempotency-Key ヘッダーがありません';
    assert.deepEqual((await problem(missing)).errors, [
      { path: 'idempotencyKey', message, rule: 'idempotency-key-missing', field: 'idempotencyKey', code: 'idempotency-key-missing' },
    ]);
    const mismatched = await handler(post(payload('ja'), {}, 'key-something-else'));
    assert.equal(mismatched.status, 400);
    assert.equal(await ruleOf(mismatched), 'idempotency-key-mismatch');
    assert.equal(calls.length, 0);
  });

  test('still works with a get/set store of earlier versions', async () => {
    const map = new Map<string, StoredResponse>();
    const ttls: number[] = [];
    const store: LegacyIdempotencyStore = {
      get: async (key) => map.get(key),
      set: async (key, response, ttlMs) => {
        ttls.push(ttlMs);
        map.set(key, response);
      },
    };
    const { handler, calls } = setup({ store });
    const p = payload();
    await handler(post(p));
    const again = await read(await handler(post(p)));
    assert.deepEqual(again, { status: 201, body: { reference: 'R1' }, replayed: 'true' });
    assert.equal(calls.length, 1);
    assert.deepEqual(ttls, [24 * 60 * 60 * 1000]);
    assert.deepEqual(
      { ...map.get(p.idempotencyKey), fingerprint: undefined },
      {
        status: 201,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: '{"reference":"R1"}',
        fingerprint: undefined,
      },
    );
    const other = await handler(post({ ...p, name: 'Jiro' }));
    assert.equal(other.status, 422, 'the fingerprint is kept with the response');
  });
});

describe('createRequestHandler in Simplified Chinese', () => {
  const CJK = /[\u4e00-\u9fff]/;
  const handlerWith = (lang?: string) =>
    createRequestHandler({ onRequest: () => ({ reference: 'R1' }), now: () => NOW, maxBytes: 1000, ...(lang ? { lang } : {}) });
  /** The detail of a problem, which is also its one error's message for the handler's own errors. */
  const message = async (response: Response) => {
    const { detail, errors } = await problem(response);
    assert.equal(errors[0]!.message, detail);
    return detail;
  };
  /** A request for each of the handler's own errors: 405, 415, 413, bad JSON. */
  const ownErrors = (headers: Record<string, string>) => [
    new Request(URL_, { method: 'GET', headers }),
    post(payload(), { 'content-type': 'text/plain', ...headers }),
    post('x'.repeat(1001), headers, 'key-big'),
    post('{"template": ', headers, 'key-badjson'),
  ];

  test("a request with Accept-Language zh, zh-CN or zh-Hans gets the handler's own errors in Chinese", async () => {
    const expected = [
      '仅接受 POST 请求',
      '请将 Content-Type 设为 application/json',
      '请求正文过大',
      '无法将请求正文读取为 UTF-8 编码的 JSON',
    ];
    for (const accept of ['zh-CN,zh;q=0.9,en;q=0.8', 'zh', 'zh-Hans', 'fr, zh-SG;q=0.5']) {
      const handler = handlerWith();
      const messages = await Promise.all(ownErrors({ 'accept-language': accept }).map(async (request) => message(await handler(request))));
      assert.deepEqual(messages, expected, accept);
    }
  });

  test('the option `lang: "zh-CN"` when the request names no language the library speaks; the request\'s language first', async () => {
    const handler = handlerWith('zh-CN');
    const requests: Record<string, string>[] = [
      {},
      { 'accept-language': '*' },
      { 'accept-language': 'fr, de;q=0.5' },
      { 'accept-language': 'zh-TW' },
    ];
    for (const headers of requests) {
      assert.equal(
        await message(await handler(new Request(URL_, { method: 'GET', headers }))),
        '仅接受 POST 请求',
        JSON.stringify(headers),
      );
    }
    assert.equal(
      await message(await handler(new Request(URL_, { method: 'GET', headers: { 'accept-language': 'ja-JP' } }))),
      'POST だけを受け付けます',
    );
    assert.equal(
      await message(await handler(new Request(URL_, { method: 'GET', headers: { 'accept-language': 'en-GB, zh;q=0.3' } }))),
      'only POST is accepted',
    );
    assert.equal(
      await message(await handler(new Request(URL_, { method: 'GET', headers: { 'accept-language': 'en;q=0.2, zh-CN' } }))),
      '仅接受 POST 请求',
    );
    assert.equal(
      await message(await handlerWith()(new Request(URL_, { method: 'GET', headers: { 'accept-language': 'zh-Hant' } }))),
      'only POST is accepted',
    );
  });

  test('a payload in zh-CN gets its field errors and idempotency errors in Chinese, with the same fields and codes as in English', async () => {
    const handler = handlerWith();
    const english = await read(await handler(post(payload('en', { email: 'taro@example' }))));
    const chinese = await read(await handler(post(payload('zh-CN', { email: 'taro@example' }))));
    assert.equal(chinese.status, 400);
    const errors = (chinese.body as ProblemDetails).errors;
    const englishErrors = (english.body as ProblemDetails).errors;
    assert.deepEqual(
      errors.map(({ path, rule }) => ({ path, rule })),
      englishErrors.map(({ path, rule }) => ({ path, rule })),
    );
    errors.forEach((error, i) => {
      assert.match(error.message, CJK, error.message);
      assert.notEqual(error.message, englishErrors[i]!.message);
    });
    const { idempotencyKey: _key, ...withoutKey } = payload('zh-Hans');
    const missing = await read(await handler(post(withoutKey, {}, null)));
    const [error] = (missing.body as ProblemDetails).errors;
    assert.equal(error!.rule, 'idempotency-key-missing');
    assert.match(error!.message, CJK);
    assert.match((missing.body as ProblemDetails).title, CJK);
  });
});

describe('memoryIdempotencyStore (its own clock)', () => {
  const response = { status: 201, body: '{"reference":"R1"}' };

  test('a lock holds for lockMs, a completed key for ttlMs', async () => {
    let now = 1_000;
    const store = memoryIdempotencyStore({ now: () => now });
    assert.equal((await store.claim('k', 'f', 100)).state, 'claimed');
    now += 99;
    assert.equal((await store.claim('k', 'f', 100)).state, 'in-flight');
    now += 1;
    assert.equal((await store.claim('k', 'f', 100)).state, 'claimed');
    await store.complete('k', response, 5_000);
    now += 4_999;
    assert.deepEqual(await store.claim('k', 'f', 100), { state: 'done', response });
    now += 1;
    assert.equal((await store.claim('k', 'g', 100)).state, 'claimed');
  });

  test('uses its own retention when given none, and drops the oldest past maxEntries', async () => {
    let now = 0;
    const store = memoryIdempotencyStore({ now: () => now, ttlMs: 100, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) {
      await store.claim(key, 'f', 10);
      await store.complete(key, { status: 201, body: key }, 0);
    }
    assert.equal((await store.claim('a', 'f', 10)).state, 'claimed');
    now = 99;
    assert.equal((await store.claim('c', 'f', 10)).state, 'done');
    now = 100;
    assert.equal((await store.claim('c', 'f', 10)).state, 'claimed');
  });
});

describe('server exports', () => {
  test('the payload schema and validateRequest are the ones the browser uses', () => {
    const p = payload('en');
    assert.equal(requestPayloadSchema.safeParse(p).success, true);
    assert.equal(validateRequest(p, { now: NOW }).ok, true);
    assert.equal(requestPayloadSchema.safeParse({ ...p, password: 'x' }).success, false);
  });
});
