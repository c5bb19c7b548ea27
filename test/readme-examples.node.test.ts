// README's examples work as written: each is found by the marker comment before its code block
// (`<!-- example: NAME -->`) and run as a reader would paste it.
//   node --import tsx --test test/readme-examples.node.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { parseInstant } from '../src/flow/countdown.js';
import { createRequestHandler, type RequestPayload } from '../src/server/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The code block right after `<!-- example: name -->` (its language must be `lang`). */
function readmeExample(name: string, lang: string): string {
  const marker = `<!-- example: ${name} -->`;
  const at = readme.indexOf(marker);
  assert.ok(at >= 0, `README.md has no ${marker}`);
  assert.equal(readme.indexOf(marker, at + marker.length), -1, `README.md has ${marker} twice`);
  const block = /^\s*```(\S*)\n([\s\S]*?)\n```/.exec(readme.slice(at + marker.length));
  assert.ok(block, `a code block follows ${marker}`);
  assert.equal(block[1], lang, `the block after ${marker} is ${lang}`);
  return block[2]!;
}

describe('README: the request payload example', () => {
  test('the endpoint accepts it word for word (201) and onRequest receives it', async () => {
    const text = readmeExample('request-payload', 'json');
    const documented = JSON.parse(text) as RequestPayload;
    const received: RequestPayload[] = [];
    const handler = createRequestHandler({
      onRequest: (payload) => {
        received.push(payload);
        return { reference: 'R-README' };
      },
    });
    // As the form posts it: JSON, with the payload's key as the Idempotency-Key header.
    const response = await handler(
      new Request('https://support.example/api/requests', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': documented.idempotencyKey },
        body: text,
      }),
    );
    const body = await response.text();
    assert.equal(response.status, 201, `the handler refused README's payload: ${body}`);
    assert.deepEqual(JSON.parse(body), { reference: 'R-README' });
    assert.equal(received.length, 1);
    assert.deepEqual(received[0], documented);
  });

  test('it shows both kinds of answer: a value and "I don\'t know"', () => {
    const { fields } = JSON.parse(readmeExample('request-payload', 'json')) as RequestPayload;
    const answers = Object.values(fields);
    assert.ok(answers.some((answer) => typeof answer === 'string'));
    assert.ok(answers.some((answer) => typeof answer === 'object' && answer.unknown === true));
  });
});

describe('README: the lock example', () => {
  /**
   * The `retry-at` the guide ends up with when the page is opened now: the attribute as written,
   * then each inline module script run against a document that holds the guide.
   */
  function retryAtOnOpen(html: string): { retryAt: string | undefined; tag: string } {
    const tag = /<login-help-flow\b[^>]*>/.exec(html)?.[0];
    assert.ok(tag, 'the example has a <login-help-flow>');
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)) attributes.set(match[1]!, match[2]!);
    const guide = {
      setAttribute: (name: string, value: unknown) => attributes.set(name, String(value)),
      getAttribute: (name: string) => attributes.get(name) ?? null,
    };
    const document = {
      querySelector: (selector: string) => (selector === 'login-help-flow' ? guide : null),
      getElementsByTagName: (name: string) => (name === 'login-help-flow' ? [guide] : []),
    };
    for (const script of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
      runInNewContext(script[1]!, { document, console });
    }
    return { retryAt: attributes.get('retry-at'), tag };
  }

  test('pasted as it is, the lock lifts in the future: the guide shows a live countdown', () => {
    const before = Date.now();
    const { retryAt, tag } = retryAtOnOpen(readmeExample('retry-at', 'html'));
    assert.match(tag, /\serror="locked"/);
    assert.ok(retryAt, 'the example sets retry-at');
    // Read as the element reads it.
    const at = parseInstant(retryAt);
    assert.ok(at !== undefined, `retry-at ${retryAt} is a time`);
    assert.ok(at > before + 60_000, `retry-at ${retryAt} is in the future`);
    assert.ok(at <= Date.now() + 24 * 60 * 60 * 1000, `retry-at ${retryAt} is within a day (a lock lasts about an hour)`);
  });

  test('a fixed time written in the example would be caught', () => {
    const past = '<login-help-flow error="locked" retry-at="2026-01-01T00:00:00Z"></login-help-flow>';
    const at = parseInstant(retryAtOnOpen(past).retryAt);
    assert.ok(at !== undefined && at < Date.now());
  });
});
