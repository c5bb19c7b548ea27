/**
 * The demo as `npm start` serves it (demo/production-server.mjs): the production build of
 * scripts/build-demo.mjs (made here when it is missing or older than its sources), on a free port
 * of 127.0.0.1. The login page comes compressed with its main text in the HTML, in the visitor's
 * language; the hashed scripts come compressed, cached for good, and in Lit's production build.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startProduction, type ProductionDemo } from '../demo/production-server.mjs';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (still compressed). */
  raw: Buffer;
  /** The body decompressed as its Content-Encoding says. */
  text: string;
}

/** One request with node:http, which (unlike fetch) shows the bytes as they came. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const plain = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: plain.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The script and stylesheet addresses a page names. */
const assetsOf = (html: string) => [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);

/** Lit's development build says this in the console; its production build carries no such text. */
const DEV_MODE = /Lit is in dev mode|Multiple versions of Lit loaded/;

/** The default flow's steps, to name the step the server must have rendered. */
const defaultFlow = JSON.parse(readFileSync(new URL('../src/flows/default.json', import.meta.url), 'utf8')) as {
  errors: Record<string, string>;
  steps: { id: string; title: Record<string, string> }[];
};
/** The title of the step for `error`, as HTML text (quotes and the like as character references). */
const errorTitle = (error: string, lang: string) =>
  defaultFlow.steps
    .find((step) => step.id === defaultFlow.errors[error])!
    .title[lang]!.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The 'sha256-…' sources a Content-Security-Policy header allows for inline styles. */
const styleHashes = (policy: unknown) => [...String(policy).matchAll(/'sha256-([^']+)'/g)].map((match) => match[1]);
/** The SHA-256 (base64) of each inline `<style>` of `html`. */
const inlineStyles = (html: string) =>
  [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => createHash('sha256').update(match[1]!, 'utf8').digest('base64'));

describe('the demo served as a real login page ships (npm start)', () => {
  let demo: ProductionDemo;

  before(async () => {
    demo = await startProduction({ port: 0, hostname: '127.0.0.1', log: false });
  });

  after(async () => {
    await demo?.stop();
  });

  test('/ is the login page, compressed (brotli, else gzip), its main text in the HTML in the visitor’s language', async () => {
    const ja = await get(demo.url, { 'accept-encoding': 'br, gzip', 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.8' });
    assert.equal(ja.status, 200);
    assert.match(String(ja.headers['content-type']), /^text\/html/);
    assert.equal(ja.headers['content-encoding'], 'br');
    assert.match(String(ja.headers['vary']), /Accept-Encoding/i);
    assert.match(String(ja.headers['vary']), /Accept-Language/i);
    assert.ok(ja.raw.length < Buffer.byteLength(ja.text) / 2, `${ja.raw.length} bytes sent for ${Buffer.byteLength(ja.text)}`);
    assert.match(ja.text, /<html lang="ja">/);
    assert.match(ja.text, /<h1 id="login-title" data-i18n="loginTitle">ログイン<\/h1>/);
    assert.match(ja.text, />ユーザー名とパスワードを入力してください。</);
    // Text that only the script wrote before: now in the page as sent.
    assert.match(ja.text, /data-i18n="demoAccountNote">ほかの組み合わせはすべて失敗します。/);
    assert.match(String(ja.headers['content-security-policy']), /require-trusted-types-for 'script'/);

    const en = await get(demo.url, { 'accept-encoding': 'gzip', 'accept-language': 'en-US,en;q=0.9' });
    assert.equal(en.headers['content-encoding'], 'gzip');
    assert.match(en.text, /<html lang="en">/);
    assert.match(en.text, /<title>Log in \| Tsubame Members<\/title>/);
    assert.match(en.text, /<h1 id="login-title" data-i18n="loginTitle">Log in<\/h1>/);
    assert.match(en.text, /<button type="submit" name="lang" value="en" data-lang="en" lang="en" aria-pressed="true">/);

    // ?lang= first, then the last choice (the cookie demo.ts writes), then Accept-Language.
    const zh = await get(`${demo.url}?lang=zh-CN`, { 'accept-language': 'ja' });
    assert.equal(zh.headers['content-encoding'], undefined, 'compressed for a client that accepts no encoding');
    assert.match(zh.text, /<h1 id="login-title" data-i18n="loginTitle">登录<\/h1>/);
    const remembered = await get(demo.url, { 'accept-language': 'ja', cookie: 'other=1; tsubame-demo-lang=zh-Hans' });
    assert.match(remembered.text, /<html lang="zh-Hans">/);
  });

  test('the hashed scripts and styles: compressed, cached for a year as immutable, Lit’s production build', async () => {
    const page = await get(demo.url, { 'accept-encoding': 'br, gzip' });
    const assets = assetsOf(page.text);
    const scripts = assets.filter((path) => path.endsWith('.js'));
    assert.ok(scripts.length > 0 && assets.some((path) => path.endsWith('.css')), `assets named by the page: ${assets.join(', ')}`);
    let lit = false;
    for (const path of assets) {
      assert.match(path, /-[\w-]{8}\.(js|css)$/, `${path} has no content hash in its name`);
      const asset = await get(new URL(path, demo.url).href, { 'accept-encoding': 'br, gzip' });
      assert.equal(asset.status, 200, path);
      assert.match(String(asset.headers['cache-control']), /max-age=31536000/, path);
      assert.match(String(asset.headers['cache-control']), /immutable/, path);
      assert.equal(asset.headers['content-encoding'], 'br', path);
      assert.match(String(asset.headers['vary']), /Accept-Encoding/i, path);
      assert.ok(asset.raw.length < Buffer.byteLength(asset.text), path);
      if (!path.endsWith('.js')) continue;
      assert.doesNotMatch(asset.text, DEV_MODE, `${path} is Lit's development build`);
      // Minified: no comment left, and the page's own functions renamed.
      assert.doesNotMatch(asset.text, /\/\*\*|^\s*\/\/ /m, `${path} keeps its comments`);
      assert.doesNotMatch(asset.text, /function (byId|applyText|handleAnswer)\b/, `${path} is not minified`);
      lit ||= asset.text.includes('lit-html');
    }
    assert.ok(lit, "no script of the page holds Lit (its Trusted Types policy 'lit-html')");
    const gzip = await get(new URL(scripts[0]!, demo.url).href, { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
  });

  test('the site around it still works: the login API, the contact page, the old /demo/ addresses', async () => {
    const login = await get(
      new URL('/api/login', demo.url).href,
      { 'content-type': 'application/json' },
      'POST',
      JSON.stringify({ username: 'demo', password: 'correct horse' }),
    );
    assert.equal(login.status, 200);
    assert.deepEqual(JSON.parse(login.text), { ok: true, username: 'demo' });
    const contact = await get(new URL('/contact', demo.url).href, { 'accept-encoding': 'gzip' });
    assert.equal(contact.status, 200);
    assert.match(contact.text, /Contact us/);
    const old = await get(new URL('/demo/?lang=en', demo.url).href);
    assert.equal(old.status, 302);
    assert.equal(old.headers.location, '/?lang=en');
    assert.equal((await get(new URL('/assets/nothing-12345678.js', demo.url).href)).status, 404);
  });

  describe('a login posted without JavaScript (POST /login, demo/login-post.mjs)', () => {
    const post = (fields: Record<string, string>, lang = 'en', headers: Record<string, string> = {}) =>
      get(
        new URL(`/login?lang=${lang}`, demo.url).href,
        { 'content-type': 'application/x-www-form-urlencoded', 'accept-encoding': 'br, gzip', ...headers },
        'POST',
        new URLSearchParams(fields).toString(),
      );

    before(() => demo.service.reset());

    test('failed: the login page again, with the message, the username kept and the help for the error rendered in it', async () => {
      const answer = await post({ username: 'ｔａｒｏ"><script>alert(1)</script>', password: 'wrong' }, 'ja');
      assert.equal(answer.status, 200);
      assert.equal(answer.headers['content-encoding'], 'br');
      assert.equal(answer.headers['cache-control'], 'no-store');
      assert.match(answer.text, /<html lang="ja">/);
      assert.match(
        answer.text,
        /<div id="login-message" class="message shown" role="alert" tabindex="-1" autofocus data-error="invalid-credentials"><p>ユーザー名またはパスワードが違います。/,
      );
      // What was typed, escaped: in the field and in the guide's username check, never as markup.
      assert.match(answer.text, /id="username" value="ｔａｒｏ&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
      assert.doesNotMatch(answer.text, /<script>alert/);
      // The help panel shown, with the guide server-rendered at the error's step (declarative shadow DOM).
      assert.match(answer.text, /<section class="help-panel" id="help-panel"[^>]*aria-label="ログインのヘルプ">/);
      assert.match(
        answer.text,
        /<login-help-flow[^>]* error="invalid-credentials"[^>]* page-url="\/help\?lang=ja"[^>]*><template shadowroot="open" shadowrootmode="open">/,
      );
      assert.ok(answer.text.includes(errorTitle('invalid-credentials', 'ja')), 'the heading of the error step');
      assert.match(answer.text, /<fieldset class="captcha" id="captcha" hidden>/, 'no image check yet');
      // The strict policy stays, with the hashes of exactly the inline sheets sent.
      const policy = String(answer.headers['content-security-policy']);
      assert.match(policy, /script-src 'self';/);
      assert.deepEqual(styleHashes(policy), [...new Set(inlineStyles(answer.text))]);
      assert.ok(styleHashes(policy).length > 0);
    });

    test('the image check after three failures, the lock after five (with the time it ends)', async () => {
      const fields = { username: 'nojs-lock', password: 'wrong' };
      for (let i = 0; i < 2; i++) await post(fields);
      const third = await post(fields);
      assert.match(third.text, /<fieldset class="captcha" id="captcha">/);
      assert.match(third.text, /data-error="captcha-required"/);
      assert.ok(third.text.includes(errorTitle('captcha-required', 'en')));
      const wrong = await post({ ...fields, captcha: '0000' });
      assert.match(wrong.text, /data-error="captcha-required" data-captcha-wrong=""><p>The digits of the image check were not right/);
      const locked = await post({ ...fields, captcha: '0000' });
      const retryAt = /data-retry-at="([^"]+)"/.exec(locked.text)?.[1];
      assert.ok(retryAt && Date.parse(retryAt) > Date.now(), `retry at ${retryAt}`);
      assert.match(locked.text, /<p>Login is temporarily blocked\. You can log in again from about \d{1,2}:\d{2}\s?[AP]M UTC\.<\/p>/);
      assert.match(locked.text, new RegExp(`<login-help-flow[^>]* error="locked"[^>]* retry-at="${retryAt}"`));
      assert.ok(locked.text.includes(errorTitle('locked', 'en')));
    });

    test('logged in: the page with its welcome; a body that is not a form: 415; the static help page', async () => {
      const welcome = await post({ username: 'demo', password: 'correct horse' }, 'zh-Hans');
      assert.match(welcome.text, /<section class="card login-card" id="login-card"[^>]* hidden>/);
      assert.match(welcome.text, /<section class="card welcome-card" id="welcome" data-username="demo"[^>]*>/);
      assert.doesNotMatch(welcome.text, /id="welcome"[^>]* hidden/);
      assert.match(welcome.text, /<p id="welcome-text">[^<]*demo[^<]*<\/p>/);
      const json = await get(new URL('/login', demo.url).href, { 'content-type': 'application/json' }, 'POST', '{"username":"demo"}');
      assert.equal(json.status, 415);
      const help = await get(new URL('/help?lang=ja', demo.url).href, { 'accept-encoding': 'gzip' });
      assert.equal(help.status, 200);
      assert.match(help.text, /<html lang="ja">/);
      assert.ok(help.text.includes(`id="step-${defaultFlow.errors['invalid-credentials']}"`));
      assert.deepEqual(styleHashes(help.headers['content-security-policy']), [...new Set(inlineStyles(help.text))]);
    });
  });
});
