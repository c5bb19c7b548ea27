#!/usr/bin/env node
// The demo login page of a fictional site.
//
//   node --import tsx demo/server.mjs         the production build (`npm start`): demo/production-server.mjs
//   node --import tsx demo/server.mjs --dev   this file's development server: @web/dev-server serving
//                                             the repository (TypeScript through esbuild, bare imports
//                                             resolved from node_modules, Lit's development build)
//
// Both answer the fake login API of demo/api.mjs. The development server also serves any file of
// the repository (test/hardening's pages use it for dist/'s modules, scripts/screenshots.mjs the demo):
//
//   GET  /               redirects to /demo/
//   GET  /contact        redirects to /demo/contact.html (the site's "contact form")
//   GET  /favicon.ico    redirects to /demo/favicon.svg (for the help page, which names no icon)
//   POST /login          the login form posted without JavaScript: the page again, with the help
//                        for the error server-rendered (demo/login-post.mjs, as the production server)
//   GET  /help           the whole guide as one static page (what that help links to without script)
//   /api/…               demo/api.mjs
//
// Every HTML page is sent with a strict Content-Security-Policy (no inline script or style but the
// hashed style sheets of a server-rendered guide, Trusted Types required), so the demo also shows
// that the elements work under one.
// DEMO_CSP=off turns it off. PORT sets the port (default 8000).
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY, createApiListener, createLoginService, DEMO_ACCOUNT } from './api.mjs';
import { readFile } from 'node:fs/promises';
import { startProduction } from './production-server.mjs';
import { allowInlineStyles, defaultHelpPage, loginPostPage, NOT_A_FORM } from './login-post.mjs';
import { requestLang } from './page-language.ts';
import { TEXT } from './text.ts';
import { writePageIn } from '../scripts/build-demo.mjs';

export { startProduction };
export { CAPTCHA_AFTER, CAPTCHA_ANSWER, CONTENT_SECURITY_POLICY, createLoginService, DEMO_ACCOUNT, LOCK_AFTER, LOCK_MS } from './api.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The visitor's language, as the production server chooses it. */
const langOf = (ctx) => requestLang(ctx.URL.searchParams.get('lang'), ctx.req.headers);

/** The Content-Security-Policy header for `html` (its inline style sheets allowed by hash). */
const cspOf = (html) =>
  process.env.DEMO_CSP === 'off' ? {} : { 'content-security-policy': allowInlineStyles(CONTENT_SECURITY_POLICY, html) };

/**
 * POST /login without script (demo/login-post.mjs), from the sources: the page is demo/index.html
 * written in the visitor's language, its relative addresses made absolute (it is answered at /login).
 */
async function loginPost(ctx, service) {
  const lang = langOf(ctx);
  const source = writePageIn(await readFile(join(root, 'demo', 'index.html'), 'utf8'), lang, TEXT);
  const page = source.replace(/\s(src|href)="\.\//g, ' $1="/demo/');
  const html = await loginPostPage(ctx.req, { service, lang, page });
  if (html === undefined) {
    ctx.res.writeHead(415, { 'content-type': 'text/plain; charset=utf-8' });
    ctx.res.end(NOT_A_FORM);
    return;
  }
  ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...cspOf(html) });
  ctx.res.end(html);
}

function apiMiddleware(api, service) {
  return async (ctx, next) => {
    const path = ctx.path;
    const read = ctx.method === 'GET' || ctx.method === 'HEAD';
    if (read && (path === '/' || path === '/demo')) {
      ctx.redirect(`/demo/${ctx.search}`);
      return;
    }
    if (read && path === '/favicon.ico') {
      ctx.redirect('/demo/favicon.svg');
      return;
    }
    if (read && path === '/contact') {
      ctx.redirect(`/demo/contact.html${ctx.search}`);
      return;
    }
    if (path === '/login' && ctx.method === 'POST') {
      ctx.respond = false;
      await loginPost(ctx, service);
      return;
    }
    if (read && path === '/help') {
      ctx.respond = false;
      const lang = langOf(ctx);
      const html = await defaultHelpPage(lang);
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...cspOf(html) });
      ctx.res.end(html);
      return;
    }
    if (!path.startsWith('/api/')) return next();
    ctx.respond = false;
    await api(ctx.req, ctx.res);
  };
}

function cspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (process.env.DEMO_CSP !== 'off' && ctx.response.is('html')) {
      ctx.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    }
  };
}

/**
 * Starts the development server of the demo (the repository's sources, Lit's development build).
 * `port` 0 picks a free port. Resolves to `{ url, port, server, service, stop }`.
 */
export async function start({ port = Number(process.env.PORT ?? 8000), hostname = 'localhost', log = true } = {}) {
  const service = createLoginService();
  const server = await startDevServer({
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
    config: {
      rootDir: root,
      hostname,
      port,
      nodeResolve: true,
      watch: false,
      // The live-reload client is an inline script: it would break the page's CSP.
      injectWebSocket: false,
      middleware: [cspMiddleware(), apiMiddleware(createApiListener(service), service)],
      plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: join(root, 'tsconfig.json'), target: 'es2022' })],
    },
  });
  const address = server.server?.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  const url = `http://${hostname}:${actualPort}/`;
  if (log) {
    console.log(`Demo login page: ${url}`);
    console.log(`Demo account: username "${DEMO_ACCOUNT.username}", password "${DEMO_ACCOUNT.password}". Press Ctrl+C to stop.`);
  }
  return { url, port: actualPort, server, service, stop: () => server.stop() };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { stop } = await (process.argv.includes('--dev') ? start() : startProduction());
  const quit = async () => {
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}
