// Routes the browser tests call on the test server (Koa middleware): flow files served as JSON,
// a 404 and a body that is not JSON, so loading and its failures are tested over real HTTP.
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
      default:
        await next();
    }
  };
}
