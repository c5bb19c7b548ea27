import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/auth-code-explainer.js';
import '../src/define/login-help-flow.js';
import type { AuthCodeExplainer } from '../src/elements/auth-code-explainer/auth-code-explainer.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { totp } from '../src/totp/index.js';
import { $, $$, explainerReady, focused, text } from './support/dom.js';
import { seeded } from './support/seeded-random.js';

type El = AuthCodeExplainer;

async function type(el: El, value: string): Promise<HTMLInputElement> {
  const input = $<HTMLInputElement>(el, '#code')!;
  input.focus();
  input.value = '';
  await sendKeys({ type: value });
  await el.updateComplete;
  return input;
}

const findings = (el: El) => text($(el, '[part=findings]'));

/** What the grid card shows: the cells the caption asks for, the highlighted cells (sorted), every cell's value by name, the answer. */
function gridCard(el: El): { asked: string[]; highlighted: string[]; values: Record<string, string>; answer: string } {
  const columns = $$(el, 'thead th').map(text);
  const values: Record<string, string> = {};
  const highlighted: string[] = [];
  for (const row of $$<HTMLTableRowElement>(el, 'tbody tr')) {
    const number = text(row.querySelector('th'));
    [...row.querySelectorAll('td')].forEach((cell, col) => {
      const name = `${columns[col]}${number}`;
      values[name] = text(cell);
      if (cell.classList.contains('challenged')) highlighted.push(name);
    });
  }
  const asked = /Asked: ([A-J][1-5]), ([A-J][1-5]), ([A-J][1-5])$/.exec(text($(el, 'caption')))?.slice(1) ?? [];
  expect(asked, `caption "${text($(el, 'caption'))}"`).to.have.length(3);
  expect(Object.keys(values), 'cells on the card').to.have.length(50);
  return { asked, highlighted: highlighted.sort(), values, answer: text($(el, '[part=answer] strong')) };
}

describe('<auth-code-explainer>', () => {
  describe('rendering', () => {
    it('shows a live sample TOTP code from a demo secret with the seconds left', async () => {
      const now = Date.parse('2026-11-29T10:00:10Z');
      const el = await explainerReady(
        await fixture<El>(html`<auth-code-explainer lang="en" method="totp" .clock=${() => now}></auth-code-explainer>`),
      );
      const expected = await totp({ secret: 'JBSWY3DPEHPK3PXP', time: now });
      await waitUntil(() => text($(el, '[part=sample-code]')) === `${expected.slice(0, 3)} ${expected.slice(3)}`, undefined, {
        timeout: 5000,
      });
      expect(text($(el, '[part=sample]'))).to.contain('New number in 20 s');
      expect(text($(el, 'h3'))).to.equal('Authenticator app (TOTP)');
      expect(text($(el, '.panel'))).to.contain('usually 6 digits');
    });

    it('draws a sample grid card with three highlighted cells that make the 6-character answer', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="grid"></auth-code-explainer>`));
      expect($$(el, 'tbody tr').length).to.equal(5);
      expect($$(el, 'thead th').map(text)).to.deep.equal(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
      const highlighted = $$(el, 'td.challenged').map(text);
      expect(highlighted.length).to.equal(3);
      const answer = text($(el, '[part=answer] strong'));
      expect(answer).to.have.length(6);
      expect([...highlighted].sort()).to.deep.equal([answer.slice(0, 2), answer.slice(2, 4), answer.slice(4)].sort());
      expect(text($(el, '[part=case-note]'))).to.contain('Upper and lower case are different');
    });

    it('"Show another example" draws a new card and asks for other cells', async () => {
      // Math.random seeded for the test: the two draws are the same on every run, and differ.
      const random = Math.random;
      Math.random = seeded(2026);
      try {
        const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="grid"></auth-code-explainer>`));
        const before = gridCard(el);
        $<HTMLButtonElement>(el, '[part=another]')!.click();
        await el.updateComplete;
        const after = gridCard(el);
        // What the user sees change: other highlighted cells, other values on the card, another answer.
        expect(after.asked, 'the cells asked for').to.not.deep.equal(before.asked);
        expect(after.highlighted, 'the highlighted cells').to.not.deep.equal(before.highlighted);
        expect(after.values, 'the values on the card').to.not.deep.equal(before.values);
        expect(after.answer, 'the answer').to.not.equal(before.answer);
        // …and the new card is consistent: the caption names the highlighted cells, whose values make the answer.
        for (const card of [before, after]) {
          expect([...card.asked].sort()).to.deep.equal(card.highlighted);
          expect(card.answer).to.equal(card.asked.map((cell) => card.values[cell]).join(''));
        }
      } finally {
        Math.random = random;
      }
    });

    it('explains backup codes: any unused one, each works once, what to do when all are used', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="backup"></auth-code-explainer>`));
      const panel = text($(el, '.panel'));
      expect(panel).to.contain('Each code works only once');
      expect(panel).to.contain('If every code is used');
    });

    it('always says what to do when a code that looks right is still rejected: the 1-hour lock and disabling', async () => {
      const el = await explainerReady(
        await fixture<El>(html`<auth-code-explainer lang="en" method="backup" disable-url="/2fa-disable"></auth-code-explainer>`),
      );
      const advice = text($(el, '[part=still-rejected]'));
      expect(advice).to.contain('codes are refused for about 1 hour');
      expect(advice).to.contain('cannot be lifted by hand');
      expect($<HTMLAnchorElement>(el, '[part=still-rejected] a')!.getAttribute('href')).to.equal('/2fa-disable');
    });
  });

  describe('device clock', () => {
    it('warns when the server clock (Date header of time-url) is 2 minutes off', async () => {
      const el = await explainerReady(
        await fixture<El>(
          html`<auth-code-explainer lang="en" method="totp" time-url="/test-api/time?offset=120000"></auth-code-explainer>`,
        ),
      );
      await waitUntil(() => $(el, '[part=clock].problem'), text($(el, '[part=clock]')), { timeout: 5000 });
      expect(text($(el, '[part=clock]'))).to.contain("This device's clock is 2 minutes behind.");
      expect(text($(el, '[part=clock]'))).to.contain('Set Automatically');
      expect($(el, '[part=clock]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
    });

    it('shows no warning within tolerance', async () => {
      const el = await explainerReady(
        await fixture<El>(html`<auth-code-explainer lang="en" method="totp" time-url="/test-api/time?offset=3000"></auth-code-explainer>`),
      );
      await waitUntil(() => $(el, '[part=clock].fine'), text($(el, '[part=clock]')), { timeout: 5000 });
      expect(text($(el, '[part=clock]'))).to.match(/This device's clock is right \(within \d+ seconds? of the site's\)\./);
      expect($(el, '[part=clock].problem')).to.equal(null);
    });

    it('reads server-time too, and says which way the clock is off', async () => {
      const now = Date.parse('2026-11-29T10:00:00Z');
      const el = await explainerReady(
        await fixture<El>(
          html`<auth-code-explainer lang="ja" method="totp" server-time="2026-11-29T09:55:00Z" .clock=${() => now}></auth-code-explainer>`,
        ),
      );
      expect(text($(el, '[part=clock]'))).to.contain('この端末の時計が 5 分 進んでいます。');
    });

    it('does not read the Date header of another origin', async () => {
      const el = await explainerReady(
        await fixture<El>(html`<auth-code-explainer lang="en" method="totp" time-url="https://other.example/time"></auth-code-explainer>`),
      );
      expect(text($(el, '[part=clock]'))).to.contain('could not be checked');
    });
  });

  describe('checking a typed code', () => {
    it('detects full-width input and offers the half-width form in one click', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="totp"></auth-code-explainer>`));
      const input = await type(el, '１２３４５６');
      expect(findings(el)).to.contain('It is typed in full-width characters.');
      const use = $<HTMLButtonElement>(el, '[part=use-half-width]')!;
      expect(text(use)).to.equal('Use this form');
      use.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(input.value).to.equal('123456');
      expect(focused(el)).to.equal(input);
      expect(findings(el)).to.equal('This looks like an authenticator-app code.');
    });

    it('reports a wrong length and letters in a TOTP code', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="totp"></auth-code-explainer>`));
      await type(el, '12345');
      expect(findings(el)).to.contain('It has 5 characters; an authenticator-app code has 6.');
      await type(el, '12a456');
      expect(findings(el)).to.contain('It contains letters, but an authenticator-app code has digits only.');
    });

    it('checks grid answers against 6 characters, keeping case', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="grid"></auth-code-explainer>`));
      await type(el, 'aB3 x9Q');
      expect(findings(el)).to.contain('This looks like a grid-card answer.');
      expect(findings(el)).to.contain('type aB3x9Q');
    });

    it('notices Caps Lock from key events', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="backup"></auth-code-explainer>`));
      const input = $<HTMLInputElement>(el, '#code')!;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', modifierCapsLock: true, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(findings(el)).to.contain('Caps Lock is on.');
      input.dispatchEvent(new KeyboardEvent('keyup', { key: 'A', modifierCapsLock: false, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(findings(el)).to.equal('');
    });

    it('never sends the code anywhere: the only request is the clock check, before and after typing', async () => {
      // Every way a page sends data, recorded: fetch, XMLHttpRequest, sendBeacon. The explainer
      // is given a time-url, so it does make a request (the clock check): the spies see it.
      const sent: { via: string; url: string; method: string; body: string }[] = [];
      const bodyText = (body: unknown): string =>
        body === undefined || body === null
          ? ''
          : typeof body === 'string' || body instanceof URLSearchParams
            ? String(body)
            : `[${Object.prototype.toString.call(body)}]`;
      const fetch = window.fetch;
      const open = XMLHttpRequest.prototype.open;
      const send = XMLHttpRequest.prototype.send;
      const sendBeacon = navigator.sendBeacon;
      const xhr = new WeakMap<XMLHttpRequest, { method: string; url: string }>();
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const request = input instanceof Request ? input : undefined;
        sent.push({
          via: 'fetch',
          url: input instanceof Request ? input.url : String(input),
          method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
          body: bodyText(init?.body),
        });
        return fetch(input, init);
      };
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
        xhr.set(this, { method: method.toUpperCase(), url: String(url) });
        return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
      };
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        sent.push({ via: 'xhr', ...(xhr.get(this) ?? { method: '?', url: '?' }), body: bodyText(body) });
        return send.call(this, body);
      };
      navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
        sent.push({ via: 'beacon', url: String(url), method: 'POST', body: bodyText(data) });
        return sendBeacon.call(navigator, url, data);
      };
      try {
        const el = await explainerReady(
          await fixture<El>(html`<auth-code-explainer lang="en" time-url="/test-api/time?offset=0"></auth-code-explainer>`),
        );
        await waitUntil(() => $(el, '[part=clock].fine'), `clock: ${text($(el, '[part=clock]'))}`, { timeout: 5000 });
        const clockCheck = sent.map(({ via, url, method }) => `${via} ${method} ${new URL(url, location.href).pathname}`);
        expect(clockCheck, 'the clock check, seen by the spies').to.deep.equal(['fetch HEAD /test-api/time']);
        await type(el, '654321');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => findings(el) === 'This looks like an authenticator-app code.', findings(el), { timeout: 5000 });
        // Past the pause (800 ms) after which the check speaks of what was typed, then leaving the
        // field: every moment the explainer acts on the code has passed. (Waiting for nothing to
        // happen needs a bound; the clock check above proves the spies see a request.)
        await new Promise((resolve) => setTimeout(resolve, 1500));
        $<HTMLInputElement>(el, '#code')!.blur();
        await el.updateComplete;
        for (const request of sent) {
          expect(`${decodeURIComponent(request.url)} ${request.body}`, `${request.via} ${request.method} ${request.url}`).to.not.match(
            /6\s*5\s*4\s*3\s*2\s*1/,
          );
        }
        expect(sent.length, 'no request after typing').to.equal(clockCheck.length);
        expect($(el, 'form')).to.equal(null);
      } finally {
        window.fetch = fetch;
        XMLHttpRequest.prototype.open = open;
        XMLHttpRequest.prototype.send = send;
        navigator.sendBeacon = sendBeacon;
      }
    });
  });

  describe('keyboard', () => {
    it('switches methods with the arrow keys on the tabs and reaches the field by Tab', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="all"></auth-code-explainer>`));
      const tabs = $$(el, '[role=tab]');
      expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
      tabs[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('tab-grid');
      expect(text($(el, '[role=tabpanel] h3'))).to.equal('Printed grid card (乱数表)');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('tab-backup');
      for (let i = 0; i < 10 && focused(el)?.id !== 'code'; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('code');
    });
  });

  describe('localization', () => {
    it('explains in Japanese', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="ja" method="grid"></auth-code-explainer>`));
      expect(text($(el, 'h3'))).to.equal('乱数表（印刷されたカード）');
      await type(el, 'ａＢ３');
      expect(findings(el)).to.contain('全角文字で入力されています。');
      expect(findings(el)).to.contain('3 文字あります。乱数表の答えは 6 文字です。');
    });
  });

  describe('a11y', () => {
    it('is accessible for each method, with findings, and with every tab', async () => {
      for (const method of ['totp', 'grid', 'backup', 'all']) {
        const el = await explainerReady(
          await fixture<El>(html`<auth-code-explainer lang="en" method=${method} server-time=${String(Date.now())}></auth-code-explainer>`),
        );
        await expect(el).to.be.accessible();
        await type(el, '１２ab');
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('inside <login-help-flow>', () => {
    it("embeds the explainer on auth-code steps, with the step's method and the guide's language", async () => {
      const flow = await fixture<LoginHelpFlow>(
        html`<login-help-flow lang="ja" persist="none" start="auth-code-unknown"></login-help-flow>`,
      );
      await waitUntil(() => $(flow, 'auth-code-explainer'), 'no explainer', { timeout: 5000 });
      const explainer = await explainerReady($<El>(flow, 'auth-code-explainer')!);
      expect(explainer.method).to.equal('all');
      expect(explainer.getAttribute('lang')).to.equal('ja');
      expect(text($(explainer, '[role=tab]'))).to.equal('認証アプリ');
      await expect(flow).to.be.accessible();
    });
  });

  describe('view="check"', () => {
    it('shows the code check alone, in a tab panel per method: no explanation, no sample, no advice block', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" view="check"></auth-code-explainer>`));
      expect($(el, '[part=sample]') === null, 'no TOTP sample').to.equal(true);
      expect($(el, '[part=still-rejected]') === null, 'no advice block').to.equal(true);
      expect($(el, '[role=tabpanel] #code') !== null, 'the check is in the tab panel').to.equal(true);
      await type(el, '１２３４５６');
      expect(findings(el)).to.contain('It is typed in full-width characters.');
      await expect(el).to.be.accessible();
    });
  });

  describe('error="code-invalid" in the guide', () => {
    it('lands on the step that checks the rejected code (full-width, length, case)', async () => {
      const guide = await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" persist="none" error="code-invalid"></login-help-flow>`);
      await waitUntil(() => $(guide, 'auth-code-explainer'), 'no explainer on the code-invalid step', { timeout: 5000 });
      const el = await explainerReady($<El>(guide, 'auth-code-explainer')!);
      expect(el.view).to.equal('check');
      await type(el, 'ab12cd');
      expect(findings(el)).to.contain('letters');
      await expect(guide).to.be.accessible();
    });
  });
});
