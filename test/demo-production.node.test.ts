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
    assert.match(en.text, /<button type="button" data-lang="en" lang="en" aria-pressed="true">/);

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
});
