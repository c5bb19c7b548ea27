// Routes the browser tests call on the test server (Koa middleware): flow files served as JSON,
// a 404 and a body that is not JSON, so loading and its failures are tested over real HTTP;
// and a server whose clock is off, for the device-clock check.
import { readFile } from 'node:fs/promises';

export function testRoutes() {
  return async function routes(context, next) {
    switch (context.path) {
      case '/test-api/flow':
        context.type = 'application/json';
        context.body = await readFile(new URL('../fixtures/small-flow.json', import.meta.url), 'utf8');
        return;
      case '/test-api/missing':
        context.status = 404;
        context.body = 'not found';
        return;
      case '/test-api/not-json':
        context.type = 'application/json';
        context.body = '{ "version": 1, ';
        return;
      case '/test-api/time': {
        // A server whose clock is `offset` ms off: its Date header says so.
        const offset = Number(context.query.offset ?? 0);
        context.set('Date', new Date(Date.now() + offset).toUTCString());
        context.set('Cache-Control', 'no-store');
        context.body = '';
        return;
      }
      default:
        await next();
    }
  };
}
