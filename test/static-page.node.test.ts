/**
 * `helpPage` (login-help-elements/static): the whole flow as one HTML document with no script.
 * Read back with a real HTML parser (parse5, the one browsers' parsing is specified by): every
 * step a section, every choice a link to a section that exists, the language, the site profile,
 * the request templates written out; the 55 hostile payloads of test/support/xss-payloads.ts in
 * every text and href of a flow leave no element, attribute or link of their own; and
 * html-validate finds nothing in the built-in flow's page in any language.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { HtmlValidate } from 'html-validate';
import { helpPage, HelpPageError } from '../src/static/index.js';
import { escapeAttribute, escapeHtml } from '../src/static/escape.js';
import { flowLink } from '../src/static/page-context.js';
import { PAGE_STYLE } from '../src/static/page-style.js';
import { PAGE_WORDS } from '../src/static/page-words.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../src/localize/languages.js';
import { parseFlow } from '../src/flow/parse.js';
import { applySiteProfile } from '../src/flow/apply-site-profile.js';
import { resolveText } from '../src/flow/text.js';
import type { FlowDefinition } from '../src/flow/schema.js';
import { findRequestTemplate, siteRequestTemplates } from '../src/request/templates.js';
import defaultFlow from '../src/flows/default.json' with { type: 'json' };
import template from '../src/flows/default.template.json' with { type: 'json' };
import small from './fixtures/small-flow.json' with { type: 'json' };
import { ALL_PAYLOADS, URL_PAYLOADS } from './support/xss-payloads.js';
import { BANK_FORBIDDEN, BANK_PROFILE } from './support/bank-profile.js';

const DEFAULT = defaultFlow as unknown as FlowDefinition;

/** The elements the page is made of: anything else in the output came from somewhere else. */
const PAGE_ELEMENTS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'header',
  'nav',
  'main',
  'section',
  'h1',
  'h2',
  'h3',
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'span',
  'strong',
]);

/** Every element of a parse5 document, in document order. */
function elements(node: any, out: any[] = []): any[] {
  if (node.tagName) out.push(node);
  for (const child of node.childNodes ?? []) elements(child, out);
  if (node.content) elements(node.content, out);
  return out;
}

const attr = (element: any, name: string): string | undefined => element.attrs.find((a: any) => a.name === name)?.value;

/** The text of a node as a browser's textContent. */
function textOf(node: any): string {
  if (node.nodeName === '#text') return node.value;
  return (node.childNodes ?? []).map(textOf).join('');
}

/** The words of a node, without the page's step numbers (`3.`, `(→ 20)`): what the flow and the page say. */
function proseOf(node: any): string {
  if (node.nodeName === '#text') return node.value;
  const className = node.attrs ? attr(node, 'class') : undefined;
  if (className === 'number' || className === 'goes-to') return '';
  return (node.childNodes ?? []).map(proseOf).join('');
}

interface Page {
  all: any[];
  byId: Map<string, any>;
  sections: any[];
}

function read(html: string): Page {
  const document = parse(html);
  const all = elements(document);
  const byId = new Map<string, any>();
  for (const element of all) {
    const id = attr(element, 'id');
    if (id !== undefined) {
      assert.ok(!byId.has(id), `two elements have the id ${id}`);
      byId.set(id, element);
    }
  }
  return { all, byId, sections: all.filter((element) => element.tagName === 'section') };
}

/**
 * What the page may contain, whatever the flow held: only its own elements, no event-handler
 * attribute, one stylesheet (the page's own), links only to its own sections or to http(s),
 * mailto and relative URLs, and every `#…` link to an element that exists.
 */
function assertInert(html: string, where: string): Page {
  assert.doesNotMatch(html, /<script/i, where);
  const page = read(html);
  for (const element of page.all) {
    assert.ok(PAGE_ELEMENTS.has(element.tagName), `${where}: <${element.tagName}> in the page`);
    for (const { name } of element.attrs) assert.ok(!/^on/i.test(name), `${where}: <${element.tagName} ${name}>`);
    for (const name of ['src', 'srcdoc', 'action', 'formaction', 'style', 'xlink:href', 'data']) {
      assert.equal(attr(element, name), undefined, `${where}: <${element.tagName} ${name}>`);
    }
  }
  const styles = page.all.filter((element) => element.tagName === 'style');
  assert.equal(styles.length, 1, where);
  assert.equal(textOf(styles[0]), PAGE_STYLE, `${where}: the stylesheet is the page's own`);
  for (const anchor of page.all.filter((element) => element.tagName === 'a')) {
    const href = attr(anchor, 'href') ?? '';
    if (href.startsWith('#')) {
      assert.ok(page.byId.has(href.slice(1)), `${where}: ${href} leads nowhere`);
      continue;
    }
    const protocol = new URL(href, 'https://login.example.com/help/').protocol;
    assert.ok(['http:', 'https:', 'mailto:'].includes(protocol), `${where}: a ${protocol} link (${JSON.stringify(href)})`);
  }
  return page;
}

/** The ids of the sections a section links to (its ways forward). */
function linksOf(section: any): string[] {
  return elements(section)
    .filter((element) => element.tagName === 'a' && attr(element, 'href')?.startsWith('#step-'))
    .map((element) => attr(element, 'href')!.slice('#step-'.length));
}

describe('helpPage: the built-in flow', () => {
  for (const lang of LANGUAGES) {
    test(`${lang}: a complete document with every step as a section, and every choice a link to the step it leads to`, () => {
      const html = helpPage(DEFAULT, { lang });
      assert.match(html, /^<!DOCTYPE html>\n<html lang="[^"]+">\n<head>\n<meta charset="utf-8">\n/);
      const page = assertInert(html, lang);
      const root = page.all.find((element) => element.tagName === 'html');
      assert.equal(attr(root, 'lang'), lang);
      const meta = page.all.filter((element) => element.tagName === 'meta');
      assert.ok(meta.some((element) => attr(element, 'name') === 'viewport'));
      const title = page.all.find((element) => element.tagName === 'title');
      assert.equal(textOf(title), resolveText(DEFAULT.title, lang));
      assert.equal(textOf(page.all.find((element) => element.tagName === 'h1')), resolveText(DEFAULT.title, lang));

      assert.deepEqual(
        page.sections.map((section) => attr(section, 'id')),
        DEFAULT.steps.map((step) => `step-${step.id}`),
      );
      DEFAULT.steps.forEach((step, index) => {
        const section = page.sections[index];
        const heading = elements(section).find((element) => element.tagName === 'h2');
        assert.equal(textOf(heading), `${index + 1}. ${resolveText(step.title, lang)}`);
        const expected = [...(step.choices ?? []).map((choice) => choice.next), ...(step.next !== undefined ? [step.next] : [])];
        assert.deepEqual(linksOf(section), expected, step.id);
        for (const next of expected) assert.ok(page.byId.has(`step-${next}`), `${step.id} → ${next}`);
      });
    });

    test(`${lang}: the contents lead to the start and to the step of every login error`, () => {
      const page = read(helpPage(DEFAULT, { lang }));
      const nav = page.byId.get('contents');
      assert.equal(nav.tagName, 'nav');
      const targets = linksOf(nav);
      assert.equal(targets[0], DEFAULT.start);
      const words = PAGE_WORDS[lang];
      const errorList = elements(nav).find((element) => element.tagName === 'ul' && attr(element, 'class') === 'errors');
      const entries = elements(errorList).filter((element) => element.tagName === 'li');
      assert.deepEqual(
        entries.map((entry) => linksOf(entry)[0]),
        Object.values(DEFAULT.errors!),
      );
      Object.keys(DEFAULT.errors!).forEach((code, i) =>
        assert.ok(textOf(entries[i]).includes(words.loginErrors[code as keyof typeof words.loginErrors]), code),
      );
      const all = elements(nav).find((element) => element.tagName === 'ol');
      assert.deepEqual(
        linksOf(all),
        DEFAULT.steps.map((step) => step.id),
      );
    });

    test(`${lang}: a request step writes out its template: every field with its label, "I don't know" where allowed, never a password`, () => {
      const page = read(helpPage(DEFAULT, { lang }));
      const words = PAGE_WORDS[lang];
      for (const step of DEFAULT.steps) {
        if (step.kind !== 'request') continue;
        const requestTemplate = findRequestTemplate(step.template)!;
        const section = page.byId.get(`step-${step.id}`);
        const items = elements(section).filter((element) => element.tagName === 'ul' && attr(element, 'class') === 'fields')[0];
        const fields = elements(items).filter((element) => element.tagName === 'li');
        assert.equal(fields.length, requestTemplate.fields.length, step.id);
        requestTemplate.fields.forEach((field, i) => {
          const item = textOf(fields[i]);
          assert.ok(item.startsWith(resolveText(field.label, lang)), `${step.id}: ${item}`);
          assert.ok(item.includes(words.requirement(field.required, field.allowUnknown)), `${step.id}: ${item}`);
          assert.doesNotMatch(field.id, /password|passwd|pin/i);
        });
        const text = textOf(section);
        assert.ok(text.includes(words.noPassword), step.id);
        assert.ok(text.includes(resolveText(requestTemplate.inquiryType, lang)), step.id);
        assert.ok(text.includes(resolveText(requestTemplate.subject, lang)), step.id);
        assert.ok(text.includes(resolveText(requestTemplate.emailHint, lang)), step.id);
      }
    });
  }

  test('a language tag finds its language (ja-JP, zh-CN); any other gets English', () => {
    assert.match(helpPage(DEFAULT, { lang: 'ja-JP' }), /<html lang="ja">/);
    assert.match(helpPage(DEFAULT, { lang: 'zh-CN' }), /<html lang="zh-Hans">/);
    const french = helpPage(DEFAULT, { lang: 'fr' });
    assert.match(french, /<html lang="en">/);
    assert.ok(french.includes(`<h1>${escapeHtml(resolveText(DEFAULT.title, 'en'))}</h1>`));
  });

  test('the JSON text of a flow is read as the flow', () => {
    assert.equal(helpPage(JSON.stringify(small), { lang: 'en' }), helpPage(small, { lang: 'en' }));
  });

  test('a flow without a title gets the page’s own; a contact form link when the flow names one', () => {
    assert.equal('title' in small, false);
    const page = read(helpPage(small, { lang: 'ja' }));
    assert.equal(textOf(page.all.find((element) => element.tagName === 'h1')), PAGE_WORDS.ja.defaultTitle);
    const contact = page.byId.get('step-contact');
    const link = elements(contact).find((element) => element.tagName === 'a' && attr(element, 'href') === small.contactUrl);
    assert.ok(link, 'the contact step links the flow’s contactUrl');
    assert.equal(textOf(link), PAGE_WORDS.ja.contactLink);
    assert.equal(attr(link, 'rel'), 'noreferrer');
  });
});

describe('helpPage: a site profile', () => {
  for (const lang of LANGUAGES) {
    test(`${lang}: the bank's page is made from the flow for any site, with the bank's steps, requests and words`, () => {
      const html = helpPage(template, { lang, site: BANK_PROFILE });
      const page = assertInert(html, lang);
      const made = applySiteProfile(template, BANK_PROFILE);
      assert.deepEqual(
        page.sections.map((section) => attr(section, 'id')),
        made.steps.map((step) => `step-${step.id}`),
      );
      assert.ok(made.steps.length < DEFAULT.steps.length);
      const text = page.sections.map(proseOf).join('\n');
      assert.ok(text.includes(resolveText(BANK_PROFILE.siteName, lang)), 'the site name');
      for (const forbidden of BANK_FORBIDDEN[lang]) assert.doesNotMatch(text, forbidden);
      // The requests ask only for what the bank checks.
      const templates = siteRequestTemplates(BANK_PROFILE);
      for (const step of made.steps) {
        if (step.kind !== 'request') continue;
        const fields = findRequestTemplate(step.template, templates)!.fields;
        const items = elements(page.byId.get(`step-${step.id}`)).filter(
          (element) => element.tagName === 'li' && attr(element.parentNode, 'class') === 'fields',
        );
        assert.equal(items.length, fields.length, step.id);
      }
    });
  }

  test("a profile's own contact form labels are what the request says to choose and write", () => {
    const site = { contactForm: { inquiryType: 'Account access', subjects: { 'password-reissue': 'New password please' } } };
    const html = helpPage(template, { lang: 'en', site });
    const section = read(html).byId.get('step-password-reissue-request');
    const text = textOf(section);
    assert.ok(text.includes('Choose “Account access”.'), text);
    assert.ok(text.includes('Write “New password please”.'), text);
  });

  test('the profile is applied to a plain flow too: its request templates follow it', () => {
    const flow = structuredClone(small) as any;
    flow.steps.push({ id: 'ask', kind: 'request', template: 'password-reissue', title: 'Ask' });
    flow.steps[0].choices.push({ label: 'Ask', next: 'ask' });
    const plain = read(helpPage(flow, { lang: 'en' })).byId.get('step-ask');
    const bank = read(helpPage(flow, { lang: 'en', site: BANK_PROFILE })).byId.get('step-ask');
    const count = (section: any) => elements(section).filter((element) => attr(element, 'class') === 'field-label').length;
    assert.equal(count(plain), findRequestTemplate('password-reissue')!.fields.length);
    assert.equal(count(bank), findRequestTemplate('password-reissue', siteRequestTemplates(BANK_PROFILE))!.fields.length);
    assert.ok(count(bank) < count(plain));
  });
});

describe('helpPage: what it refuses', () => {
  test('an invalid flow: a HelpPageError (a TypeError) with parseFlow’s problems, in the page’s language', () => {
    const bad = structuredClone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    for (const lang of ['en', 'ja'] as const) {
      assert.throws(
        () => helpPage(bad, { lang }),
        (error: unknown) => {
          assert.ok(error instanceof TypeError);
          assert.ok(error instanceof HelpPageError);
          assert.deepEqual(error.errors, (parseFlow(bad, { lang }) as { errors: unknown }).errors);
          assert.match(error.message, /^steps\[0\]\.choices\[0\]\.next: /);
          return true;
        },
      );
    }
    assert.throws(() => helpPage('{not json', { lang: 'en' }), HelpPageError);
    assert.throws(() => helpPage(null, { lang: 'en' }), HelpPageError);
  });

  test('an invalid site profile, and a placeholder the profile does not know: a HelpPageError', () => {
    assert.throws(
      () => helpPage(template, { lang: 'en', site: { lock: { minuts: 30 } } as any }),
      (error: unknown) => error instanceof HelpPageError && error.errors[0]!.path === 'lock.minuts',
    );
    const odd = structuredClone(small) as any;
    odd.steps[0].title = { en: 'Hello {{nothing.here}}', ja: 'こんにちは' };
    assert.throws(() => helpPage(odd, { lang: 'en', site: {} }), HelpPageError);
    // Without a profile, the placeholder is only text.
    assert.match(helpPage(odd, { lang: 'en' }), /Hello \{\{nothing\.here\}\}/);
  });
});

/** A valid flow whose every text (and the texts of its own request template) is `text`. */
function flowWithText(text: string) {
  const t = { ja: text, en: text, 'zh-Hans': text };
  return {
    version: 1,
    languages: ['ja', 'en', 'zh-Hans'],
    title: t,
    start: 'a',
    contactUrl: '/contact',
    errors: { locked: 'b', unknown: 'a' },
    templates: [
      {
        id: 'contact',
        inquiryType: t,
        inquiryTypeMeaning: t,
        subject: t,
        subjectMeaning: t,
        intro: t,
        cautions: [t, t],
        privacy: t,
        nameHint: t,
        emailHint: t,
        fields: [
          { id: 'what', label: t, kind: 'textarea', required: true, allowUnknown: false, hint: t },
          { id: 'when', label: t, kind: 'date', required: false, allowUnknown: true },
          { id: 'names', label: t, kind: 'username-list', required: true, allowUnknown: true },
        ],
        requiresOneOf: { fields: ['when', 'names'], message: t },
      },
    ],
    steps: [
      {
        id: 'a',
        kind: 'checklist',
        title: t,
        body: [t, t],
        items: [t],
        cautions: [t],
        links: [{ label: t, href: 'https://help.example.org/' }],
        diagnose: ['username'],
        choices: [{ label: t, next: 'b', description: t }],
        next: 'c',
        nextLabel: t,
      },
      { id: 'b', kind: 'contact', title: t, body: [t], cautions: [t, t], href: 'mailto:support@example.com' },
      { id: 'c', kind: 'request', template: 'contact', title: t, items: [t], next: 'd' },
      { id: 'd', kind: 'auth-code', title: t, body: [t], method: 'all', next: 'e' },
      { id: 'e', kind: 'resolved', title: t, body: [t] },
    ],
  };
}

/** `text` as the HTML parser gives it back (control characters shown as U+FFFD, line ends normalised). */
const asParsed = (text: string) =>
  // eslint-disable-next-line no-control-regex -- the characters escapeHtml replaces
  text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, '\ufffd').replace(/\r\n?/g, '\n');

describe('helpPage: hostile text and links', () => {
  test(`a corpus of ${ALL_PAYLOADS.length} payloads (at least 50)`, () => {
    assert.ok(ALL_PAYLOADS.length >= 50);
  });

  test('every payload in every text of a flow and of its request template stays text', () => {
    for (const payload of ALL_PAYLOADS) {
      const flow = flowWithText(payload);
      assert.equal(parseFlow(flow).ok, true, payload);
      for (const lang of LANGUAGES) {
        const where = `${lang}: ${JSON.stringify(payload)}`;
        const page = assertInert(helpPage(flow, { lang }), where);
        assert.equal(page.sections.length, flow.steps.length, where);
        assert.equal(textOf(page.all.find((element) => element.tagName === 'title')), asParsed(payload), where);
        assert.equal(textOf(page.all.find((element) => element.tagName === 'h1')), asParsed(payload), where);
        const choice = elements(page.byId.get('step-a')).find((element) => attr(element, 'href') === '#step-b');
        assert.equal(textOf(choice), asParsed(payload), where);
        const fields = elements(page.byId.get('step-c')).filter((element) => attr(element, 'class') === 'field-label');
        assert.deepEqual(fields.map(textOf), [asParsed(payload), asParsed(payload), asParsed(payload)], where);
      }
    }
  });

  test("every payload as a site profile's name and contact form labels stays text", () => {
    for (const payload of ALL_PAYLOADS) {
      for (const lang of LANGUAGES) {
        const where = `${lang}: ${JSON.stringify(payload)}`;
        const site = { siteName: { [lang]: payload }, contactForm: { inquiryType: payload, subjects: { contact: payload } } };
        // Every text of the flow is the site's name; the request is the built-in one, with the site's labels.
        const { templates: _own, ...flow } = flowWithText('{{site}}');
        if (payload.includes('{{')) {
          // applySiteProfile refuses a value that holds `{{` (an unclosed section, it says).
          assert.throws(() => helpPage(flow, { lang, site }), HelpPageError, where);
          continue;
        }
        const page = assertInert(helpPage(flow, { lang, site }), where);
        assert.equal(textOf(page.all.find((element) => element.tagName === 'h1')), asParsed(payload), where);
        const request = textOf(page.byId.get('step-c'));
        assert.ok(request.includes(asParsed(PAGE_WORDS[lang].chooseInquiryType(payload, undefined))), where);
        assert.ok(request.includes(asParsed(PAGE_WORDS[lang].writeSubject(payload, undefined, false))), where);
      }
    }
  });

  test('every payload in every href of a flow is refused by parseFlow, or rendered as a harmless link', () => {
    let refused = 0;
    for (const payload of [...ALL_PAYLOADS, '&#106;avascript:__xss(1)', 'java&#x09;script:__xss(2)', '//evil.example/x']) {
      for (const place of ['link', 'contactUrl', 'contactHref'] as const) {
        const flow = flowWithText('x') as any;
        if (place === 'link') flow.steps[0].links[0].href = payload;
        if (place === 'contactUrl') flow.contactUrl = payload;
        if (place === 'contactHref') flow.steps[1].href = payload;
        const where = `${place}: ${JSON.stringify(payload)}`;
        let html: string;
        try {
          html = helpPage(flow, { lang: 'en' });
        } catch (error) {
          assert.ok(error instanceof HelpPageError, where);
          assert.ok(
            error.errors.some((problem) => problem.rule === 'bad-link-scheme'),
            where,
          );
          refused++;
          continue;
        }
        assertInert(html, where);
      }
    }
    assert.ok(refused >= URL_PAYLOADS.length * 3 - 3, `${refused} refused`);
  });

  test('a link the page is asked to write with a forbidden scheme is left out (the page checks again)', () => {
    for (const payload of URL_PAYLOADS) {
      if (payload.includes('&colon;')) continue; // a relative link before parseFlow refused it
      assert.equal(flowLink(payload, 'x'), '', JSON.stringify(payload));
    }
    assert.equal(flowLink('&#106;avascript:alert(1)', 'x'), '');
    assert.equal(
      flowLink(' https://help.example.org/a?b=1&c=2 ', 'Help'),
      '<a href="https://help.example.org/a?b=1&amp;c=2" rel="noreferrer">Help</a>',
    );
    assert.equal(flowLink('/help"onmouseover="x', 'Help'), '<a href="/help&quot;onmouseover=&quot;x">Help</a>');
  });

  test('escapeHtml and escapeAttribute', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeAttribute('`"\'<>&'), '&#96;&quot;&#39;&lt;&gt;&amp;');
    assert.equal(escapeHtml('a\u0000b\u0007c\u007fd\ud800e'), 'a\ufffdb\ufffdc\ufffdd\ufffde');
    assert.equal(escapeHtml('日本語 😀\t\n'), '日本語 😀\t\n');
  });
});

describe('helpPage: valid HTML', () => {
  const recommended = new HtmlValidate({ extends: ['html-validate:recommended'] });
  // A title made of a payload is longer than the 70 characters the rule advises, once escaped.
  const anyTitle = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
  const pages: [string, () => string, HtmlValidate][] = [
    ...LANGUAGES.map((lang): [string, () => string, HtmlValidate] => [
      `the built-in flow, ${lang}`,
      () => helpPage(DEFAULT, { lang }),
      recommended,
    ]),
    ...LANGUAGES.map((lang): [string, () => string, HtmlValidate] => [
      `the bank, ${lang}`,
      () => helpPage(template, { lang, site: BANK_PROFILE }),
      recommended,
    ]),
    ['the small flow', () => helpPage(small, { lang: 'ja' }), recommended],
    ...ALL_PAYLOADS.map((payload, i): [string, () => string, HtmlValidate] => [
      `a flow of hostile text (payload ${i + 1}, title length not checked)`,
      () => helpPage(flowWithText(payload), { lang: LANGUAGES[i % LANGUAGES.length]! }),
      anyTitle,
    ]),
  ];
  for (const [name, make, validator] of pages) {
    test(`html-validate (recommended): no error or warning in ${name}`, async () => {
      const report = await validator.validateString(make());
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      assert.deepEqual(messages, []);
      assert.equal(report.valid, true);
    });
  }
});

describe('helpPage: its words', () => {
  /** Every entry of a catalogue, functions called with sample arguments. */
  function entries(words: object): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') out.set(path, value);
      else if (typeof value === 'function') {
        for (const args of [
          ['‹0›', '‹1›', false],
          ['‹0›', undefined, true],
          [true, true],
          [false, false],
        ]) {
          const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
          if (typeof result === 'string') out.set(`${path}(${args.join()})`, result);
          else walk(result, `${path}(${args.join()})`);
        }
      } else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    };
    walk(words, '');
    return out;
  }

  test('every language has every entry, none empty, none left in English', () => {
    const english = entries(PAGE_WORDS[SOURCE_LANGUAGE]);
    for (const lang of LANGUAGES) {
      const own = entries(PAGE_WORDS[lang]);
      assert.deepEqual([...own.keys()].sort(), [...english.keys()].sort(), lang);
      for (const [path, value] of own) {
        const source = english.get(path)!;
        if (source === '' || /^[\s‹›0-9,.:()]*$/.test(source)) continue; // empty on purpose (around a link), or no words
        assert.notEqual(value.trim(), '', `${lang} ${path}`);
        if (lang !== SOURCE_LANGUAGE) assert.notEqual(value, source, `${lang} ${path} is the English text`);
        for (const placeholder of source.match(/‹\d›/g) ?? [])
          assert.ok(value.includes(placeholder), `${lang} ${path} drops ${placeholder}`);
      }
    }
  });
});
