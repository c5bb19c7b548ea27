// The benchmark's web server: serves the work tree's dist/, node_modules/ and bench/ as they are
// (no module rewriting, like any static host), the peers' files unpacked from their tarballs, and
// routes the benchmark adds (`extra`: path → { type, body }).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * @param {{ root: string, mounts: Record<string, string>, extra: Map<string, { type: string, body: string | Buffer }> }} options
 *   mounts: URL prefix (e.g. '/dist/') → folder
 */
export async function startServer({ mounts, extra }) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const own = extra.get(path);
    if (own) {
      response.writeHead(200, { 'content-type': own.type, 'cache-control': 'no-store' });
      response.end(own.body);
      return;
    }
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const base = normalize(folder + sep);
      const file = normalize(join(base, path.slice(prefix.length)));
      try {
        if (!file.startsWith(base) || !(await stat(file)).isFile()) break;
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
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
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
