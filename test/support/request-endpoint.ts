/**
 * A real request endpoint for the browser tests, built on the library's own server handler
 * (`createRequestHandler`), behind Koa middleware of the test server. Variants misbehave on
 * purpose; `/test-api/requests/log` tells the tests what arrived (method, path, key) and how many
 * requests reached `onRequest`.
 */
import { createRequestHandler, memoryIdempotencyStore, toNodeListener } from '../../src/server/index.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestPayload } from '../../src/request/validate.js';

interface KoaContext {
  path: string;
  method: string;
  req: IncomingMessage;
  res: ServerResponse;
  respond: boolean;
  get(name: string): string;
  set(name: string, value: string): void;
  status: number;
  body: unknown;
  type: string;
}

const log: { path: string; key: string; status: number }[] = [];
let accepted: RequestPayload[] = [];
let store = memoryIdempotencyStore();
const failedOnce = new Set<string>();
/** Failures so far per idempotency key, for `/fail-twice`. */
const failures = new Map<string, number>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const handlers = {
  ok: () =>
    createRequestHandler({
      idempotency: store,
      onRequest: (payload) => {
        accepted.push(payload);
        return { reference: `REF-${accepted.length}` };
      },
    }),
  failFirst: () =>
    createRequestHandler({
      idempotency: store,
      onRequest: (payload) => {
        if (!failedOnce.has(payload.idempotencyKey)) {
          failedOnce.add(payload.idempotencyKey);
          throw new Error('simulated failure');
        }
        accepted.push(payload);
        return { reference: `REF-${accepted.length}` };
      },
    }),
  failTwice: () =>
    createRequestHandler({
      idempotency: store,
      onRequest: (payload) => {
        const count = failures.get(payload.idempotencyKey) ?? 0;
        if (count < 2) {
          failures.set(payload.idempotencyKey, count + 1);
          throw new Error('simulated failure');
        }
        accepted.push(payload);
        return { reference: `REF-${accepted.length}` };
      },
    }),
  slow: () =>
    createRequestHandler({
      idempotency: store,
      onRequest: async (payload) => {
        await sleep(1500);
        accepted.push(payload);
        return { reference: `REF-${accepted.length}` };
      },
    }),
};
let current = { ok: handlers.ok(), failFirst: handlers.failFirst(), failTwice: handlers.failTwice(), slow: handlers.slow() };

export function requestEndpoint() {
  return async function endpoint(context: KoaContext, next: () => Promise<void>): Promise<void> {
    if (!context.path.startsWith('/test-api/requests')) return next();
    const variant = context.path.slice('/test-api/requests'.length);
    if (variant === '/log') {
      context.type = 'application/json';
      context.body = JSON.stringify({ log, accepted: accepted.length });
      return;
    }
    if (variant === '/reset') {
      log.length = 0;
      accepted = [];
      failedOnce.clear();
      store = memoryIdempotencyStore();
      failures.clear();
      current = { ok: handlers.ok(), failFirst: handlers.failFirst(), failTwice: handlers.failTwice(), slow: handlers.slow() };
      context.status = 204;
      return;
    }
    const key = context.get('idempotency-key');
    const record = (status: number) => log.push({ path: variant || '/', key, status });
    switch (variant) {
      case '':
      case '/fail-first':
      case '/fail-twice':
      case '/slow': {
        const handler =
          variant === '' ? current.ok : variant === '/fail-first' ? current.failFirst : variant === '/fail-twice' ? current.failTwice : current.slow;
        context.respond = false;
        await toNodeListener(async (request) => {
          const response = await handler(request);
          record(response.status);
          return response;
        })(context.req, context.res);
        return;
      }
      case '/drop':
        // The connection is cut before any answer.
        record(0);
        context.respond = false;
        context.req.socket.destroy();
        return;
      case '/stall':
        // An answer that never comes (the client's timeout ends it).
        record(0);
        context.respond = false;
        return;
      case '/reject':
        record(403);
        context.status = 403;
        context.body = '';
        return;
      case '/rate':
        record(429);
        context.status = 429;
        context.set('Retry-After', '2');
        context.body = '';
        return;
      case '/invalid':
        record(400);
        context.status = 400;
        context.type = 'application/json';
        context.body = JSON.stringify({
          errors: [
            { field: 'fields.whatWasTyped', code: 'password-like', message: 'Remove what looks like a password.' },
            { field: 'email', code: 'email', message: 'This address bounced.', suggestion: 'taro@example.org' },
          ],
        });
        return;
      case '/malformed':
        record(201);
        context.status = 201;
        context.type = 'application/json';
        context.body = '{ "reference": ';
        return;
      default:
        return next();
    }
  };
}
