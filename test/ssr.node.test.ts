/**
 * `renderElement` (login-help-elements/ssr): the three elements rendered on the server with
 * @lit-labs/ssr — in full (no "Loading…"), in the language asked for even when renders of other
 * languages run at the same time, and inert whatever hostile text reaches them.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { renderElement } from '../src/ssr/index.js';
import { parseFlow } from '../src/flow/parse.js';
import { resolveText } from '../src/flow/text.js';
import type { FlowDefinition } from '../src/flow/schema.js';
import { LANGUAGES, type Language } from '../src/localize/languages.js';
import defaultJson from '../src/flows/default.json' with { type: 'json' };
import small from './fixtures/small-flow.json' with { type: 'json' };
import { ALL_PAYLOADS, MARKUP_PAYLOADS } from './support/xss-payloads.js';

const defaultFlow = (parseFlow(defaultJson) as { ok: true; flow: FlowDefinition }).flow;
const titleOf = (id: string, lang: string) => resolveText(defaultFlow.steps.find((step) => step.id === id)!.title, lang);

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

/** Every element of the document, inside declarative shadow roots too. */
function elements(html: string): Node[] {
  const found: Node[] = [];
  const walk = (node: Node) => {
    if (node.tagName) found.push(node);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html));
  return found;
}

const attr = (node: Node | undefined, name: string) => node?.attrs?.find((a) => a.name === name)?.value;
function textOf(node: Node | undefined): string {
  if (!node) return '';
  if (node.nodeName === '#text') return node.value ?? '';
  return [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].map(textOf).join('');
}
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Nothing in the HTML can run: no script, no handler attribute, no URL with a script scheme. */
function assertInert(html: string, where: string): Node[] {
  const all = elements(html);
  for (const node of all) {
    assert.notEqual(node.tagName, 'script', `${where}: a <script>`);
    assert.notEqual(node.tagName, 'iframe', `${where}: an <iframe>`);
    for (const { name, value } of node.attrs ?? []) {
      assert.ok(!/^on/i.test(name), `${where}: <${node.tagName} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name))
        // eslint-disable-next-line no-control-regex -- the URL parser drops these characters, so must the check
        assert.ok(!/^\s*(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, '')), `${where}: ${name}=${value}`);
    }
  }
  return all;
}

describe('renderElement', () => {
  test('the guide at the step of a login error, in each language, with its choices and no loading state', async () => {
    for (const lang of LANGUAGES) {
      const html = await renderElement('login-help-flow', { lang, attributes: { error: 'locked' } });
      const all = assertInert(html, lang);
      const host = all.find((node) => node.tagName === 'login-help-flow');
      assert.equal(attr(host, 'lang'), lang);
      assert.ok(
        host?.childNodes?.some((node) => attr(node, 'shadowrootmode') === 'open'),
        'a declarative shadow root',
      );
      assert.equal(squeeze(textOf(all.find((node) => node.tagName === 'h2'))), titleOf('account-locked', lang));
      assert.ok(all.filter((node) => attr(node, 'part') === 'choice').length >= 2);
      assert.equal(all.filter((node) => attr(node, 'aria-busy') === 'true').length, 0, `${lang}: loading`);
    }
  });

  test('the start attribute, a username check, and a lock countdown are rendered on the server', async () => {
    const html = await renderElement('login-help-flow', {
      lang: 'en',
      attributes: { error: 'locked', username: 'ｔａｒｏ', 'retry-at': String(Date.now() + 30 * 60_000) },
    });
    const all = assertInert(html, 'en');
    assert.match(
      squeeze(textOf(all.find((node) => attr(node, 'part') === 'countdown'))),
      /You can try again in 29 minutes|You can try again in 30 minutes/,
    );
    const started = await renderElement('login-help-flow', { lang: 'ja', attributes: { start: 'forgot-password' } });
    assert.equal(squeeze(textOf(elements(started).find((node) => node.tagName === 'h2'))), titleOf('forgot-password', 'ja'));
    const checked = await renderElement('login-help-flow', { lang: 'en', attributes: { username: 'ｔａｒｏ１２３' } });
    assert.match(squeeze(textOf(elements(checked).find((node) => attr(node, 'part') === 'diagnostics'))), /full-width/);
  });

  test('a request step renders its form in full inside the guide, and the explainer and the form alone', async () => {
    const step = await renderElement('login-help-flow', { lang: 'ja', attributes: { start: 'password-reissue-request' } });
    const inGuide = elements(step).find((node) => node.tagName === 'recovery-request-form');
    assert.ok(inGuide, 'the embedded form');
    assert.ok(
      elements(step).some((node) => node.tagName === 'input' || node.tagName === 'textarea'),
      'its fields',
    );
    const form = await renderElement('recovery-request-form', { lang: 'zh-Hans', attributes: { template: 'password-reissue' } });
    const formNodes = assertInert(form, 'form');
    assert.ok(formNodes.some((node) => attr(node, 'part') === 'title'));
    assert.ok(!/Loading|読み込み中|加载中/.test(textOf(formNodes[0])));
    const explainer = await renderElement('auth-code-explainer', { lang: 'en', attributes: { method: 'grid' } });
    const explainerNodes = assertInert(explainer, 'explainer');
    assert.ok(
      explainerNodes.some((node) => attr(node, 'part') === 'panel'),
      'the explanation',
    );
  });

  test('100 concurrent renders in mixed languages never mix', async () => {
    const langs: Language[] = Array.from({ length: 100 }, (_, i) => LANGUAGES[i % LANGUAGES.length]!);
    const pages = await Promise.all(
      langs.map((lang) => renderElement('login-help-flow', { lang, attributes: { error: 'invalid-credentials' } })),
    );
    const groupLabel = new Map<Language, string>();
    pages.forEach((html, i) => {
      const lang = langs[i]!;
      const all = elements(html);
      assert.equal(squeeze(textOf(all.find((node) => node.tagName === 'h2'))), titleOf('error-invalid-credentials', lang), `render ${i}`);
      const label = attr(
        all.find((node) => attr(node, 'part') === 'choices'),
        'aria-label',
      )!;
      assert.equal(groupLabel.get(lang) ?? label, label, `render ${i}: ${label}`);
      groupLabel.set(lang, label);
    });
    assert.equal(new Set(groupLabel.values()).size, LANGUAGES.length, [...groupLabel.values()].join(' | '));
  });

  test(`every one of ${ALL_PAYLOADS.length} payloads, in attributes and in a flow's text, stays text`, async () => {
    assert.ok(ALL_PAYLOADS.length >= 50);
    for (const payload of ALL_PAYLOADS) {
      const flow = structuredClone(small) as any;
      flow.steps[0].title = { en: payload, ja: payload };
      flow.steps[0].body = [{ en: payload, ja: payload }];
      flow.steps[0].choices[0].label = { en: payload, ja: payload };
      const html = await renderElement('login-help-flow', {
        lang: 'en',
        attributes: { username: payload, 'contact-url': payload },
        properties: { flow },
      });
      const all = assertInert(html, JSON.stringify(payload));
      // The HTML parser drops NUL characters from text.
      assert.equal(
        squeeze(textOf(all.find((node) => node.tagName === 'h2'))),
        squeeze(payload.replace(/\0/g, '')),
        JSON.stringify(payload),
      );
    }
    for (const payload of MARKUP_PAYLOADS) {
      const form = await renderElement('recovery-request-form', {
        lang: 'ja',
        attributes: { template: 'password-reissue', username: payload },
      });
      assertInert(form, `form ${JSON.stringify(payload)}`);
    }
  });

  test('a bad flow renders the error state with its problems as text', async () => {
    const flow = structuredClone(small) as any;
    flow.steps[0].choices[0].next = '<img src=x onerror=alert(1)>';
    const html = await renderElement('login-help-flow', { lang: 'en', properties: { flow } });
    const all = assertInert(html, 'error state');
    assert.equal(squeeze(textOf(all.find((node) => node.tagName === 'h2'))), 'This help guide could not be shown');
    assert.match(textOf(all.find((node) => attr(node, 'part') === 'problems')), /steps\[0\]\.choices\[0\]\.next/);
  });

  test('an unknown tag, attribute or property is refused', async () => {
    await assert.rejects(renderElement('login-help-flows' as 'login-help-flow'), TypeError);
    await assert.rejects(renderElement('login-help-flow', { attributes: { onclick: 'alert(1)' } }), /has no attribute "onclick"/);
    await assert.rejects(renderElement('login-help-flow', { attributes: { 'x"><script>': '1' } }), TypeError);
    await assert.rejects(renderElement('login-help-flow', { properties: { innerHTML: '<b>' } }), /has no property "innerHTML"/);
  });
});
