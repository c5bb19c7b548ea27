import { fixture, html, expect, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { LOGIN_ERROR_CODES, parseFlow, resolveText } from '../src/flow/index.js';
import type { FlowDefinition } from '../src/flow/index.js';
import type { LoginHelpErrorDetail } from '../src/elements/shared/events.js';
import small from './fixtures/small-flow.json';
import defaultJson from '../src/flows/default.json';
import { $, $$, focused, text } from './support/dom.js';
import { choiceButton, clearHash, flowReady, heading, headingIs, tabTo } from './support/flow-fixture.js';

const defaultFlow = (parseFlow(defaultJson) as { ok: true; flow: FlowDefinition }).flow;
const titleOf = (id: string, lang = 'en') => resolveText(defaultFlow.steps.find((s) => s.id === id)!.title, lang);
const copy = <T>(value: T): T => structuredClone(value);

afterEach(clearHash);

describe('<login-help-flow>', () => {
  describe('rendering', () => {
    it('renders the first step of the built-in default flow', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en"></login-help-flow>`));
      expect(heading(el)).to.equal(titleOf('before-you-start'));
      expect($$(el, 'button.choice').length).to.be.greaterThan(1);
    });

    // Only the codes whose step is not where the guide starts anyway: `unknown` maps to the start
    // step in the built-in flow, so it is tested with a flow of its own below.
    for (const code of LOGIN_ERROR_CODES.filter((code) => defaultFlow.errors![code] !== defaultFlow.start)) {
      it(`starts at the step of error="${code}"`, async () => {
        const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" error=${code}></login-help-flow>`));
        expect(heading(el)).to.equal(titleOf(defaultFlow.errors![code]!));
      });
    }

    describe('error="unknown" in a flow that maps it away from the start step', () => {
      const unsure = {
        version: 1,
        id: 'unsure',
        start: 'hello',
        errors: { unknown: 'what-did-it-say' },
        steps: [
          { id: 'hello', kind: 'choice', title: 'Hello', choices: [{ label: 'Go on', next: 'what-did-it-say' }] },
          {
            id: 'what-did-it-say',
            kind: 'checklist',
            title: 'What did the login page say?',
            items: ['Read the message again'],
            next: 'done',
          },
          { id: 'done', kind: 'resolved', title: 'Solved' },
        ],
      };

      for (const error of ['unknown', 'no-such-code']) {
        it(`error="${error}" starts at unknown's step and reports error "unknown"`, async () => {
          const el = await flowReady(
            await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" error=${error} .flow=${copy(unsure)}></login-help-flow>`),
          );
          expect(heading(el)).to.equal('What did the login page say?');
          expect(el.currentStep?.id).to.equal('what-did-it-say');
          expect([...el.path]).to.deep.equal(['what-did-it-say']);
          setTimeout(() => $<HTMLButtonElement>(el, '[part=next]')!.click());
          const { detail } = await oneEvent(el, 'login-help-resolved');
          expect(detail).to.deep.equal({ step: 'done', outcome: 'resolved', path: ['what-did-it-say', 'done'], error: 'unknown' });
        });
      }

      it('without error, the same flow starts at its start step and reports no error', async () => {
        const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${copy(unsure)}></login-help-flow>`));
        expect(heading(el)).to.equal('Hello');
        setTimeout(() => choiceButton(el, 'Go on').click());
        await oneEvent(el, 'login-help-navigate');
        await el.updateComplete;
        setTimeout(() => $<HTMLButtonElement>(el, '[part=next]')!.click());
        const { detail } = await oneEvent(el, 'login-help-resolved');
        expect(detail).to.deep.equal({ step: 'done', outcome: 'resolved', path: ['hello', 'what-did-it-say', 'done'] });
      });
    });

    it('renders flow text as text, never as HTML', async () => {
      const flow = copy(small) as any;
      flow.steps[0].title = { ja: '<img src=x onerror="window.__xss=1">', en: '<img src=x onerror="window.__xss=1">' };
      flow.steps[0].body = [{ ja: '<b>bold</b>', en: '<script>window.__xss=1</script>' }];
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${flow}></login-help-flow>`));
      expect(heading(el)).to.equal('<img src=x onerror="window.__xss=1">');
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'script')).to.equal(null);
      expect((window as any).__xss).to.equal(undefined);
    });

    it('opens links that leave the site in a new tab without opener or referrer', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="locked" .flow=${small}></login-help-flow>`),
      );
      const [external, internal] = $$<HTMLAnchorElement>(el, '.links a');
      expect(external!.getAttribute('href')).to.equal('https://help.example.org/lock');
      expect(external!.target).to.equal('_blank');
      expect(external!.rel).to.equal('noopener noreferrer');
      expect(text(external)).to.contain('(opens in a new tab)');
      expect(internal!.getAttribute('href')).to.equal('/settings');
      expect(internal!.hasAttribute('target')).to.equal(false);
    });

    it('renders a checklist as a list to read, without checkboxes', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="locked" .flow=${small}></login-help-flow>`),
      );
      expect($$(el, '[part=checklist] li').map(text)).to.deep.equal(['Wait 1 hour', 'Try again']);
      expect($$(el, '[part=checklist] input').length).to.equal(0);
    });

    it("links contact steps to the flow's contact form, or the element's contact-url", async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="contact" .flow=${small}></login-help-flow>`),
      );
      expect($<HTMLAnchorElement>(el, '.contact a')!.href).to.equal('https://support.example.com/contact');
      const own = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="en" error="other-problem" start="other-contact" contact-url="/contact"></login-help-flow>`,
        ),
      );
      expect($<HTMLAnchorElement>(own, '.contact a')!.getAttribute('href')).to.equal('/contact');
      const none = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="other-contact"></login-help-flow>`));
      expect($(none, '.contact a')).to.equal(null);
      expect(text($(none, '.contact'))).to.equal("Send this through the site's contact form.");
    });

    it('shows the request slot on request steps with guidance by default, hidden elsewhere', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="en" start="password-reissue-request"><a slot="request" href="/my-form">My form</a></login-help-flow>`,
        ),
      );
      const slot = $<HTMLSlotElement>(el, 'slot[name=request]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('My form');
      expect(slot.parentElement!.hidden).to.equal(false);
      expect($<HTMLSlotElement>(el, 'slot[name=auth-code]')!.parentElement!.hidden).to.equal(true);
    });

    it('embeds the request form on request steps, pre-filled with what the guide learned', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow
            lang="en"
            error="invalid-credentials"
            username="taro123"
            request-action="/api/requests"
            contact-url="/contact"
          ></login-help-flow>`,
        ),
      );
      choiceButton(
        el,
        resolveText(
          defaultFlow.steps.find((s) => s.id === 'error-invalid-credentials')!.choices!.find((c) => c.next === 'forgot-password')!.label,
          'en',
        ),
      ).click();
      await headingIs(el, titleOf('forgot-password'));
      choiceButton(el, 'Continue to the request').click();
      await headingIs(el, titleOf('password-reissue-request'));
      await waitUntil(() => $(el, 'recovery-request-form')?.shadowRoot?.querySelector('form'), 'no request form', { timeout: 5000 });
      const embedded = $(el, 'recovery-request-form') as HTMLElement & {
        template: string;
        action?: string;
        flow?: { path: string[]; error?: string };
      };
      expect(embedded.template).to.equal('password-reissue');
      expect(embedded.getAttribute('action')).to.equal('/api/requests');
      expect(embedded.getAttribute('heading-level')).to.equal('3');
      expect(embedded.flow!.path).to.deep.equal(['error-invalid-credentials', 'forgot-password', 'password-reissue-request']);
      expect(embedded.flow!.error).to.equal('invalid-credentials');
      expect(embedded.shadowRoot!.querySelector<HTMLInputElement>('#field-username')!.value).to.equal('taro123');
    });
  });

  describe('properties', () => {
    it('loads a definition from src', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" src="/test-api/flow"></login-help-flow>`));
      expect(heading(el)).to.equal('What happened?');
    });

    it('prefers the flow property to src', async () => {
      const flow = copy(small) as any;
      flow.steps[0].title = 'From the property';
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" src="/test-api/flow" .flow=${flow}></login-help-flow>`),
      );
      expect(heading(el)).to.equal('From the property');
    });

    it('restarts at the new step when error or start changes', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" error="locked"></login-help-flow>`));
      el.error = 'system-error';
      await headingIs(el, titleOf('error-system'));
      el.start = 'choose-problem';
      await headingIs(el, titleOf('choose-problem'));
    });

    it('counts down to retry-at in words and clock time, then says the user can try again', async () => {
      let now = Date.parse('2026-11-29T10:00:00Z');
      const retryAt = new Date(now + 3_725_000).toISOString();
      const el = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="en" error="locked" retry-at=${retryAt} .clock=${() => now}></login-help-flow>`,
        ),
      );
      const countdown = () => text($(el, '[part=countdown]'));
      const clock = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(now + 3_725_000));
      expect(countdown()).to.contain(`You can try again in 1 hour 2 minutes 5 seconds (at ${clock}).`);
      expect($(el, '[role=timer]')).to.exist;
      now += 3_600_000;
      await waitUntil(() => countdown().includes('in 2 minutes 5 seconds'), countdown(), { timeout: 3000 });
      now += 125_000;
      await waitUntil(() => countdown() === 'You can try to log in again now.', countdown(), { timeout: 3000 });
      expect(text($(el, '[role=status]'))).to.equal('You can try to log in again now.');
    });

    it('counts down in Japanese', async () => {
      const now = Date.parse('2026-11-29T10:00:00Z');
      const el = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="ja" error="locked" retry-at=${String(now + 65_000)} .clock=${() => now}></login-help-flow>`,
        ),
      );
      expect(text($(el, '[part=countdown]'))).to.contain('あと 1 分5 秒で、もう一度ログインできます');
    });

    describe('username diagnostics', () => {
      const diagnostics = (el: LoginHelpFlow) => text($(el, '[part=diagnostics]'));

      it('finds full-width characters and offers the half-width form in one click', async () => {
        const el = await flowReady(
          await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" username="ｔａｒｏ１２３"></login-help-flow>`),
        );
        expect(diagnostics(el)).to.contain('It contains full-width characters.');
        const use = $<HTMLButtonElement>(el, '[part=use-suggestion]')!;
        expect(text(use)).to.equal('Use taro123');
        setTimeout(() => use.click());
        const event = await oneEvent(el, 'login-help-username-fix');
        expect(event.detail).to.deep.equal({ original: 'ｔａｒｏ１２３', username: 'taro123' });
        expect(event.bubbles && event.composed).to.equal(true);
        await el.updateComplete;
        expect(diagnostics(el)).to.contain('Username set to taro123. The username you typed, taro123, fits the rules');
      });

      it('reports a 21-character name', async () => {
        const el = await flowReady(
          await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" username=${'a'.repeat(21)}></login-help-flow>`),
        );
        expect(diagnostics(el)).to.contain('It is 21 characters long; a username has at most 20.');
        expect($(el, '[part=use-suggestion]')).to.equal(null);
      });

      it('reports an e-mail address', async () => {
        const el = await flowReady(
          await fixture<LoginHelpFlow>(
            html`<login-help-flow lang="en" error="invalid-credentials" username="taro@example.com"></login-help-flow>`,
          ),
        );
        expect(diagnostics(el)).to.contain('This looks like an e-mail address.');
      });

      it('reports spaces, in Japanese too', async () => {
        const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja" username="taro 123"></login-help-flow>`));
        expect(diagnostics(el)).to.contain('空白が含まれています。');
        expect(text($(el, '[part=use-suggestion]'))).to.equal('taro123 を使う');
      });
    });
  });

  describe('events', () => {
    it('fires login-help-navigate with from, to, path and action on each move', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${small}></login-help-flow>`));
      setTimeout(() => choiceButton(el, 'I am locked out').click());
      const { detail, bubbles, composed } = await oneEvent(el, 'login-help-navigate');
      expect(detail).to.deep.equal({ from: 'hello', to: 'locked', path: ['hello', 'locked'], action: 'choose' });
      expect(bubbles && composed).to.equal(true);
      await el.updateComplete;
      setTimeout(() => $<HTMLButtonElement>(el, '[part=back]')!.click());
      expect((await oneEvent(el, 'login-help-navigate')).detail).to.deep.equal({
        from: 'locked',
        to: 'hello',
        path: ['hello'],
        action: 'back',
      });
    });

    it('fires each event under its name now and, just before, under its name from before the convention', async () => {
      const seen: [string, unknown][] = [];
      const names = [
        'login-help-navigate',
        'login-help-navigated',
        'login-help-error',
        'login-help-failed',
        'login-help-username-fix',
        'login-help-username-fixed',
      ];
      const el = await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" username="ｔａｒｏ"></login-help-flow>`);
      for (const name of names) el.addEventListener(name, (event) => seen.push([name, (event as CustomEvent).detail]));
      await flowReady(el);
      await waitUntil(() => $(el, '[part=use-suggestion]'));
      $<HTMLButtonElement>(el, '[part=use-suggestion]')!.click();
      await el.updateComplete;
      $$<HTMLButtonElement>(el, 'button.choice')[1]!.click(); // the built-in start step's second choice leads to choose-problem
      await el.updateComplete;
      el.flow = { nonsense: true };
      await waitUntil(() => seen.some(([name]) => name === 'login-help-failed'));
      expect(seen.map(([name]) => name)).to.deep.equal(names.slice(4).concat(names.slice(0, 4)));
      for (let i = 0; i < seen.length; i += 2) expect(seen[i]![1]).to.equal(seen[i + 1]![1]);
      expect(seen[1]![1]).to.deep.equal({ original: 'ｔａｒｏ', username: 'taro' });
      expect((seen[3]![1] as { to: string }).to).to.equal('choose-problem');
      expect((seen[5]![1] as { errors: unknown[] }).errors.length).to.be.greaterThan(0);
    });

    it('fires login-help-resolved with the outcome at an end step', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" error="locked" .flow=${small}></login-help-flow>`),
      );
      setTimeout(() => $<HTMLButtonElement>(el, '[part=next]')!.click());
      const { detail } = await oneEvent(el, 'login-help-resolved');
      expect(detail).to.deep.equal({ step: 'done', outcome: 'resolved', path: ['locked', 'done'], error: 'locked' });
    });

    it('fires no event for changes the page makes', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en"></login-help-flow>`));
      const seen: string[] = [];
      for (const type of ['login-help-navigate', 'login-help-resolved', 'login-help-error'])
        el.addEventListener(type, () => seen.push(type));
      el.error = 'locked';
      await headingIs(el, titleOf('account-locked'));
      el.start = 'logged-in';
      await headingIs(el, titleOf('logged-in'));
      expect(seen).to.deep.equal([]);
    });
  });

  describe('navigation', () => {
    it('goes back, restarts and jumps back through the breadcrumb', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en"></login-help-flow>`));
      expect($(el, '[part=breadcrumb]')).to.equal(null);
      choiceButton(el, resolveText(defaultFlow.steps[0]!.choices![1]!.label, 'en')).click();
      await headingIs(el, titleOf('choose-problem'));
      choiceButton(el, resolveText(defaultFlow.steps.find((s) => s.id === 'choose-problem')!.choices![0]!.label, 'en')).click();
      await headingIs(el, titleOf('forgot-password'));
      const crumbs = $$(el, '[part=breadcrumb] li');
      expect(crumbs.map(text)).to.deep.equal([titleOf('before-you-start'), titleOf('choose-problem'), titleOf('forgot-password')]);
      expect(crumbs[2]!.getAttribute('aria-current')).to.equal('step');
      crumbs[1]!.querySelector('button')!.click();
      await headingIs(el, titleOf('choose-problem'));
      $<HTMLButtonElement>(el, '[part=back]')!.click();
      await headingIs(el, titleOf('before-you-start'));
      expect($(el, '[part=back]')).to.equal(null);
      choiceButton(el, resolveText(defaultFlow.steps[0]!.choices![1]!.label, 'en')).click();
      await headingIs(el, titleOf('choose-problem'));
      $<HTMLButtonElement>(el, '[part=restart]')!.click();
      await headingIs(el, titleOf('before-you-start'));
    });

    it('keeps the path in the URL hash and restores it after a reload', async () => {
      history.replaceState(null, '', '#other=1');
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${small}></login-help-flow>`));
      choiceButton(el, 'I am locked out').click();
      await headingIs(el, 'Login is locked');
      expect(location.hash).to.equal('#other=1&lhf=hello.locked');
      el.remove();
      const reloaded = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${small}></login-help-flow>`));
      expect(heading(reloaded)).to.equal('Login is locked');
      expect(reloaded.path).to.deep.equal(['hello', 'locked']);
      $<HTMLButtonElement>(reloaded, '[part=restart]')!.click();
      await headingIs(reloaded, 'What happened?');
      expect(location.hash).to.equal('#other=1');
    });

    it('ignores a saved path from another entry step, and persist="none" keeps nothing', async () => {
      history.replaceState(null, '', '#lhf=hello.locked');
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="contact" .flow=${small}></login-help-flow>`),
      );
      expect(heading(el)).to.equal('Contact support');
      clearHash();
      const none = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" persist="none" .flow=${small}></login-help-flow>`),
      );
      choiceButton(none, 'I am locked out').click();
      await headingIs(none, 'Login is locked');
      expect(location.hash).to.equal('');
    });
  });

  describe('keyboard', () => {
    it('walks a whole path with the keyboard alone; focus lands on each new heading', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en"></login-help-flow>`));
      const steps = ['before-you-start', 'choose-problem', 'forgot-password', 'password-reissue-request'];
      for (let i = 0; i < steps.length - 1; i++) {
        const step = defaultFlow.steps.find((s) => s.id === steps[i])!;
        const choiceIndex = step.choices?.findIndex((c) => c.next === steps[i + 1]) ?? -1;
        const label = choiceIndex >= 0 ? resolveText(step.choices![choiceIndex]!.label, 'en') : undefined;
        const target = await tabTo(el, (node) =>
          label ? text(node.querySelector('.choice-label')) === label : node.getAttribute('part') === 'next',
        );
        await sendKeys({ press: i % 2 ? 'Space' : 'Enter' });
        await headingIs(el, titleOf(steps[i + 1]!));
        await el.updateComplete;
        expect(focused(el)?.tagName, `focus after ${target.textContent}`).to.equal('H2');
        // The focused heading announces the step: the live region does not repeat it.
        expect(text($(el, '[role=status]'))).to.equal('');
      }
      await tabTo(el, (node) => node.getAttribute('part') === 'back');
      await sendKeys({ press: 'Enter' });
      await headingIs(el, titleOf('forgot-password'));
      expect(focused(el)?.tagName).to.equal('H2');
    });
  });

  describe('localization', () => {
    it('renders UI text and flow content in Japanese', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja" error="system-error"></login-help-flow>`));
      expect(heading(el)).to.equal(titleOf('error-system', 'ja'));
      await tabTo(el, (node) => node.classList.contains('choice'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part=back]'), undefined, { timeout: 5000 });
      expect(text($(el, '[part=back]'))).to.equal('戻る');
      expect(text($(el, '[part=restart]'))).to.equal('最初からやり直す');
    });

    it('switches both UI text and flow content when lang changes at run time', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="forgot-password"></login-help-flow>`));
      expect(text($(el, '[part=cautions] .notice-title'))).to.equal('Before you continue');
      el.lang = 'ja';
      await headingIs(el, titleOf('forgot-password', 'ja'));
      await waitUntil(() => text($(el, '[part=cautions] .notice-title')) === '先にご確認ください', undefined, { timeout: 5000 });
      el.lang = 'en';
      await headingIs(el, titleOf('forgot-password', 'en'));
      await waitUntil(() => text($(el, '[part=cautions] .notice-title')) === 'Before you continue', undefined, { timeout: 5000 });
    });

    // These render into a plain element of their own (not through `fixture`, which waits for an
    // animation frame on non-Lit roots: frames do not come to a page running in the background).
    async function inWrapper(lang: string | undefined, template: unknown): Promise<HTMLDivElement> {
      const wrapper = document.createElement('div');
      if (lang) wrapper.lang = lang;
      document.body.append(wrapper);
      render(template, wrapper);
      wrappers.push(wrapper);
      return wrapper;
    }
    const wrappers: HTMLElement[] = [];
    afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));

    it('shows two guides in two languages on one page', async () => {
      const wrapper = await inWrapper(
        undefined,
        html`<login-help-flow lang="ja" persist="none"></login-help-flow><login-help-flow lang="en" persist="none"></login-help-flow>`,
      );
      const [ja, en] = [...wrapper.querySelectorAll('login-help-flow')];
      await flowReady(ja!);
      await flowReady(en!);
      expect(heading(ja!)).to.equal(titleOf('before-you-start', 'ja'));
      expect(heading(en!)).to.equal(titleOf('before-you-start', 'en'));
    });

    it("follows the nearest ancestor's lang", async () => {
      const wrapper = await inWrapper('ja', html`<login-help-flow></login-help-flow>`);
      const el = await flowReady(wrapper.querySelector('login-help-flow')!);
      expect(heading(el)).to.equal(titleOf('before-you-start', 'ja'));
    });
  });

  describe('bad definitions', () => {
    let pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => pageErrors.push('reason' in event ? event.reason : event.error);
    beforeEach(() => {
      pageErrors = [];
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      expect(pageErrors, 'no exception reaches the page').to.deep.equal([]);
    });

    const broken: [string, (flow: any) => void, { path: string; rule: string }[]][] = [
      ['schema', (f) => (f.steps[0].kind = 'choise'), [{ path: 'steps[0].kind', rule: 'schema' }]],
      ['unknown-step', (f) => (f.steps[0].choices[0].next = 'lockd'), [{ path: 'steps[0].choices[0].next', rule: 'unknown-step' }]],
      [
        'unreachable-step',
        (f) => f.steps.push({ id: 'lost', kind: 'resolved', title: { ja: '迷子', en: 'Lost' } }),
        [{ path: 'steps[4]', rule: 'unreachable-step' }],
      ],
      ['duplicate-id', (f) => f.steps.push({ ...f.steps[3] }), [{ path: 'steps[4].id', rule: 'duplicate-id' }]],
      [
        'unknown-template',
        (f) => (f.steps[2] = { id: 'contact', kind: 'request', template: 'nope', title: { ja: 'x', en: 'x' } }),
        [{ path: 'steps[2].template', rule: 'unknown-template' }],
      ],
      [
        'bad-link-scheme',
        (f) => (f.steps[1].links[0].href = 'javascript:alert(1)'),
        [{ path: 'steps[1].links[0].href', rule: 'bad-link-scheme' }],
      ],
    ];
    for (const [name, breakIt, expected] of broken) {
      it(`shows the error state and fires login-help-error for ${name}`, async () => {
        const flow = copy(small);
        breakIt(flow);
        const el = await fixture<LoginHelpFlow>(html`<login-help-flow lang="en"></login-help-flow>`);
        setTimeout(() => (el.flow = flow));
        const { detail } = await oneEvent<CustomEvent<LoginHelpErrorDetail>>(el, 'login-help-error');
        expect(detail.errors.map(({ path, rule }) => ({ path, rule }))).to.deep.equal(expected);
        expect(detail.errors.every((e) => e.message.length > 10)).to.equal(true);
        await flowReady(el);
        expect(heading(el)).to.equal('This help guide could not be shown');
        const listed = $$(el, '[part=problems] li').map(text);
        expect(listed).to.deep.equal(detail.errors.map((e) => `${e.path} ${e.message}`));
        expect(text($(el, '[role=status]'))).to.equal('This help guide could not be shown');
      });
    }

    it('shows the error state in Japanese with Japanese messages', async () => {
      const flow = copy(small) as any;
      flow.steps[0].choices[0].next = 'lockd';
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja" .flow=${flow}></login-help-flow>`));
      expect(heading(el)).to.equal('このヘルプを表示できませんでした');
      expect(text($(el, '[part=problems] li'))).to.contain('ステップ `lockd` がありません');
    });

    it('reports a src that cannot be fetched or is not JSON', async () => {
      const missing = await fixture<LoginHelpFlow>(html`<login-help-flow lang="en"></login-help-flow>`);
      setTimeout(() => (missing.src = '/test-api/missing'));
      const [fetchFailed] = (await oneEvent(missing, 'login-help-error')).detail.errors;
      expect(fetchFailed!.message).to.contain('(HTTP 404)');
      expect(fetchFailed!.rule).to.equal('fetch-failed');
      const notJson = await fixture<LoginHelpFlow>(html`<login-help-flow lang="en"></login-help-flow>`);
      setTimeout(() => (notJson.src = '/test-api/not-json'));
      expect((await oneEvent(notJson, 'login-help-error')).detail.errors[0]!.rule).to.equal('invalid-json');
    });

    it('recovers when a good definition replaces a bad one', async () => {
      const flow = copy(small) as any;
      flow.version = 'one';
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${flow}></login-help-flow>`));
      expect(heading(el)).to.equal('This help guide could not be shown');
      el.flow = small;
      await headingIs(el, 'What happened?');
      await aTimeout(0);
    });
  });

  describe('registration', () => {
    it('warns instead of throwing when another copy already holds the tag', async () => {
      const { defineElement } = await import('../src/elements/shared/define-element.js');
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        defineElement('login-help-flow', class extends HTMLElement {});
        defineElement('login-help-flow', customElements.get('login-help-flow')!);
      } finally {
        console.warn = warn;
      }
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('<login-help-flow> is already defined by another copy');
    });
  });

  describe('a11y', () => {
    it('is accessible: first step, countdown, lock ended, diagnostics, checklist and the error state', async () => {
      const now = Date.now();
      const states = [
        html`<login-help-flow lang="en"></login-help-flow>`,
        html`<login-help-flow lang="ja" error="locked" retry-at=${new Date(now + 3_000_000).toISOString()}></login-help-flow>`,
        html`<login-help-flow lang="ja" error="locked" retry-at=${new Date(now - 60_000).toISOString()}></login-help-flow>`,
        html`<login-help-flow lang="en" error="invalid-credentials" username=${'ｔａｒｏ\u3000１２３'}></login-help-flow>`,
        html`<login-help-flow lang="en" start="locked" username="taro123" .flow=${small}></login-help-flow>`,
        html`<login-help-flow lang="en" .flow=${{ version: 1 }}></login-help-flow>`,
      ];
      for (const template of states) {
        const el = await flowReady(await fixture<LoginHelpFlow>(template));
        await expect(el).to.be.accessible();
      }
    });
  });
});
