// The demo login page as a site would ship it (`npm start`): the production build of
// scripts/build-demo.mjs (made first when it is missing or older than its sources), served by
// node:http with the fake login API of demo/api.mjs.
//
//   GET /            the login page, already written in the visitor's language (demo/page-language.ts:
//                    `?lang=`, the cookie of the last choice, Accept-Language, else English)
//   GET /contact     the site's "contact form" (a static page in three languages)
//   GET /assets/…    the hashed scripts, styles and images: cached for a year, immutable
//   POST /login      the login form posted without JavaScript: the page again, with the help for
//                    the error server-rendered (demo/login-post.mjs)
//   GET /help        the whole guide as one static page (what that help links to without script)
//   /api/…           demo/api.mjs
//   GET /demo/…      redirects to the same page here (the development server's addresses)
//   GET /favicon.ico redirects to the site's icon (for the help page, which names none)
//
// Every file is sent compressed as the browser asks (Accept-Encoding: brotli, else gzip: the
// build's .br and .gz files, made once at their best levels), with Vary: Accept-Encoding. The login
// page also varies by Accept-Language and Cookie, is revalidated on each visit (ETag, no-cache) and
// carries the strict Content-Security-Policy (DEMO_CSP=off: none).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { CONTENT_SECURITY_POLICY, createApiListener, createLoginService, DEMO_ACCOUNT } from './api.mjs';
import { requestLang } from './page-language.ts';
import { allowInlineStyles, defaultHelpPage, loginPostPage, NOT_A_FORM } from './login-post.mjs';
import { DEMO_BUILD_DIR, ensureDemoBuild } from '../scripts/build-demo.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Hashed by the bundler: a new content gets a new name, so the old one may be kept for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The encodings the build has files for, best first, as named in Content-Encoding. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/**
 * The encoding to send for an Accept-Encoding header among those `available` (the best the
 * browser accepts with a q above 0; `*` accepts any not named), or undefined: the file as it is.
 */
export function chooseEncoding(header, available = ENCODINGS.map(({ name }) => name)) {
  const accepted = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    if (token) accepted.set(token === 'x-gzip' ? 'gzip' : token, q === undefined ? 1 : Number(q));
  }
  return available.find((name) => (accepted.has(name) ? accepted.get(name) : (accepted.get('*') ?? 0)) > 0);
}

/** Reads the build into memory: path → `{ type, variants: { identity, br?, gzip? } }`, each variant `{ body, etag }`. */
async function loadBuild(dir) {
  const { files } = JSON.parse(await readFile(join(dir, 'build.json'), 'utf8'));
  const loaded = new Map();
  const variant = (body) => ({ body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` });
  for (const file of files) {
    const variants = { identity: variant(await readFile(join(dir, file))) };
    for (const { name, suffix } of ENCODINGS) {
      try {
        variants[name] = variant(await readFile(join(dir, file + suffix)));
      } catch {
        // Not compressed (an image that is compressed already).
      }
    }
    loaded.set(file, { type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', variants });
  }
  return loaded;
}

/**
 * Starts the production server of the demo, building it first when needed (`build: false`: use
 * build/demo/ as it is). `port` 0 picks a free port. Resolves to `{ url, port, server, service, stop }`.
 */
export async function startProduction({ port = Number(process.env.PORT ?? 8000), hostname = 'localhost', log = true, build = true } = {}) {
  if (build) await ensureDemoBuild({ log });
  const files = await loadBuild(DEMO_BUILD_DIR);
  // For pages that name no icon (the static help page): the site's, where browsers look first.
  const favicon = [...files.keys()].find((file) => /^assets\/favicon-[\w-]+\.svg$/.test(file));
  const service = createLoginService();
  const api = createApiListener(service);
  const csp = process.env.DEMO_CSP !== 'off';

  /** Sends the build's `file` (a path inside it), compressed as asked, with `headers`. */
  const sendFile = (req, res, file, headers) => {
    const entry = files.get(file);
    if (!entry) return notFound(res);
    const encoding = chooseEncoding(
      req.headers['accept-encoding'],
      ENCODINGS.map(({ name }) => name).filter((name) => entry.variants[name]),
    );
    const { body, etag } = entry.variants[encoding ?? 'identity'];
    const head = {
      'content-type': entry.type,
      etag,
      'x-content-type-options': 'nosniff',
      ...(Object.keys(entry.variants).length > 1 ? { vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...headers,
    };
    if (csp && entry.type.startsWith('text/html')) head['content-security-policy'] = CONTENT_SECURITY_POLICY;
    const tags = String(req.headers['if-none-match'] ?? '')
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''));
    if (tags.includes(etag) || tags.includes('*')) {
      res.writeHead(304, head);
      res.end();
      return;
    }
    res.writeHead(200, { ...head, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const notFound = (res) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('Not found\n');
  };
  /** The visitor's language: `?lang=`, the cookie of the last choice, Accept-Language, else English. */
  const langOf = (req, url) => requestLang(url.searchParams.get('lang'), req.headers);
  /** After an error answering a request: logged, and a 500 if nothing was sent yet. */
  const serverError = (res) => (error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end();
  };
  /** A page made for this request (not a file of the build), compressed as asked, never cached. */
  const sendPage = (req, res, status, html, headers = {}) => {
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const body = encoding === 'br' ? brotliCompressSync(html) : encoding === 'gzip' ? gzipSync(html) : Buffer.from(html);
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...(csp ? { 'content-security-policy': allowInlineStyles(CONTENT_SECURITY_POLICY, html) } : {}),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  /** POST /login without script: the login page again, failed (with its help) or logged in. */
  const loginPost = async (req, res, url) => {
    const lang = langOf(req, url);
    const page = files.get(`index.${lang}.html`).variants.identity.body.toString('utf8');
    const html = await loginPostPage(req, { service, lang, page });
    if (html === undefined) {
      res.writeHead(415, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(NOT_A_FORM);
      return;
    }
    sendPage(req, res, 200, html, { 'content-language': lang });
  };

  const redirect = (res, location) => {
    res.writeHead(302, { location, 'cache-control': 'no-store' });
    res.end();
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      api(req, res).catch(serverError(res));
      return;
    }
    if (path === '/login' && req.method === 'POST') {
      loginPost(req, res, url).catch(serverError(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    if (path === '/help') {
      const lang = langOf(req, url);
      defaultHelpPage(lang).then((html) => sendPage(req, res, 200, html, { 'content-language': lang }), serverError(res));
      return;
    }
    if (path === '/') {
      const lang = langOf(req, url);
      sendFile(req, res, `index.${lang}.html`, {
        'cache-control': 'no-cache',
        'content-language': lang,
        vary: 'Accept-Encoding, Accept-Language, Cookie',
      });
    } else if (path === '/contact') sendFile(req, res, 'contact.html', { 'cache-control': 'no-cache' });
    else if (path.startsWith('/assets/') && files.has(path.slice(1))) sendFile(req, res, path.slice(1), { 'cache-control': IMMUTABLE });
    else if (path === '/favicon.ico' && favicon) redirect(res, `/${favicon}`);
    else if (path === '/demo' || path === '/demo/' || path === '/demo/index.html') redirect(res, `/${url.search}`);
    else if (path === '/demo/contact.html' || path === '/contact.html') redirect(res, `/contact${url.search}`);
    else notFound(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  const address = server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  const url = `http://${hostname}:${actualPort}/`;
  if (log) {
    console.log(`Demo login page (production build): ${url}`);
    console.log(`Demo account: username "${DEMO_ACCOUNT.username}", password "${DEMO_ACCOUNT.password}". Press Ctrl+C to stop.`);
  }
  return {
    url,
    port: actualPort,
    server,
    service,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
