// A small static web server for the project's browser checks (package test, examples, benchmarks):
// serves folders as they are, like any static host (no module rewriting), plus fixed routes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Starts a server on a free port of 127.0.0.1.
 * @param {{ mounts: Record<string, string>, extra?: Map<string, { type: string, body: string | Buffer }>, index?: boolean }} options
 *   `mounts`: URL prefix (such as '/' or '/dist/') → folder; `extra`: path → fixed answer;
 *   `index`: a path ending in '/' serves its index.html.
 * @returns {Promise<{ url: string, requests: string[], close(): Promise<void> }>} `url` has no
 *   trailing slash; `requests` lists every path asked for, in order.
 */
export async function startStaticServer({ mounts, extra = new Map(), index = false }) {
  const requests = [];
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const own = extra.get(path);
    if (own) {
      response.writeHead(200, { 'content-type': own.type, 'cache-control': 'no-store' });
      response.end(own.body);
      return;
    }
    if (index && path.endsWith('/')) path += 'index.html';
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const base = normalize(folder + sep);
      const file = normalize(join(base, path.slice(prefix.length)));
      try {
        if (!file.startsWith(base) || !(await stat(file)).isFile()) break;
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(body);
        return;
      } catch {
        break;
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
