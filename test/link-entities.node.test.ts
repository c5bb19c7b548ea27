/**
 * Link targets whose scheme is spelt with HTML character references (`&#106;avascript:`,
 * `javascript&colon;`) or hides a control character behind one (`java&#x09;script:`): a page
 * that writes such an href into HTML without escaping it (a static export, a server template, a
 * CMS) gets a `javascript:` link, so `parseFlow` refuses them with `bad-link-scheme`, as it does
 * the plain scheme.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFlow } from '../src/flow/parse.js';
import { isAllowedLink, linkScheme } from '../src/flow/links.js';
import { runCli } from '../src/cli/main.js';
import small from './fixtures/small-flow.json' with { type: 'json' };

/** Hrefs that read as a `javascript:` (or `data:`, `vbscript:`) URL once their character references are decoded. */
const OBFUSCATED = [
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#X6a;avascript:alert(1)',
  'java&#x09;script:alert(1)',
  'java&#9;script:alert(1)',
  'java&Tab;script:alert(1)',
  'java&NewLine;script:alert(1)',
  '&#0000106;avascript:alert(1)',
  '&#106avascript:alert(1)',
  '&#x6a&#x61;vascript:alert(1)',
  'JaVaScRiPt&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  ' &#106;avascript:alert(1)',
  '&#x20;javascript:alert(1)',
  '&amp;#106;avascript:alert(1)',
  '&#100;ata:text/html,<script>alert(1)</script>',
  'vbscript&colon;msgbox(1)',
];

/** Hrefs with character references that are still http(s), mailto or relative links. */
const HARMLESS = [
  'https://help.example.org/?a=1&amp;b=2',
  'https://help.example.org/?a=1&b=2#x&colon;y',
  '/help?topic=lock&amp;lang=ja',
  'mailto:support@example.com?subject=a&amp;body=b',
  'help&#47;lock',
  '#step&#45;one',
];

const withLink = (href: string) => {
  const flow = structuredClone(small) as any;
  flow.steps[1].links[0].href = href;
  return flow;
};

describe('links with character references', () => {
  test('parseFlow refuses an obfuscated scheme in a step link, the contactUrl and a contact step href (bad-link-scheme)', () => {
    for (const href of OBFUSCATED) {
      const places = {
        'steps[1].links[0].href': withLink(href),
        contactUrl: { ...structuredClone(small), contactUrl: href },
        'steps[2].href': (() => {
          const flow = structuredClone(small) as any;
          flow.steps[2].href = href;
          return flow;
        })(),
      };
      for (const [path, flow] of Object.entries(places)) {
        const result = parseFlow(flow);
        assert.equal(result.ok, false, `${path}: ${JSON.stringify(href)} accepted`);
        if (result.ok) continue;
        assert.deepEqual(
          result.errors.map((error) => [error.path, error.rule]),
          [[path, 'bad-link-scheme']],
          JSON.stringify(href),
        );
      }
    }
  });

  test('the message names the scheme the references spell', () => {
    const result = parseFlow(withLink('&#106;avascript:alert(1)'));
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.errors[0]!.message, /`javascript:`/);
    const ja = parseFlow(withLink('javascript&colon;alert(1)'), { lang: 'ja' });
    assert.equal(ja.ok, false);
    if (!ja.ok) assert.match(ja.errors[0]!.message, /`javascript:`/);
  });

  test('linkScheme and isAllowedLink read the decoded scheme', () => {
    assert.equal(linkScheme('&#106;avascript:alert(1)'), 'javascript');
    assert.equal(linkScheme('javascript&colon;alert(1)'), 'javascript');
    assert.equal(linkScheme('java&#x09;script:alert(1)'), 'javascript');
    for (const href of OBFUSCATED) assert.equal(isAllowedLink(href), false, JSON.stringify(href));
  });

  test('character references elsewhere in an http(s), mailto or relative link are fine', () => {
    for (const href of HARMLESS) {
      assert.equal(isAllowedLink(href), true, href);
      assert.equal(parseFlow(withLink(href)).ok, true, href);
    }
    assert.equal(linkScheme('https://help.example.org/?a=1&amp;b=2'), 'https');
    assert.equal(linkScheme('/help?topic=lock&amp;lang=ja'), '');
  });

  test('the CLI: validate exits 1 for the two hrefs it used to accept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lhe-entities-'));
    for (const [i, href] of ['&#106;avascript:alert(1)', 'javascript&colon;alert(1)'].entries()) {
      const path = join(dir, `flow-${i}.json`);
      writeFileSync(path, JSON.stringify(withLink(href)));
      const err: string[] = [];
      const code = await runCli(['validate', path], { out: () => {}, err: (text) => err.push(text) });
      assert.equal(code, 1, href);
      assert.deepEqual(err, [
        'steps[1].links[0].href: links may not use `javascript:`; use http(s), mailto or a relative URL (in step `locked`)',
      ]);
    }
  });
});
