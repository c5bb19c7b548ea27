/**
 * `login-help-elements studio`'s server (src/cli/studio-server.ts) over real HTTP on 127.0.0.1: the
 * access token, the Host check, the page, the script, the file API with its conflicts, and the
 * built-in flow for a site profile. The command itself (spawned) is in studio-cli.node.test.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStudioServer, type StudioServer } from '../src/cli/studio-server.js';
import { runCli } from '../src/cli/main.js';
import { BANK_PROFILE } from './support/bank-profile.js';
import small from './fixtures/small-flow.json' with { type: 'json' };

const dir = mkdtempSync(join(tmpdir(), 'lhe-studio-'));
const bundle = join(dir, 'studio.bundle.js');
writeFileSync(bundle, 'customElements.define("login-help-flow-studio", class extends HTMLElement {});\n');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const original = `${JSON.stringify(small, null, 2)}\n`;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): any;
}

/** One request with full control of its headers (fetch would not send another Host). */
function call(
  server: StudioServer,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
) {
  const { port } = new URL(server.url);
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode!, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
const auth = (server: StudioServer) => ({ authorization: `Bearer ${server.token}` });
const put = (server: StudioServer, body: unknown) =>
  call(server, '/api/file', {
    method: 'PUT',
    headers: { ...auth(server), 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('studio server', () => {
  const file = join(dir, 'flow.json');
  let server: StudioServer;
  before(async () => {
    writeFileSync(file, original);
    server = await startStudioServer({ file, port: 0, bundle });
  });
  after(() => server.close());

  it('listens on 127.0.0.1 with a fresh 32-byte token in its URL', async () => {
    const url = new URL(server.url);
    assert.equal(url.hostname, '127.0.0.1');
    assert.ok(Number(url.port) > 0);
    assert.equal(url.pathname, '/');
    assert.equal(url.searchParams.get('token'), server.token);
    assert.match(server.token, /^[A-Za-z0-9_-]{43}$/);
    const other = await startStudioServer({ file, port: 0, bundle });
    assert.notEqual(other.token, server.token);
    await other.close();
  });

  it('refuses every request without the token, or with another one', async () => {
    for (const path of ['/', '/studio.js', '/api/file', '/api/default-flow', '/nothing', `/?token=${server.token}x`, '/?token=']) {
      const answer = await call(server, path);
      assert.equal(answer.status, 403, path);
      assert.equal(answer.headers['cache-control'], 'no-store', path);
    }
    assert.equal((await call(server, '/api/file', { headers: { authorization: 'Bearer nope' } })).status, 403);
    assert.equal((await call(server, '/api/file', { method: 'PUT', body: JSON.stringify({ text: 'x', baseVersion: '' }) })).status, 403);
    assert.equal(readFileSync(file, 'utf8'), original);
  });

  it('takes the token as a Bearer header or in the query', async () => {
    assert.equal((await call(server, '/api/file', { headers: auth(server) })).status, 200);
    assert.equal((await call(server, `/api/file?token=${server.token}`)).status, 200);
  });

  it('refuses a Host other than 127.0.0.1 or localhost on its port (DNS rebinding)', async () => {
    const { port } = new URL(server.url);
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, '127.0.0.1', `[::1]:${port}`]) {
      const answer = await call(server, `/?token=${server.token}`, { headers: { host } });
      assert.equal(answer.status, 403, host);
    }
    assert.equal((await call(server, `/?token=${server.token}`, { headers: { host: `localhost:${port}` } })).status, 200);
    assert.equal((await call(server, '/api/file', { headers: { ...auth(server), origin: 'https://evil.example' } })).status, 403);
  });

  it('serves the page: the studio element with the API and token, its script, a CSP, no cache, no CORS', async () => {
    const answer = await call(server, `/?token=${server.token}`);
    assert.equal(answer.status, 200);
    assert.match(String(answer.headers['content-type']), /^text\/html; charset=utf-8/);
    assert.equal(answer.headers['cache-control'], 'no-store');
    assert.equal(answer.headers['access-control-allow-origin'], undefined);
    const csp = String(answer.headers['content-security-policy']);
    for (const part of ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"])
      assert.ok(csp.includes(part), part);
    assert.match(answer.text, /^<!doctype html>\n<html lang="en">/);
    assert.ok(answer.text.includes(`<script type="module" src="/studio.js?token=${server.token}"></script>`));
    assert.ok(answer.text.includes(`<login-help-flow-studio api="/api" token="${server.token}"></login-help-flow-studio>`));
    assert.match(answer.text, /<title>[^<]*flow\.json[^<]*<\/title>/);
  });

  it('serves the page in the language asked for', async () => {
    const ja = await startStudioServer({ file, port: 0, bundle, lang: 'ja-JP' });
    const answer = await call(ja, `/?token=${ja.token}`);
    await ja.close();
    assert.match(answer.text, /<html lang="ja">/);
    assert.match(answer.text, /<title>フロースタジオ/);
  });

  it('serves the script, and says to build it when it is missing', async () => {
    const answer = await call(server, `/studio.js?token=${server.token}`);
    assert.equal(answer.status, 200);
    assert.match(String(answer.headers['content-type']), /^text\/javascript/);
    assert.equal(answer.text, readFileSync(bundle, 'utf8'));
    const missing = await startStudioServer({ file, port: 0, bundle: join(dir, 'missing.bundle.js') });
    const failed = await call(missing, `/studio.js?token=${missing.token}`);
    await missing.close();
    assert.equal(failed.status, 500);
    assert.match(failed.text, /npm run build/);
  });

  it('GET /api/file: the name, text and sha-256 version of the file', async () => {
    const answer = await call(server, '/api/file', { headers: auth(server) });
    assert.match(String(answer.headers['content-type']), /^application\/json/);
    assert.deepEqual(answer.json(), { name: 'flow.json', text: original, version: sha256(original), exists: true });
  });

  it('PUT /api/file writes FILE and answers its new version; GET reads it back', async () => {
    const { version } = (await call(server, '/api/file', { headers: auth(server) })).json();
    const text = original.replace('"small"', '"edited"');
    const answer = await put(server, { text, baseVersion: version });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.json(), { version: sha256(text) });
    assert.equal(readFileSync(file, 'utf8'), text);
    assert.deepEqual((await call(server, '/api/file', { headers: auth(server) })).json(), {
      name: 'flow.json',
      text,
      version: sha256(text),
      exists: true,
    });
    assert.deepEqual(readdirSync(dir).sort(), ['flow.json', 'studio.bundle.js'], 'no temporary file left');
  });

  it('409 with the disk’s text when the file changed since baseVersion; force overwrites', async () => {
    const { version } = (await call(server, '/api/file', { headers: auth(server) })).json();
    const theirs = original.replace('"small"', '"theirs"');
    writeFileSync(file, theirs);
    const conflict = await put(server, { text: 'mine', baseVersion: version });
    assert.equal(conflict.status, 409);
    assert.deepEqual(conflict.json(), { text: theirs, version: sha256(theirs) });
    assert.equal(readFileSync(file, 'utf8'), theirs);
    const forced = await put(server, { text: 'mine', baseVersion: version, force: true });
    assert.equal(forced.status, 200);
    assert.equal(readFileSync(file, 'utf8'), 'mine');
    assert.equal((await put(server, { text: 'again', baseVersion: sha256('mine') })).status, 200);
    assert.equal(readFileSync(file, 'utf8'), 'again');
  });

  it('writes only FILE: nothing in the body can name another path', async () => {
    const { version } = (await call(server, '/api/file', { headers: auth(server) })).json();
    const elsewhere = join(dir, 'elsewhere.json');
    const answer = await put(server, { text: 'only here', baseVersion: version, file: elsewhere, name: '../escape.json', path: elsewhere });
    assert.equal(answer.status, 200);
    assert.equal(readFileSync(file, 'utf8'), 'only here');
    assert.equal(existsSync(elsewhere), false);
    assert.equal(existsSync(join(dir, '..', 'escape.json')), false);
    const query = await call(server, `/api/file?file=${encodeURIComponent(elsewhere)}`, {
      method: 'PUT',
      headers: auth(server),
      body: JSON.stringify({ text: 'still here', baseVersion: sha256('only here') }),
    });
    assert.equal(query.status, 200);
    assert.equal(existsSync(elsewhere), false);
    assert.deepEqual(readdirSync(dir).sort(), ['flow.json', 'studio.bundle.js']);
  });

  it('400 for a body that is not JSON or lacks text, 413 over 5 MB, 405 and 404 otherwise', async () => {
    const before = readFileSync(file, 'utf8');
    assert.equal((await put(server, '{ "text": ')).status, 400);
    assert.equal((await put(server, { baseVersion: '' })).status, 400);
    assert.equal((await put(server, { text: 1, baseVersion: '' })).status, 400);
    assert.equal((await put(server, [1])).status, 400);
    assert.equal((await put(server, { text: 'x'.repeat(5 * 1024 * 1024 + 1), baseVersion: sha256(before) })).status, 413);
    assert.equal(readFileSync(file, 'utf8'), before);
    assert.equal((await call(server, '/api/file', { method: 'POST', headers: auth(server) })).status, 405);
    assert.equal((await call(server, '/api/other', { headers: auth(server) })).status, 404);
  });

  it('creates FILE when it does not exist yet', async () => {
    const fresh = join(dir, 'new', 'fresh.json');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'new'));
    const created = await startStudioServer({ file: fresh, port: 0, bundle });
    try {
      assert.deepEqual((await call(created, '/api/file', { headers: auth(created) })).json(), {
        name: 'fresh.json',
        text: '',
        version: '',
        exists: false,
      });
      assert.equal((await put(created, { text: 'x', baseVersion: 'stale' })).status, 409, 'the file is not there: not that version');
      assert.equal((await put(created, { text: original, baseVersion: '' })).status, 200);
      assert.equal(readFileSync(fresh, 'utf8'), original);
    } finally {
      await created.close();
    }
  });

  it('without FILE: reads nothing, and refuses to write with a clear message', async () => {
    const none = await startStudioServer({ port: 0, bundle });
    try {
      assert.deepEqual((await call(none, '/api/file', { headers: auth(none) })).json(), { name: '', text: '', version: '', exists: false });
      const answer = await put(none, { text: 'x', baseVersion: '' });
      assert.equal(answer.status, 400);
      assert.match(answer.text, /FILE/);
    } finally {
      await none.close();
    }
  });

  it('GET /api/default-flow: the built-in flow, as `flow` and `flow --site` print it', async () => {
    const cli = async (...args: string[]) => {
      let out = '';
      await runCli(args, { out: (text) => (out += text), err: () => {} });
      return out;
    };
    const plain = await call(server, '/api/default-flow', { headers: auth(server) });
    assert.equal(plain.status, 200);
    assert.match(String(plain.headers['content-type']), /^application\/json/);
    assert.equal(plain.text.trimEnd(), await cli('flow'));
    const siteFile = join(dir, '..', `bank-${Date.now()}.json`);
    writeFileSync(siteFile, JSON.stringify(BANK_PROFILE));
    const bank = await call(server, `/api/default-flow?site=${encodeURIComponent(JSON.stringify(BANK_PROFILE))}`, {
      headers: auth(server),
    });
    assert.equal(bank.status, 200);
    assert.equal(bank.text.trimEnd(), await cli('flow', '--site', siteFile));
    const bad = await call(server, `/api/default-flow?site=${encodeURIComponent('{"lock":{"minutes":"soon"}}')}`, {
      headers: auth(server),
    });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /lock\.minutes/);
    assert.equal((await call(server, `/api/default-flow?site=${encodeURIComponent('{')}`, { headers: auth(server) })).status, 400);
  });

  it('close() stops it', async () => {
    const short = await startStudioServer({ port: 0, bundle });
    await short.close();
    await assert.rejects(call(short, '/'));
  });
});
