import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define/login-help-flow.js';
import '../src/define/auth-code-explainer.js';
import '../src/define/recovery-request-form.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import type { RecoveryRequestForm } from '../src/elements/recovery-request-form/recovery-request-form.js';
import { parseFlow } from '../src/flow/index.js';
import { ALL_PAYLOADS, MARKUP_PAYLOADS, URL_PAYLOADS } from './support/xss-payloads.js';

/** The trap: any payload that runs calls it. */
const ran: unknown[] = [];
(window as unknown as { __xss: (n: unknown) => void }).__xss = (n) => ran.push(n);
const originalAlert = window.alert;

/** Every element in `root` and in the shadow roots below it. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...deepElements(element.shadowRoot));
  }
  return out;
}

/** No element a payload could have created, no handler attribute, no link with a bad scheme. */
function expectInert(root: ParentNode): void {
  const elements = deepElements(root);
  const tags = new Set(elements.map((element) => element.localName));
  for (const tag of [
    'script',
    'img',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'video',
    'meta',
    'base',
    'marquee',
    'template',
    'style',
  ]) {
    if (tag === 'svg' && elements.every((element) => element.localName !== 'svg' || element.getAttribute('part') === 'ring')) continue;
    if (tag === 'style') continue; // Lit adopts stylesheets; none is created from content (checked by the markup test below).
    expect(tags.has(tag), `<${tag}> was created`).to.equal(false);
  }
  for (const element of elements) {
    for (const attribute of element.getAttributeNames())
      expect(attribute.startsWith('on'), `${element.localName}[${attribute}]`).to.equal(false);
  }
  for (const anchor of elements.filter((element): element is HTMLAnchorElement => element.localName === 'a')) {
    expect(['http:', 'https:', 'mailto:']).to.include(new URL(anchor.href).protocol);
    const url = new URL(anchor.href);
    if (url.protocol !== 'mailto:' && url.origin !== location.origin) expect(anchor.rel).to.equal('noopener noreferrer');
  }
}

/** A valid flow whose every text field holds `text`. */
function flowWithText(text: string) {
  const t = { ja: text, en: text };
  return {
    version: 1,
    languages: ['ja', 'en'],
    title: t,
    start: 'a',
    contactUrl: '/contact',
    steps: [
      {
        id: 'a',
        kind: 'checklist',
        title: t,
        body: [t],
        items: [t],
        cautions: [t, t],
        links: [{ label: t, href: 'https://help.example.org/' }],
        diagnose: ['username'],
        choices: [{ label: t, next: 'b', description: t }],
        next: 'c',
        nextLabel: t,
      },
      { id: 'b', kind: 'contact', title: t, body: [t] },
      { id: 'c', kind: 'request', template: 'contact', title: t, items: [t] },
    ],
  };
}

beforeEach(() => {
  ran.length = 0;
  window.alert = () => ran.push('alert');
});
afterEach(() => {
  window.alert = originalAlert;
  expect(ran, 'no payload ran').to.deep.equal([]);
});

describe('injection', () => {
  it(`has a corpus of ${ALL_PAYLOADS.length} payloads (at least 50)`, () => {
    expect(ALL_PAYLOADS.length).to.be.at.least(50);
  });

  it('renders every markup payload in every text field of a flow as text', async function () {
    this.timeout(60_000);
    for (const payload of ALL_PAYLOADS) {
      const flow = flowWithText(payload);
      expect(parseFlow(flow).ok, payload).to.equal(true);
      const el = await fixture<LoginHelpFlow>(
        html`<login-help-flow lang="en" persist="none" username=${payload} .flow=${flow}></login-help-flow>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('h2'), payload, { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal(payload.trim());
      expectInert(el.shadowRoot!);
      // Through the choices to the contact step, and back.
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.choice')!.click();
      await el.updateComplete;
      expectInert(el.shadowRoot!);
      el.remove();
    }
  });

  it('rejects every URL payload in each URL field of a flow (or renders it as a harmless relative link)', async () => {
    for (const payload of URL_PAYLOADS) {
      for (const place of ['link', 'contactUrl', 'contactHref'] as const) {
        const flow = flowWithText('x') as Record<string, any>;
        if (place === 'link') flow['steps'][0].links[0].href = payload;
        if (place === 'contactUrl') flow['contactUrl'] = payload;
        if (place === 'contactHref') flow['steps'][1].href = payload;
        const result = parseFlow(flow);
        // eslint-disable-next-line no-control-regex -- the control characters a URL parser strips, as src/flow/links.ts
        const scheme = /^[a-z][a-z0-9+.-]*:/i.test(payload.replace(/[\u0000-\u0020\u007f-\u009f\u3000\ufeff]/g, ''));
        if (scheme) {
          expect(result.ok, `${place}: ${JSON.stringify(payload)}`).to.equal(false);
          if (!result.ok) expect(result.errors.map((e) => e.rule)).to.include('bad-link-scheme');
        } else {
          const el = await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" persist="none" .flow=${flow}></login-help-flow>`);
          await waitUntil(() => el.shadowRoot!.querySelector('h2'), undefined, { timeout: 5000 });
          expectInert(el.shadowRoot!);
          el.remove();
        }
      }
    }
  });

  it('keeps every payload typed into the request form as text, in the form and in the text to paste', async function () {
    this.timeout(60_000);
    for (const payload of MARKUP_PAYLOADS) {
      sessionStorage.clear();
      const el = await fixture<RecoveryRequestForm>(
        html`<recovery-request-form lang="en" template="contact" mailto="support@example.com"></recovery-request-form>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('form'), undefined, { timeout: 5000 });
      for (const id of ['name', 'whatHappened', 'whatWasTyped', 'other']) {
        const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#field-${id}`)!;
        input.value = payload;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      const email = el.shadowRoot!.querySelector<HTMLInputElement>('#field-email')!;
      email.value = 'taro@example.com';
      email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('#paste-text, #error-summary'), payload, { timeout: 5000 });
      const pasted = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#paste-text');
      if (pasted) expect(pasted.value).to.contain(payload.trim());
      expectInert(el.shadowRoot!);
      el.remove();
    }
  });

  it('renders a hostile reference number from the endpoint as text', async () => {
    const realFetch = window.fetch;
    window.fetch = async () =>
      new Response(JSON.stringify({ reference: '<img src=x onerror=__xss(200)>' }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    try {
      sessionStorage.clear();
      const el = await fixture<RecoveryRequestForm>(
        html`<recovery-request-form lang="en" template="contact" action="/anywhere"></recovery-request-form>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('form'), undefined, { timeout: 5000 });
      for (const [id, value] of [
        ['name', 'Taro'],
        ['email', 'taro@example.com'],
        ['whatHappened', 'Locked out'],
      ]) {
        const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#field-${id}`)!;
        input.value = value!;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part=sent]'), undefined, { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[part=sent]')!.textContent).to.contain('<img src=x onerror=__xss(200)>');
      expectInert(el.shadowRoot!);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('ignores hostile attribute values on the explainer', async () => {
    for (const payload of ALL_PAYLOADS.slice(0, 20)) {
      const el = await fixture(
        html`<auth-code-explainer lang="en" method="backup" server-time=${payload} disable-url=${payload}></auth-code-explainer>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.base'), undefined, { timeout: 5000 });
      expectInert(el.shadowRoot!);
      el.remove();
    }
  });
});
