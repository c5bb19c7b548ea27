// The demo site's back end, shared by both demo servers (demo/server.mjs: the development server
// of the repository's sources; demo/production-server.mjs: the production build, `npm start`):
//
//   POST /api/login      { username, password, captcha? } → see `login()` below
//   POST /api/reset      clears every failure counter
//   POST /api/requests   recovery requests (the library's server handler): one JSON line each in
//                        demo/data/requests.jsonl, answered with a reference number
//   POST /api/demo/fail  { username, error }  demo controls: puts the account into the state that
//                        produces `error` and answers exactly as /api/login would in that state
//
// Every HTML page is sent with a strict Content-Security-Policy (no inline script or style,
// Trusted Types required), so the demo also shows that the elements work under one.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestStoreListener } from './request-store.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The one account that logs in. Shown on the page. */
export const DEMO_ACCOUNT = Object.freeze({ username: 'demo', password: 'correct horse' });
/** The answer of the fake image check. Shown on the page. */
export const CAPTCHA_ANSWER = '7351';
/** Failures after which the image check is required. */
export const CAPTCHA_AFTER = 3;
/** Failures after which login is blocked. */
export const LOCK_AFTER = 5;
/** How long a block lasts. */
export const LOCK_MS = 60 * 60 * 1000;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * The fake account store: per-username failure counters, in memory. Any username is counted,
 * existing or not, so that the answers never reveal whether an account exists (except `locked`
 * with its retry time, which the site chooses to show: see the README's trade-off).
 */
export function createLoginService({ now = () => Date.now() } = {}) {
  /** @type {Map<string, { failures: number, lockedUntil: number }>} */
  const accounts = new Map();
  // Usernames are case-insensitive (the site's rule); the counter follows the same key.
  const keyOf = (username) => String(username).toLowerCase();
  const stateOf = (username) => {
    const key = keyOf(username);
    let state = accounts.get(key);
    if (!state) accounts.set(key, (state = { failures: 0, lockedUntil: 0 }));
    if (state.lockedUntil && state.lockedUntil <= now()) Object.assign(state, { failures: 0, lockedUntil: 0 });
    return state;
  };
  const lockedAnswer = (state) => ({
    status: 423,
    body: { ok: false, error: 'locked', retryAt: new Date(state.lockedUntil).toISOString(), captcha: false },
  });
  const failure = (state) => {
    state.failures++;
    if (state.failures >= LOCK_AFTER) {
      state.lockedUntil = now() + LOCK_MS;
      return lockedAnswer(state);
    }
    if (state.failures === CAPTCHA_AFTER) return { status: 401, body: { ok: false, error: 'captcha-required', captcha: true } };
    return { status: 401, body: { ok: false, error: 'invalid-credentials', captcha: state.failures >= CAPTCHA_AFTER } };
  };

  return {
    /**
     * One login attempt. Answers `{ status, body }`; body `{ ok: true, username }` or
     * `{ ok: false, error, captcha, retryAt?, captchaWrong? }` where `captcha` says whether the
     * next attempt needs the image check.
     */
    login({ username, password, captcha } = {}) {
      if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
        return { status: 400, body: { ok: false, error: 'invalid-credentials', captcha: false } };
      }
      // The site's back end falls over for this one username: the demo's system error.
      if (username === 'system') return { status: 503, body: { ok: false, error: 'system-error', captcha: false } };
      const state = stateOf(username);
      if (state.lockedUntil) return lockedAnswer(state);
      if (state.failures >= CAPTCHA_AFTER) {
        const answer = typeof captcha === 'string' ? captcha.trim() : '';
        if (!answer) return { status: 401, body: { ok: false, error: 'captcha-required', captcha: true } };
        if (answer !== CAPTCHA_ANSWER) {
          const result = failure(state);
          if (result.body.error === 'locked') return result;
          return { status: 401, body: { ok: false, error: 'captcha-required', captcha: true, captchaWrong: true } };
        }
      }
      if (keyOf(username) === DEMO_ACCOUNT.username && password === DEMO_ACCOUNT.password) {
        accounts.delete(keyOf(username));
        return { status: 200, body: { ok: true, username } };
      }
      return failure(state);
    },
    /** The demo controls: the state that produces `error`, answered as `login` would. */
    force({ username, error } = {}) {
      const name = typeof username === 'string' && username ? username : 'taro123';
      if (error === 'system-error') return this.login({ username: 'system', password: 'x' });
      const state = stateOf(name);
      switch (error) {
        case 'invalid-credentials':
          Object.assign(state, { failures: 0, lockedUntil: 0 });
          return failure(state);
        case 'captcha-required':
          Object.assign(state, { failures: CAPTCHA_AFTER - 1, lockedUntil: 0 });
          return failure(state);
        case 'locked':
          Object.assign(state, { failures: LOCK_AFTER - 1, lockedUntil: 0 });
          return failure(state);
        default:
          return { status: 400, body: { ok: false, error: 'unknown', captcha: false } };
      }
    },
    reset() {
      accounts.clear();
    },
  };
}

async function readJson(req, limit = 16 * 1024) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/**
 * The demo's API as a Node request listener for paths under /api/: `(req, res) => Promise<void>`.
 * `service` is the fake account store (createLoginService()); recovery requests are appended to
 * `requestsFile`.
 */
export function createApiListener(service, { requestsFile = join(root, 'demo', 'data', 'requests.jsonl') } = {}) {
  const requests = requestStoreListener(requestsFile);
  const send = (res, status, body, headers = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(text);
  };
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.setHeader('cache-control', 'no-store');
    if (path === '/api/requests') {
      await requests(req, res);
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { ok: false, error: 'method-not-allowed' }, { allow: 'POST' });
      return;
    }
    let input;
    try {
      input = await readJson(req);
    } catch {
      send(res, 400, { ok: false, error: 'bad-request' });
      return;
    }
    let result;
    if (path === '/api/login') result = service.login(input);
    else if (path === '/api/demo/fail') result = service.force(input);
    else if (path === '/api/reset') {
      service.reset();
      result = { status: 200, body: { ok: true } };
    } else result = { status: 404, body: { ok: false, error: 'not-found' } };
    // A real back end takes a moment; so does this one (the page shows its busy state).
    await new Promise((done) => setTimeout(done, 150));
    send(res, result.status, result.body);
  };
}
