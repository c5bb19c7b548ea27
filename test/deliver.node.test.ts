/**
 * Deliveries of `./server/deliver`, against real counterparts on 127.0.0.1: an SMTP server
 * (npm smtp-server) that nodemailer talks to, and an HTTP server standing in for Zendesk,
 * Freshdesk and Jira Service Management that records each request as it arrives.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';

import {
  DeliveryError,
  emailDelivery,
  freshdeskDelivery,
  jiraServiceDelivery,
  referenceForKey,
  zendeskDelivery,
} from '../src/server/deliver/index.js';
import { createRequestHandler, findRequestTemplate, type RequestPayload } from '../src/server/index.js';
import { requestBody, requestPayload } from '../src/request/index.js';
import { LANGUAGES } from '../src/localize/languages.js';
import { STAFF_NOTE_WORDS } from '../src/server/deliver/staff-note.js';

// ---------------------------------------------------------------------------------------------
// Requests

let keyCounter = 0;
/** A valid `contact` request in `locale`, with a new idempotency key. */
function payload(locale: string, name: string, email: string, whatHappened: string): RequestPayload {
  const template = findRequestTemplate('contact');
  assert.ok(template);
  keyCounter++;
  return requestPayload({
    template,
    values: { whatHappened },
    name,
    email,
    locale,
    idempotencyKey: `deliver-test-${process.pid}-${String(keyCounter).padStart(6, '0')}`,
  });
}

const JA = () =>
  payload('ja', '山田 太郎', 'taro@example.jp', 'ログイン画面で「システムエラー」と出ます。\n再読み込みしても同じです。<b>&amp;</b>');
const ZH = () => payload('zh-CN', '王 小明', 'xiaoming@example.cn', '登录页面显示“系统错误”。\n刷新后仍然一样。');
const EN = () =>
  payload('en', 'Jane "J" Doe <x>', 'jane@example.com', 'The page says <script>alert(1)</script> & nothing else.\n  Indented line.');

/** The body the library builds for a payload: what every destination must carry unchanged. */
function bodyOf(p: RequestPayload): string {
  const template = findRequestTemplate(p.template);
  assert.ok(template);
  return requestBody(p, template);
}

function post(p: RequestPayload): Request {
  return new Request('https://site.example/support-requests', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': p.idempotencyKey },
    body: JSON.stringify(p),
  });
}

// ---------------------------------------------------------------------------------------------
// Reading a message as it arrived (an independent MIME reader: RFC 5322 headers, RFC 2047 words,
// quoted-printable and base64 bodies), not nodemailer's own code.

interface ReceivedMail {
  raw: string;
  envelope: { from: string; to: string[] };
  headers: Map<string, string>;
  /** Decoded header value (encoded words decoded). */
  header(name: string): string | undefined;
  text: string;
}

function decodeBytes(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function quotedPrintable(text: string, underscoreIsSpace: boolean): Uint8Array {
  const source = underscoreIsSpace ? text.replace(/_/g, ' ') : text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '=' && /^[0-9A-F]{2}$/i.test(source.slice(i + 1, i + 3))) {
      bytes.push(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(c));
    }
  }
  return new Uint8Array(bytes);
}

/** RFC 2047: `=?UTF-8?B?…?=` / `=?UTF-8?Q?…?=`, with the space between adjacent encoded words dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, charset: string, encoding: string, text: string) => {
      assert.match(charset, /^utf-8$/i, 'encoded words are UTF-8');
      return decodeBytes(encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text, true));
    });
}

function parseMail(raw: string, envelope: ReceivedMail['envelope']): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  assert.ok(split > 0, 'a header and a body');
  const headers = new Map<string, string>();
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const contentType = headers.get('content-type') ?? '';
  assert.match(contentType, /^text\/plain;\s*charset=utf-8/i, 'one text/plain part in UTF-8');
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body = raw.slice(split + 4);
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body, false)
        : new TextEncoder().encode(body);
  const text = decodeBytes(bytes).replace(/\r\n/g, '\n').replace(/\n$/, '');
  return { raw, envelope, headers, header: (name) => (headers.has(name) ? decodeWords(headers.get(name)!) : undefined), text };
}

// ---------------------------------------------------------------------------------------------
// The support mailbox: a real SMTP server on 127.0.0.1

interface Mailbox {
  port: number;
  messages: ReceivedMail[];
  /** Rejects the next `n` messages with 451 after reading them (a mailbox that is down for a moment). */
  failNext(n: number): void;
  /** Holds each message this long before accepting it (so that retries overlap a delivery). */
  delayMs: number;
  close(): Promise<void>;
}

async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  let failures = 0;
  const box: Partial<Mailbox> = { delayMs: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        setTimeout(() => {
          if (failures > 0) {
            failures--;
            const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
            callback(error);
            return;
          }
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          messages.push(parseMail(Buffer.concat(chunks).toString('utf-8'), envelope));
          callback(null, 'Queued');
        }, box.delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(box, {
    port,
    messages,
    failNext: (n: number) => void (failures = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as Mailbox;
}

describe('emailDelivery through nodemailer to a real SMTP server', () => {
  let mailbox: Mailbox;
  let transport: ReturnType<typeof nodemailer.createTransport>;
  const TO = 'Support <support@site.example>';
  const FROM = 'ログインヘルプ <no-reply@site.example>';

  before(async () => {
    mailbox = await startMailbox();
    transport = nodemailer.createTransport({ host: '127.0.0.1', port: mailbox.port, secure: false, ignoreTLS: true });
  });
  after(async () => {
    transport.close();
    await mailbox.close();
  });

  const received = (p: RequestPayload) => mailbox.messages.filter((m) => m.header('x-idempotency-key') === p.idempotencyKey);

  for (const [language, make, subject] of [
    ['ja', JA, 'ログインできない問題についてのお問い合わせ'],
    ['zh-Hans', ZH, '关于无法登录问题的咨询'],
    ['en', EN, 'Login problem inquiry'],
  ] as const) {
    test(`${language}: subject with the reference, body, Reply-To and UTF-8 arrive intact`, async () => {
      const p = make();
      const deliver = emailDelivery({ transport, to: TO, from: FROM });
      const { reference } = await deliver(p);
      assert.equal(reference, await referenceForKey(p.idempotencyKey));
      assert.match(reference, /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);

      const [mail, ...others] = received(p);
      assert.ok(mail, 'the message arrived');
      assert.equal(others.length, 0);
      assert.equal(p.subject, subject);
      assert.equal(mail.header('subject'), `[${reference}] ${subject}`);
      assert.equal(mail.text, bodyOf(p), "the library's plain-text body, in the request's language");
      assert.ok(mail.text.includes(p.name) && mail.text.includes(p.email));
      // Reply-To is the person; From is the site; To is the mailbox; the envelope never names the person.
      const replyTo = mail.header('reply-to')!;
      assert.equal(/<([^>]+)>\s*$/.exec(replyTo)?.[1], p.email);
      assert.equal(
        replyTo
          .replace(/\s*<[^>]+>\s*$/, '')
          .replace(/^"(.*)"$/, '$1')
          .replace(/\\(.)/g, '$1'),
        p.name,
      );
      assert.equal(mail.header('from'), 'ログインヘルプ <no-reply@site.example>');
      assert.match(mail.header('to')!, /support@site\.example/);
      assert.deepEqual(mail.envelope, { from: 'no-reply@site.example', to: ['support@site.example'] });
      assert.ok(!mail.header('from')!.includes(p.email));
      // The key goes along, as itself and as a Message-ID made from it.
      assert.equal(mail.header('x-idempotency-key'), p.idempotencyKey);
      assert.match(mail.header('message-id')!, /^<[0-9a-f]{32}@site\.example>$/);
      assert.ok(!mail.header('message-id')!.includes(p.idempotencyKey));
    });
  }

  test('the same key gives the same reference and Message-ID; another key, others', async () => {
    const p = JA();
    const deliver = emailDelivery({ transport, to: TO, from: FROM });
    const first = await deliver(p);
    const again = await deliver(p);
    const other = await deliver({ ...JA(), subject: p.subject });
    assert.equal(first.reference, again.reference);
    assert.notEqual(first.reference, other.reference);
    const [a, b] = received(p);
    assert.equal(a!.header('message-id'), b!.header('message-id'));
    assert.notEqual(a!.header('message-id'), mailbox.messages.at(-1)!.header('message-id'));
  });

  test('a subject and a reference of the site’s own; line breaks never reach a header', async () => {
    const p = ZH();
    const deliver = emailDelivery({
      transport,
      to: TO,
      from: { name: 'Site', address: 'robot@mail.site.example' },
      reference: () => 'SR-1001',
      subject: (request, reference) => `Support ${reference}\r\nBcc: evil@example.com: ${request.subject}`,
    });
    assert.deepEqual(await deliver({ ...p, name: '王\r\nBcc: evil@example.com' }), { reference: 'SR-1001' });
    const [mail] = received(p);
    assert.equal(mail!.header('subject'), 'Support SR-1001 Bcc: evil@example.com: 关于无法登录问题的咨询');
    assert.equal(mail!.headers.get('bcc'), undefined);
    assert.deepEqual(mail!.envelope.to, ['support@site.example']);
    assert.match(mail!.header('message-id')!, /@mail\.site\.example>$/);
  });

  test("the note for support staff reaches the mailbox in the request's language", async () => {
    const p = ZH();
    await emailDelivery({ transport, to: TO, from: FROM })(p, { idempotencyKey: p.idempotencyKey, recentRequests: 2 });
    assert.equal(received(p)[0]!.text, `${bodyOf(p)}\n\n${STAFF_NOTE_WORDS['zh-Hans'].recentRequests(2)}`);
  });

  test('a mailbox that refuses throws a DeliveryError with the SMTP code and no personal data', async () => {
    const p = JA();
    mailbox.failNext(1);
    const error = await emailDelivery({ transport, to: TO, from: FROM })(p).then(
      () => assert.fail('resolved'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DeliveryError);
    assert.equal(error.destination, 'email');
    assert.equal(error.status, 451);
    for (const secret of [p.email, p.name, p.subject, 'ログイン画面']) assert.ok(!error.message.includes(secret), error.message);
    assert.equal(received(p).length, 0);
  });

  test('options are checked when the delivery is made', () => {
    assert.throws(() => emailDelivery({ transport: {} as never, to: TO, from: FROM }), TypeError);
    assert.throws(() => emailDelivery({ transport, to: '', from: FROM }), TypeError);
    assert.throws(() => emailDelivery({ transport, to: TO, from: 'no domain' }), /messageIdDomain/);
  });

  test('through createRequestHandler: one message per request under retries, concurrent and after a failure', async () => {
    const handler = createRequestHandler({ onRequest: emailDelivery({ transport, to: TO, from: FROM }) });
    const ja = JA();
    const zh = ZH();
    mailbox.delayMs = 150; // each delivery takes a while: the posts below overlap it
    try {
      // Ten posts of each request at once, as a client retrying on a flaky network would.
      const concurrent = await Promise.all([...Array(10)].flatMap(() => [handler(post(ja)), handler(post(zh))]));
      for (const response of concurrent) assert.ok(response.status === 201 || response.status === 409, `status ${response.status}`);
      // Then sequential retries: each gets the first answer.
      const references = new Map<string, Set<string>>();
      for (const p of [ja, zh, ja, zh, ja, zh]) {
        const response = await handler(post(p));
        assert.equal(response.status, 201);
        const { reference } = (await response.json()) as { reference: string };
        references.set(p.idempotencyKey, (references.get(p.idempotencyKey) ?? new Set()).add(reference));
      }
      for (const response of concurrent.filter((r) => r.status === 201)) {
        const { reference } = (await response.json()) as { reference: string };
        assert.ok([...references.values()].some((set) => set.has(reference)));
      }
      assert.equal(references.get(ja.idempotencyKey)!.size, 1);
      assert.equal(references.get(zh.idempotencyKey)!.size, 1);
      assert.equal(received(ja).length, 1, 'exactly one message for the Japanese request');
      assert.equal(received(zh).length, 1, 'exactly one message for the Chinese request');
      assert.equal(received(ja)[0]!.header('subject'), `[${[...references.get(ja.idempotencyKey)!][0]}] ${ja.subject}`);
      assert.equal(received(zh)[0]!.header('subject'), `[${[...references.get(zh.idempotencyKey)!][0]}] ${zh.subject}`);
      assert.equal(received(zh)[0]!.text, bodyOf(zh));

      // A mailbox that refuses once: the handler answers 5xx, the key stays free, the retry delivers once.
      const retried = JA();
      mailbox.failNext(1);
      const failed = await handler(post(retried));
      assert.ok(failed.status >= 500, `status ${failed.status}`);
      assert.equal(received(retried).length, 0);
      const [second, third] = [await handler(post(retried)), await handler(post(retried))];
      assert.equal(second.status, 201);
      assert.equal(third.status, 201);
      assert.deepEqual(await third.json(), await second.json());
      assert.equal(received(retried).length, 1, 'exactly one message after the retry');
    } finally {
      mailbox.delayMs = 0;
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The ticket APIs: a local HTTP server that records each request

interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

interface FakeApi {
  baseUrl: string;
  requests: Recorded[];
  /** The answers still to give, in order (each is taken when given); the last one is repeated. */
  answers: { status: number; body: unknown }[];
  close(): Promise<void>;
}

async function startApi(answers: FakeApi['answers']): Promise<FakeApi> {
  const api: Partial<FakeApi> = { requests: [], answers };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf-8');
      api.requests!.push({
        method: request.method!,
        path: request.url!,
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      const answer = (api.answers!.length > 1 ? api.answers!.shift() : api.answers![0])!;
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(api, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeApi;
}

function basic(header: string | undefined): string {
  if (!header?.startsWith('Basic ')) assert.fail(`basic auth: ${header}`);
  return Buffer.from(header.slice('Basic '.length), 'base64').toString('utf-8');
}

/** What an independent reader expects Freshdesk's HTML description to be. */
function expectedHtml(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
  return text
    .split('\n')
    .map((line) => {
      const spaces = line.length - line.trimStart().length;
      return '&nbsp;'.repeat(spaces) + escape(line.trimStart());
    })
    .join('<br>');
}

async function rejects(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => assert.fail('resolved'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DeliveryError, String(error));
  return error;
}

describe('zendeskDelivery', () => {
  const created = { ticket: { id: 35436, url: 'https://example.zendesk.com/api/v2/tickets/35436.json', subject: 'x', status: 'new' } };

  test('POST /api/v2/tickets.json: the minimal payload, token auth, Idempotency-Key; reference = ticket id', async () => {
    const api = await startApi([{ status: 201, body: created }]);
    try {
      for (const make of [JA, ZH, EN]) {
        const p = make();
        const deliver = zendeskDelivery({ email: 'agent@site.example', token: 'zd-token-123', baseUrl: api.baseUrl });
        assert.deepEqual(await deliver(p), { reference: '35436' });
        const request = api.requests.at(-1)!;
        assert.equal(request.method, 'POST');
        assert.equal(request.path, '/api/v2/tickets.json');
        assert.equal(basic(request.headers.authorization), 'agent@site.example/token:zd-token-123');
        assert.equal(request.headers['idempotency-key'], p.idempotencyKey);
        assert.match(request.headers['content-type']!, /^application\/json/);
        assert.deepEqual(request.body, {
          ticket: { subject: p.subject, comment: { body: bodyOf(p) }, requester: { name: p.name, email: p.email } },
        });
      }
    } finally {
      await api.close();
    }
  });

  test('a 500 throws with the status (no personal data); through the handler: 5xx, then the retry opens one ticket with the same key', async () => {
    const api = await startApi([
      { status: 500, body: { error: 'oops', details: 'taro@example.jp' } },
      { status: 201, body: created },
    ]);
    try {
      const p = JA();
      const error = await rejects(zendeskDelivery({ email: 'agent@site.example', token: 'secret-token', baseUrl: api.baseUrl })(p));
      assert.equal(error.status, 500);
      assert.equal(error.destination, 'zendesk');
      // Neither the person's data, nor the credentials, nor what the API said (it may echo the person's data).
      for (const secret of [p.email, p.name, p.subject, 'agent@site.example', 'secret-token', 'oops']) {
        assert.ok(!error.message.includes(secret), error.message);
      }

      api.answers.splice(0, api.answers.length, { status: 500, body: {} }, { status: 201, body: created });
      const before = api.requests.length;
      const handler = createRequestHandler({
        onRequest: zendeskDelivery({ email: 'agent@site.example', token: 't', baseUrl: api.baseUrl }),
      });
      const q = ZH();
      const failed = await handler(post(q));
      assert.ok(failed.status >= 500);
      const ok = await handler(post(q));
      assert.equal(ok.status, 201);
      assert.deepEqual(await ok.json(), { reference: '35436' });
      const replay = await handler(post(q));
      assert.deepEqual(await replay.json(), { reference: '35436' });
      const calls = api.requests.slice(before);
      assert.equal(calls.length, 2, 'the call answered 500 and the retry; the replay calls nothing');
      assert.ok(calls.slice(1).every((c) => c.headers['idempotency-key'] === q.idempotencyKey));
    } finally {
      await api.close();
    }
  });

  test('the fetch option is used; the cloud address is built from the subdomain', async () => {
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify(created), { status: 201, headers: { 'content-type': 'application/json' } });
    };
    assert.deepEqual(await zendeskDelivery({ subdomain: 'acme', email: 'a@b.example', token: 't', fetch })(EN()), { reference: '35436' });
    assert.deepEqual(seen, ['https://acme.zendesk.com/api/v2/tickets.json']);
    assert.throws(() => zendeskDelivery({ subdomain: 'evil.example/x?', email: 'a@b.example', token: 't' }), TypeError);
    assert.throws(() => zendeskDelivery({ subdomain: 'acme', email: 'a@b.example', token: '' }), TypeError);
  });

  test('an answer without a ticket id throws', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response('{"ticket":{}}', { status: 201 });
    const error = await rejects(zendeskDelivery({ subdomain: 'acme', email: 'a@b.example', token: 't', fetch })(EN()));
    assert.match(error.message, /ticket id/);
  });
});

describe('freshdeskDelivery', () => {
  const created = { id: 1234, subject: 'x', status: 2, priority: 1, requester_id: 99 };

  test('POST /api/v2/tickets: the minimal payload, API-key auth, escaped HTML description; reference = ticket id', async () => {
    const api = await startApi([{ status: 201, body: created }]);
    try {
      for (const make of [JA, ZH, EN]) {
        const p = make();
        assert.deepEqual(await freshdeskDelivery({ apiKey: 'fd-key', baseUrl: api.baseUrl })(p), { reference: '1234' });
        const request = api.requests.at(-1)!;
        assert.equal(request.method, 'POST');
        assert.equal(request.path, '/api/v2/tickets');
        assert.equal(basic(request.headers.authorization), 'fd-key:X');
        assert.equal(request.headers['idempotency-key'], undefined);
        assert.deepEqual(request.body, {
          subject: p.subject,
          description: expectedHtml(bodyOf(p)),
          email: p.email,
          name: p.name,
          status: 2,
          priority: 1,
        });
      }
      // Every value that becomes HTML is escaped: nothing of the person's text is markup.
      const description = (api.requests.at(-1)!.body as { description: string }).description;
      assert.ok(!/<(?!br>)/.test(description), description);
      assert.ok(description.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#38; nothing else.'));
      assert.ok(description.includes('<br>&nbsp;&nbsp;'), 'multi-line answers keep their indentation');
      assert.ok(description.includes('Jane &#34;J&#34; Doe &#60;x&#62;'));
    } finally {
      await api.close();
    }
  });

  test('a 500 throws with the status; the cloud address is built from the domain', async () => {
    const api = await startApi([{ status: 500, body: {} }]);
    try {
      const error = await rejects(freshdeskDelivery({ apiKey: 'k', baseUrl: api.baseUrl })(JA()));
      assert.equal(error.status, 500);
      assert.equal(error.destination, 'freshdesk');
    } finally {
      await api.close();
    }
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify(created), { status: 201 });
    };
    await freshdeskDelivery({ domain: 'acme', apiKey: 'k', fetch })(EN());
    assert.deepEqual(seen, ['https://acme.freshdesk.com/api/v2/tickets']);
    assert.throws(() => freshdeskDelivery({ domain: 'a/b', apiKey: 'k' }), TypeError);
  });
});

describe('jiraServiceDelivery', () => {
  const created = { issueId: '107001', issueKey: 'HELPDESK-1', requestTypeId: '25', serviceDeskId: '10' };

  test('POST /rest/servicedeskapi/request: the minimal payload, basic auth; reference = issueKey', async () => {
    const api = await startApi([{ status: 201, body: created }]);
    try {
      for (const make of [JA, ZH, EN]) {
        const p = make();
        const deliver = jiraServiceDelivery({
          email: 'agent@site.example',
          token: 'jira-token',
          serviceDeskId: '10',
          requestTypeId: '25',
          baseUrl: api.baseUrl,
        });
        assert.deepEqual(await deliver(p), { reference: 'HELPDESK-1' });
        const request = api.requests.at(-1)!;
        assert.equal(request.method, 'POST');
        assert.equal(request.path, '/rest/servicedeskapi/request');
        assert.equal(basic(request.headers.authorization), 'agent@site.example:jira-token');
        assert.deepEqual(request.body, {
          serviceDeskId: '10',
          requestTypeId: '25',
          requestFieldValues: { summary: p.subject, description: `{noformat}\n${bodyOf(p)}\n{noformat}` },
        });
      }
    } finally {
      await api.close();
    }
  });

  test('raiseOnBehalfOf when the site gives an account id; a {noformat} in the text cannot close the block', async () => {
    const api = await startApi([{ status: 201, body: created }]);
    try {
      const p = payload('en', 'Jane', 'jane@example.com', 'Shown as {noformat} *bold* !http://x/y.png!');
      const deliver = jiraServiceDelivery({
        email: 'agent@site.example',
        token: 't',
        serviceDeskId: '10',
        requestTypeId: '25',
        baseUrl: api.baseUrl,
        raiseOnBehalfOf: (request) => (request.email === 'jane@example.com' ? 'qm:abc:123' : undefined),
      });
      await deliver(p);
      const body = api.requests.at(-1)!.body as { raiseOnBehalfOf?: string; requestFieldValues: { description: string } };
      assert.equal(body.raiseOnBehalfOf, 'qm:abc:123');
      const description = body.requestFieldValues.description;
      assert.equal(description.match(/\{noformat\}/g)!.length, 2);
      assert.ok(description.startsWith('{noformat}\n') && description.endsWith('\n{noformat}'));
    } finally {
      await api.close();
    }
  });

  test('a 500 throws with the status; the cloud address is built from the site', async () => {
    const api = await startApi([{ status: 500, body: {} }]);
    try {
      const error = await rejects(
        jiraServiceDelivery({ email: 'a@b.example', token: 't', serviceDeskId: '1', requestTypeId: '2', baseUrl: api.baseUrl })(ZH()),
      );
      assert.equal(error.status, 500);
      assert.equal(error.destination, 'jira-service');
    } finally {
      await api.close();
    }
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify(created), { status: 201 });
    };
    await jiraServiceDelivery({
      site: 'acme.atlassian.net',
      email: 'a@b.example',
      token: 't',
      serviceDeskId: '1',
      requestTypeId: '2',
      fetch,
    })(EN());
    assert.deepEqual(seen, ['https://acme.atlassian.net/rest/servicedeskapi/request']);
    assert.throws(
      () =>
        jiraServiceDelivery({ site: 'acme.atlassian.net/x?', email: 'a@b.example', token: 't', serviceDeskId: '1', requestTypeId: '2' }),
      TypeError,
    );
  });

  test('an unreachable API throws a DeliveryError without status', async () => {
    const api = await startApi([{ status: 201, body: created }]);
    const baseUrl = api.baseUrl;
    await api.close();
    const error = await rejects(
      jiraServiceDelivery({ email: 'a@b.example', token: 't', serviceDeskId: '1', requestTypeId: '2', baseUrl })(JA()),
    );
    assert.equal(error.status, undefined);
  });
});

describe('the note for support staff', () => {
  test('every language says it, with the count, in its own words', () => {
    for (const language of LANGUAGES) {
      const text = STAFF_NOTE_WORDS[language].recentRequests(4);
      assert.ok(text.trim() !== '' && text.includes('4'), `${language}: ${text}`);
      if (language !== 'en') assert.notEqual(text, STAFF_NOTE_WORDS.en.recentRequests(4), language);
    }
    assert.match(STAFF_NOTE_WORDS.ja.recentRequests(2), /本人確認/);
    assert.match(STAFF_NOTE_WORDS['zh-Hans'].recentRequests(2), /身份核实/);
  });

  test("several recent requests for the identity end the delivered text with the note, in the request's language", async () => {
    const bodies: string[] = [];
    const fetch: typeof globalThis.fetch = async (_, init) => {
      bodies.push((JSON.parse(init!.body as string) as { ticket: { comment: { body: string } } }).ticket.comment.body);
      return new Response('{"ticket":{"id":7}}', { status: 201 });
    };
    const deliver = zendeskDelivery({ subdomain: 'acme', email: 'a@b.example', token: 't', fetch });
    const ja = JA();
    const zh = ZH();
    await deliver(ja, { idempotencyKey: ja.idempotencyKey, recentRequests: 3 });
    await deliver(zh, { idempotencyKey: zh.idempotencyKey, recentRequests: 5 });
    await deliver(ja, { idempotencyKey: ja.idempotencyKey, recentRequests: 1 });
    await deliver(ja, { idempotencyKey: ja.idempotencyKey });
    assert.equal(bodies[0], `${bodyOf(ja)}\n\n${STAFF_NOTE_WORDS.ja.recentRequests(3)}`);
    assert.equal(bodies[1], `${bodyOf(zh)}\n\n${STAFF_NOTE_WORDS['zh-Hans'].recentRequests(5)}`);
    assert.equal(bodies[2], bodyOf(ja));
    assert.equal(bodies[3], bodyOf(ja));
  });
});
