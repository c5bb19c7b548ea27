import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/auth-code-explainer.js';
import type { AuthCodeExplainer } from '../src/elements/auth-code-explainer/auth-code-explainer.js';
import { $, $$, explainerReady, text } from './support/dom.js';

// What a screen-reader user hears from the code check: its live region speaks once per settled
// state (a pause in typing, leaving the field, Enter), never at each key; a suggested value is
// spoken once.

type El = AuthCodeExplainer;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the pause after which the check speaks. */
const PAUSE = 1300;

/** The live regions after the code field (the check's announcements; not the clock's alert above it). */
function liveRegions(el: El): HTMLElement[] {
  const input = $(el, '#code')!;
  return $$(el, '[aria-live], [role=status], [role=alert], [role=log]').filter(
    (node) => node.getAttribute('aria-live') !== 'off' && !!(input.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
}
const announced = (el: El) => liveRegions(el).map(text).join(' ').trim();

/** Records each change of what the live regions say, from now on. */
function listen(el: El): { changes: string[]; stop(): void } {
  const changes: string[] = [];
  // Compared raw: a no-break space added to say the same words again is a change.
  const raw = () =>
    liveRegions(el)
      .map((node) => node.textContent ?? '')
      .join('\n');
  let last = raw();
  const observer = new MutationObserver(() => {
    const now = raw();
    if (now === last) return;
    last = now;
    changes.push(announced(el));
  });
  observer.observe(el.shadowRoot!, { childList: true, characterData: true, subtree: true, attributes: true });
  return { changes, stop: () => observer.disconnect() };
}

/** The text a screen reader reads for a subtree (aria-hidden skipped, aria-label instead of content). */
function spoken(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  const label = node.getAttribute('aria-label');
  if (label) return ` ${label} `;
  return ` ${[...node.childNodes].map(spoken).join('')} `;
}
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

async function focusField(el: El): Promise<HTMLInputElement> {
  const input = $<HTMLInputElement>(el, '#code')!;
  input.focus();
  return input;
}

describe('<auth-code-explainer> code check, as heard', () => {
  describe('a11y: one announcement per settled state', () => {
    it('typing a 6-digit code one key at a time says nothing until the pause, then the verdict once', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="totp"></auth-code-explainer>`));
      await focusField(el);
      expect(liveRegions(el).length, 'the check has a live region').to.be.greaterThan(0);
      const heard = listen(el);
      await sendKeys({ type: '123456' });
      await el.updateComplete;
      const duringTyping = [...heard.changes];
      // The visible findings follow each key as before.
      expect(text($(el, '[part=findings]'))).to.equal('This looks like an authenticator-app code.');
      await sleep(PAUSE);
      await el.updateComplete;
      heard.stop();
      expect(duringTyping, 'nothing is announced while typing').to.deep.equal([]);
      expect(heard.changes, 'the live region changed at most once').to.have.length.at.most(1);
      expect(heard.changes).to.deep.equal(['This looks like an authenticator-app code.']);
      for (const said of heard.changes) {
        expect(said).to.not.match(/^\d{1,5}$|Use \d{1,5}\b|characters;/);
      }
      await expect(el).to.be.accessible();
    });

    it('a length problem is said once typing has paused, not at each character', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="totp"></auth-code-explainer>`));
      await focusField(el);
      const heard = listen(el);
      await sendKeys({ type: '123' });
      await el.updateComplete;
      expect(heard.changes, 'nothing while typing').to.deep.equal([]);
      await sleep(PAUSE);
      await el.updateComplete;
      heard.stop();
      expect(heard.changes).to.deep.equal(['It has 3 characters; an authenticator-app code has 6.']);
      await expect(el).to.be.accessible();
    });

    it('leaving the field or pressing Enter says the verdict at once (no wait for the pause)', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="totp"></auth-code-explainer>`));
      await focusField(el);
      const heard = listen(el);
      await sendKeys({ type: '12345' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heard.changes).to.deep.equal(['It has 5 characters; an authenticator-app code has 6.']);
      await sendKeys({ type: '6' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(heard.changes).to.deep.equal([
        'It has 5 characters; an authenticator-app code has 6.',
        'This looks like an authenticator-app code.',
      ]);
      // The pause that follows has nothing new to say.
      await sleep(PAUSE);
      heard.stop();
      expect(heard.changes).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('Enter on an unchanged code says the same verdict again, in one change', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="totp"></auth-code-explainer>`));
      await focusField(el);
      await sendKeys({ type: '1234' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const heard = listen(el);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      heard.stop();
      expect(heard.changes).to.deep.equal(['It has 4 characters; an authenticator-app code has 6.']);
    });

    it('Caps Lock turned on is said after the pause, once', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="backup"></auth-code-explainer>`));
      const input = await focusField(el);
      const heard = listen(el);
      for (const type of ['keydown', 'keyup', 'keydown']) {
        input.dispatchEvent(new KeyboardEvent(type, { key: 'A', modifierCapsLock: true, bubbles: true, composed: true }));
      }
      await el.updateComplete;
      expect(text($(el, '[part=findings]'))).to.contain('Caps Lock is on.');
      expect(heard.changes).to.deep.equal([]);
      await sleep(PAUSE);
      await el.updateComplete;
      heard.stop();
      expect(heard.changes).to.have.length(1);
      expect(heard.changes[0]).to.contain('Caps Lock is on.');
      await expect(el).to.be.accessible();
    });

    it('the visible findings, which change at each key, are not a live region', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="totp"></auth-code-explainer>`));
      await focusField(el);
      await sendKeys({ type: '１２' });
      await el.updateComplete;
      const visible = $(el, '[part=findings]')!;
      const live = '[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]';
      expect(visible.closest(live)?.outerHTML.slice(0, 60) ?? 'none', 'a live region around the findings').to.equal('none');
      expect(visible.querySelectorAll(live).length, 'live regions inside the findings').to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('a11y: a suggested value is spoken once', () => {
    it('full-width input: the findings say the half-width value once, and the button does not repeat it', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="en" method="totp"></auth-code-explainer>`));
      await focusField(el);
      await sendKeys({ type: '１２３４５６' });
      await el.updateComplete;
      const findings = spoken($(el, '[part=findings]')!).replace(/\s+/g, ' ').trim();
      expect(findings).to.contain('It is typed in full-width characters.');
      expect(occurrences(findings, '123456'), findings).to.equal(1);
      const use = $<HTMLButtonElement>(el, '[part=use-half-width]')!;
      expect(occurrences(spoken(use), '123456'), spoken(use)).to.equal(0);
      expect(text(use)).to.equal('Use this form');
      // What the live region says after the pause names the value once too.
      await sleep(PAUSE);
      await el.updateComplete;
      expect(occurrences(announced(el), '123456'), announced(el)).to.equal(1);
      await expect(el).to.be.accessible();
      use.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#code')!.value).to.equal('123456');
      expect(announced(el)).to.equal('This looks like an authenticator-app code.');
      await expect(el).to.be.accessible();
    });

    it('says it in Japanese: 「この形を使う」', async () => {
      const el = await explainerReady(await fixture<El>(html`<auth-code-explainer lang="ja" method="totp"></auth-code-explainer>`));
      await focusField(el);
      await sendKeys({ type: '１２３４５６' });
      await el.updateComplete;
      expect(text($(el, '[part=use-half-width]'))).to.equal('この形を使う');
      const findings = spoken($(el, '[part=findings]')!);
      expect(occurrences(findings, '123456'), findings).to.equal(1);
      await expect(el).to.be.accessible();
    });
  });
});
