/**
 * A real request endpoint for the browser tests, built on the library's own server handler
 * (`createRequestHandler`), behind Koa middleware of the test server. Variants misbehave on
 * purpose. Test files run in parallel, so each keeps its own state in a bucket named by the
 * `bucket` query parameter: `/test-api/requests/<variant>?bucket=B` takes requests,
 * `/test-api/requests/log?bucket=B` tells what arrived (path, key, status) and how many requests
 * reached `onRequest`, `/test-api/requests/reset?bucket=B` starts the bucket afresh.
 */
import { createRequestHandler, memoryIdempotencyStore, toNodeListener } from '../../src/server/index.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestPayload } from '../../src/request/validate.js';

interface KoaContext {
  path: string;
  query: Record<string, string | string[] | undefined>;
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

type Handler = (request: Request) => Promise<Response>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One test file's endpoint: its log, what was accepted, and handlers sharing one idempotency store. */
function createBucket() {
  const log: { path: string; key: string; status: number }[] = [];
  const accepted: RequestPayload[] = [];
  const failures = new Map<string, number>();
  const idempotency = memoryIdempotencyStore();
  const accept = (payload: RequestPayload) => {
    accepted.push(payload);
    return { reference: `REF-${accepted.length}` };
  };
  /** Fails the first `times` requests of each key with a 500, then accepts. */
  const failing = (times: number) => (payload: RequestPayload) => {
    const count = failures.get(payload.idempotencyKey) ?? 0;
    if (count < times) {
      failures.set(payload.idempotencyKey, count + 1);
      throw new Error('simulated failure');
    }
    return accept(payload);
  };
  const handlers: Record<string, Handler> = {
    '': createRequestHandler({ idempotency, onRequest: accept }),
    '/fail-first': createRequestHandler({ idempotency, onRequest: failing(1) }),
    '/fail-twice': createRequestHandler({ idempotency, onRequest: failing(2) }),
    '/slow': createRequestHandler({
      idempotency,
      onRequest: async (payload) => {
        await sleep(1500);
        return accept(payload);
      },
    }),
  };
  return { log, accepted, handlers };
}

const buckets = new Map<string, ReturnType<typeof createBucket>>();
const bucketOf = (name: string) => {
  if (!buckets.has(name)) buckets.set(name, createBucket());
  return buckets.get(name)!;
};

export function requestEndpoint() {
  return async function endpoint(context: KoaContext, next: () => Promise<void>): Promise<void> {
    if (!context.path.startsWith('/test-api/requests')) return next();
    const variant = context.path.slice('/test-api/requests'.length);
    const name = typeof context.query['bucket'] === 'string' ? context.query['bucket'] : 'default';
    if (variant === '/reset') {
      buckets.set(name, createBucket());
      context.status = 204;
      return;
    }
    const bucket = bucketOf(name);
    if (variant === '/log') {
      context.type = 'application/json';
      context.body = JSON.stringify({ log: bucket.log, accepted: bucket.accepted.length });
      return;
    }
    const key = context.get('idempotency-key');
    const record = (status: number) => bucket.log.push({ path: variant || '/', key, status });
    const handler = bucket.handlers[variant];
    if (handler) {
      context.respond = false;
      await toNodeListener(async (request) => {
        const response = await handler(request);
        record(response.status);
        return response;
      })(context.req, context.res);
      return;
    }
    switch (variant) {
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
