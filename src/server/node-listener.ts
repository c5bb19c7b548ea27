/**
 * Serving the request handler from Node's own HTTP server, Express or Koa: `toNodeListener`
 * turns a Fetch-style handler into an `(req, res)` listener. The body is streamed to the
 * handler (so its `maxBytes` limit holds); nothing here imports a Node module.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Wraps `handler` for Node's `http.createServer`, Express (`app.post(path, listener)`) or Koa
 * (`ctx.respond = false; await listener(ctx.req, ctx.res)`).
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(', '));
    }
    const method = req.method ?? 'GET';
    // Without setEncoding, a request yields its body as Buffers.
    const iterator: AsyncIterator<Uint8Array, undefined> = req[Symbol.asyncIterator]();
    const body =
      method === 'GET' || method === 'HEAD'
        ? undefined
        : new ReadableStream<Uint8Array>({
            async pull(controller) {
              const { value, done } = await iterator.next();
              if (done) controller.close();
              else controller.enqueue(value);
            },
            cancel() {
              req.resume();
            },
          });
    const response = await handler(new Request(url, { method, headers, body, duplex: 'half' } as RequestInit));
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => (out[name] = value));
    res.writeHead(response.status, out);
    res.end(new Uint8Array(await response.arrayBuffer()));
  };
}
