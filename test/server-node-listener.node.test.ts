import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestHandler, toNodeListener } from '../src/server/index.js';
import { requestPayload } from '../src/request/payload.js';
import { findRequestTemplate } from '../src/request/templates.js';

const received: unknown[] = [];
const listener = toNodeListener(
  createRequestHandler({ maxBytes: 4096, onRequest: (payload) => (received.push(payload), { reference: `R-${received.length}` }) }),
);
const server = createServer((req, res) => void listener(req, res));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/requests`;
after(() => server.close());

const payload = requestPayload({
  template: findRequestTemplate('contact')!,
  values: { whatHappened: 'Locked out' },
  name: 'Taro',
  email: 'taro@example.com',
  locale: 'en',
});

describe('toNodeListener', () => {
  test('serves the handler on a Node HTTP server', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': payload.idempotencyKey },
      body: JSON.stringify(payload),
    });
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { reference: 'R-1' });
    assert.equal(received.length, 1);
  });

  test('streams the body, so an oversized one without Content-Length is refused with 413', async () => {
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        controller.close();
      },
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k'.repeat(16) },
      body: big,
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 413);
    assert.equal(received.length, 1);
  });
});
