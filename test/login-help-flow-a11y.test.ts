// What a screen-reader user hears in <login-help-flow> (issue "Heard as well as seen"): where focus
// goes, what the live region says and how often, and the names and descriptions controls get.
import { fixture, html, expect, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { parseFlow, resolveText } from '../src/flow/index.js';
import type { FlowDefinition } from '../src/flow/index.js';
import small from './fixtures/small-flow.json';
import defaultJson from '../src/flows/default.json';
import { $, $$, focused, shadow, text } from './support/dom.js';
import { choiceButton, clearHash, flowReady, heading, headingIs, tabTo } from './support/flow-fixture.js';

const defaultFlow = (parseFlow(defaultJson) as { ok: true; flow: FlowDefinition }).flow;
const titleOf = (id: string, lang = 'en') => resolveText(defaultFlow.steps.find((s) => s.id === id)!.title, lang);

afterEach(clearHash);

/** The live region (role=status) of the guide. */
const status = (el: LoginHelpFlow) => $(el, '[role=status]')!;

/**
 * Records what the live region says each time its content changes (one entry per batch of DOM
 * changes, as a screen reader hears a polite region): call the result to read the list so far.
 */
function listen(region: Element): () => string[] {
  const heard: string[] = [];
  const observer = new MutationObserver(() => heard.push(text(region)));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return () => {
    if (observer.takeRecords().length) heard.push(text(region));
    return [...heard];
  };
}

/** Text a screen reader reads for `node`: without `aria-hidden` parts. */
function spokenText(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(spokenText).join('');
}

/** The accessible name of a button, by its ARIA attributes, else its content (aria-hidden parts left out). */
function accessibleName(el: LoginHelpFlow, node: Element): string {
  const ids = node.getAttribute('aria-labelledby');
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => text(shadow(el).getElementById(id)))
      .join(' ')
      .trim();
  const label = node.getAttribute('aria-label');
  if (label) return label.trim();
  return spokenText(node).replace(/\s+/g, ' ').trim();
}

/** The accessible description given by `aria-describedby` ('' when none). */
function accessibleDescription(el: LoginHelpFlow, node: Element): string {
  const ids = node.getAttribute('aria-describedby');
  return ids
    ? ids
        .split(/\s+/)
        .map((id) => text(shadow(el).getElementById(id)))
        .join(' ')
        .trim()
    : '';
}

describe('<login-help-flow> heard as well as seen', () => {
  describe('using the half-width username (item 3)', () => {
    it('moves focus to the username check, which now says the name fits, and says it once', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" username="ｔａｒｏ１２３"></login-help-flow>`),
      );
      await tabTo(el, (node) => node.getAttribute('part') === 'use-suggestion');
      const heard = listen(status(el));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text($(el, '[part=diagnostics]')).includes('fits the rules'), 'the check was not updated', { timeout: 3000 });
      await el.updateComplete;
      const notice = $(el, '[part=diagnostics]')!;
      // (Elements are compared as booleans: a failing comparison of DOM nodes hangs the reporter.)
      expect(
        focused(el) === notice,
        `focus on ${focused(el)?.outerHTML.slice(0, 80) ?? 'the page (body)'}, not on the username check`,
      ).to.equal(true);
      expect(notice.getAttribute('tabindex')).to.equal('-1');
      expect(text(notice)).to.match(/^Username set to taro123\. The username you typed, taro123, fits the rules/);
      await aTimeout(50);
      // Focusing the notice reads it: the live region does not say the same news again.
      expect(heard()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('says it in Japanese', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja" username="taro 123"></login-help-flow>`));
      $<HTMLButtonElement>(el, '[part=use-suggestion]')!.click();
      await waitUntil(() => focused(el)?.getAttribute('part') === 'diagnostics', 'focus not on the check', { timeout: 3000 });
      expect(text(focused(el))).to.contain('ユーザー名を taro123 にしました。');
    });
  });

  describe('step changes (item 6)', () => {
    it('are heard once, from the focused heading: the live region stays silent', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${small}></login-help-flow>`));
      const heard = listen(status(el));
      await tabTo(el, (node) => text(node.querySelector('.choice-label')) === 'I am locked out');
      await sendKeys({ press: 'Enter' });
      await headingIs(el, 'Login is locked');
      await el.updateComplete;
      expect(focused(el)?.tagName).to.equal('H2');
      expect(focused(el)?.id).to.equal($(el, '[part=step]')!.getAttribute('aria-labelledby'));
      await tabTo(el, (node) => node.getAttribute('part') === 'back');
      await sendKeys({ press: 'Enter' });
      await headingIs(el, 'What happened?');
      await el.updateComplete;
      expect(focused(el)?.tagName).to.equal('H2');
      await aTimeout(50);
      expect(heard()).to.deep.equal([]);
    });
  });

  describe('checklist steps (item 8)', () => {
    it('are a list to read, with no checkboxes', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="locked" .flow=${small}></login-help-flow>`),
      );
      const list = $(el, '[part=checklist]')!;
      expect(list.tagName).to.equal('UL');
      expect($$(el, '[part=checklist] > li').map(text)).to.deep.equal(['Wait 1 hour', 'Try again']);
      expect($$(el, 'input, [role=checkbox], label').map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
      // From the heading, Tab goes straight to the step's first link: nothing to tick on the way.
      $(el, 'h2')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.contain('Help centre');
      await expect(el).to.be.accessible();
    });

    it("are a list in the built-in flow's first step", async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja"></login-help-flow>`));
      const items = defaultFlow.steps.find((s) => s.id === 'before-you-start')!.items!;
      expect($$(el, '[part=checklist] > li').map(text)).to.deep.equal(items.map((item) => resolveText(item, 'ja')));
      expect($$(el, 'input').length).to.equal(0);
    });
  });

  describe('the end of a lock (item 9)', () => {
    it('changes the heading and the countdown, and says so once', async () => {
      let now = Date.parse('2026-11-29T10:00:00Z');
      const retryAt = new Date(now + 2_000).toISOString();
      const el = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="en" error="locked" retry-at=${retryAt} .clock=${() => now}></login-help-flow>`,
        ),
      );
      expect(heading(el)).to.equal(titleOf('account-locked'));
      const heard = listen(status(el));
      now += 2_000;
      await headingIs(el, 'You can try to log in again');
      expect(text($(el, '[part=countdown]'))).to.equal('You can try to log in again now.');
      expect($(el, '[part=step]')!.getAttribute('aria-labelledby')).to.equal($(el, 'h2')!.id);
      await aTimeout(1_200);
      expect(heard()).to.deep.equal(['You can try to log in again now.']);
      await expect(el).to.be.accessible();
    });

    it('does not claim the lock is on when retry-at has already passed, in Japanese too', async () => {
      const now = Date.parse('2026-11-29T10:00:00Z');
      const past = new Date(now - 60_000).toISOString();
      const en = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="en" error="locked" retry-at=${past} .clock=${() => now}></login-help-flow>`,
        ),
      );
      expect(heading(en)).to.equal('You can try to log in again');
      const ja = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="ja" error="locked" retry-at=${past} .clock=${() => now}></login-help-flow>`,
        ),
      );
      expect(heading(ja)).to.equal('もう一度ログインをお試しいただけます');
      expect(text($(ja, '[part=countdown]'))).to.equal('もう一度ログインをお試しいただけます。');
      // The flow's own title for the step is kept (the path taken, the request pre-fill).
      const { ja: jaTitle, en: enTitle } = defaultFlow.steps.find((s) => s.id === 'account-locked')!.title as Record<string, string>;
      expect(ja.currentStep!.title).to.include({ ja: jaTitle, en: enTitle });
    });

    it('keeps the title of a step that is not about the lock, and of the lock step while it is on', async () => {
      const now = Date.parse('2026-11-29T10:00:00Z');
      const past = new Date(now - 60_000).toISOString();
      const other = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="en" start="choose-problem" retry-at=${past} .clock=${() => now}></login-help-flow>`,
        ),
      );
      expect(heading(other)).to.equal(titleOf('choose-problem'));
      const on = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow
            lang="en"
            error="locked"
            retry-at=${new Date(now + 60_000).toISOString()}
            .clock=${() => now}
          ></login-help-flow>`,
        ),
      );
      expect(heading(on)).to.equal(titleOf('account-locked'));
    });
  });

  describe('the breadcrumb (item 10a)', () => {
    it('hides its separators from assistive technology', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${small}></login-help-flow>`));
      choiceButton(el, 'I am locked out').click();
      await headingIs(el, 'Login is locked');
      const items = $$(el, '[part=breadcrumb] li');
      expect(items.map((li) => spokenText(li).replace(/\s+/g, ' ').trim())).to.deep.equal(['What happened?', 'Login is locked']);
      for (const li of items) {
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(li, pseudo).content;
          // No generated content, or generated content whose alternative text is empty.
          const silent = content === 'none' || content === 'normal' || /\/\s*""\s*$/.test(content);
          expect(silent, `${pseudo} of "${text(li)}" is heard: ${content}`).to.equal(true);
        }
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('choices with a description (item 10b)', () => {
    it('are named by their label and described by their description', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${small}></login-help-flow>`));
      const described = choiceButton(el, 'Something else');
      expect(accessibleName(el, described)).to.equal('Something else');
      expect(accessibleDescription(el, described)).to.equal('Ask support');
      const plain = choiceButton(el, 'I am locked out');
      expect(accessibleName(el, plain)).to.equal('I am locked out');
      expect(plain.hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("gives every described choice of the built-in flow's step its own description", async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="choose-problem"></login-help-flow>`));
      const step = defaultFlow.steps.find((s) => s.id === 'choose-problem')!;
      const buttons = $$(el, 'button.choice');
      expect(buttons.length).to.equal(step.choices!.length);
      step.choices!.forEach((choice, i) => {
        expect(accessibleName(el, buttons[i]!)).to.equal(resolveText(choice.label, 'en'));
        expect(accessibleDescription(el, buttons[i]!)).to.equal(choice.description ? resolveText(choice.description, 'en') : '');
      });
    });
  });
});
