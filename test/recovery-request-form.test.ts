import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define/recovery-request-form.js';
import { RecoveryRequestForm } from '../src/elements/recovery-request-form/recovery-request-form.js';
import { BodyModule } from '../src/elements/shared/lazy-body.js';
import { DEFAULT_REQUEST_TEMPLATES, findRequestTemplate } from '../src/request/templates.js';
import { requestBody } from '../src/request/body.js';
import type { RequestPayload } from '../src/request/validate.js';
import type { RecoveryRequestFailedDetail, RecoveryRequestSendDetail, RecoveryRequestSentDetail } from '../src/elements/shared/events.js';
import { $, $$, fillFields, focused, formReady, text } from './support/dom.js';

type El = RecoveryRequestForm;

const submit = (el: El) => $<HTMLButtonElement>(el, '[part=submit]')!.click();
const log = async () =>
  (await (await fetch('/test-api/requests/log?bucket=form')).json()) as {
    log: { path: string; key: string; status: number }[];
    accepted: number;
  };
const contactAnswers = { name: 'Taro', email: 'taro@example.com', whatHappened: 'The login page says my account is locked.' };

beforeEach(async () => {
  sessionStorage.clear();
  localStorage.clear();
  await fetch('/test-api/requests/reset?bucket=form', { method: 'POST' });
});

describe('<recovery-request-form>', () => {
  describe('rendering', () => {
    it('shows cautions, the password notice, the fields and the privacy text of the template', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="password-reissue"></recovery-request-form>`),
      );
      expect(text($(el, '[part=title]'))).to.equal('Password reissue request');
      expect(text($(el, '[part=cautions]'))).to.contain('Once the password is reset, the current one stops working.');
      expect(text($(el, '[part=password-notice]'))).to.contain('Never write your password');
      const template = findRequestTemplate('password-reissue')!;
      expect($$(el, '[part=field]').map((f) => f.dataset['field'])).to.deep.equal(['name', 'email', ...template.fields.map((f) => f.id)]);
      expect(text($(el, '[part=privacy]')).length).to.be.greaterThan(20);
    });

    it('shows no privacy paragraph for a template that states none (lookup, contact)', async () => {
      for (const id of ['username-lookup', 'contact']) {
        const el = await formReady(await fixture<El>(html`<recovery-request-form lang="ja" template=${id}></recovery-request-form>`));
        expect($(el, '[part=privacy]'), id).to.equal(null);
        expect(text($(el, '.base')), id).to.not.contain('個人情報');
      }
    });

    it('no field of any template takes a password', async () => {
      for (const template of DEFAULT_REQUEST_TEMPLATES) {
        const el = await formReady(
          await fixture<El>(html`<recovery-request-form lang="en" template=${template.id} username="taro"></recovery-request-form>`),
        );
        expect($$(el, 'input[type=password]'), template.id).to.have.length(0);
        const autocomplete = $$(el, 'input, textarea').map((input) => input.getAttribute('autocomplete'));
        expect(autocomplete, template.id).to.not.include('current-password');
        expect(autocomplete, template.id).to.not.include('new-password');
        expect($$(el, 'label').map(text).join(' '), template.id).to.not.match(/password:|パスワード：/i);
        await expect(el).to.be.accessible();
      }
    });

    it('two-factor-disable without a username explains to log in with the password first', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="two-factor-disable"></recovery-request-form>`),
      );
      expect(text($(el, '[part=login-first]'))).to.contain('Log in with your username and password');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
      el.username = 'taro123';
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#field-username')!.value).to.equal('taro123');
    });

    it('pre-fills what the guide learned: username, error message and path', async () => {
      const flow = { path: ['a', 'b'], titles: ['First checks', 'System error'], error: 'system-error', username: 'taro123' };
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="contact" .flow=${flow}></recovery-request-form>`),
      );
      expect($<HTMLTextAreaElement>(el, '#field-errorMessage')!.value).to.equal('“A system error occurred” was shown');
      expect($<HTMLTextAreaElement>(el, '#field-whatWasTyped')!.value).to.equal('Typed in the username field: taro123');
      expect($<HTMLTextAreaElement>(el, '#field-whatHappened')!.value).to.equal(
        'Steps followed in the login help: First checks › System error',
      );
    });
  });

  describe('validation', () => {
    it('shows field errors in a summary and at the fields, with a one-click fix', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="password-reissue"></recovery-request-form>`),
      );
      await fillFields(el, { name: 'Taro', email: 'taro@example', username: 'ｔａｒｏ１２３' });
      submit(el);
      await waitUntil(() => $(el, '[part=error-summary]'), undefined, { timeout: 5000 });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('error-summary');
      expect($<HTMLInputElement>(el, '#field-username')!.getAttribute('aria-invalid')).to.equal('true');
      const usernameError = $(el, '#field-username-error')!;
      expect(text(usernameError)).to.contain('taro123');
      usernameError.querySelector('button')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#field-username')!.value).to.equal('taro123');
      expect($(el, '#field-username-error')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('"I don\'t know" produces { unknown: true }', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="password-reissue"></recovery-request-form>`),
      );
      await fillFields(el, { name: 'Taro', email: 'taro@example.com', username: 'taro123' });
      for (const box of $$<HTMLInputElement>(el, '[part=unknown]')) {
        const field = box.closest<HTMLElement>('[part=field]')!.dataset['field']!;
        if (field !== 'username' && findRequestTemplate('password-reissue')!.fields.find((f) => f.id === field)!.required) box.click();
      }
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#field-userNumber')!.disabled).to.equal(true);
      el.addEventListener('recovery-request-submit', (event) => event.preventDefault(), { once: true });
      setTimeout(() => submit(el));
      const { detail } = await oneEvent<CustomEvent<RequestPayload>>(el, 'recovery-request-submit');
      expect(detail.fields['userNumber']).to.deep.equal({ unknown: true });
      expect(detail.fields['username']).to.equal('taro123');
      // The exact labels of the site's contact form (its language, whatever the reader's).
      expect(detail.subject).to.equal('パスワード再発行申請');
      expect(detail.inquiryType).to.equal('アカウントへのログインに関するお問い合わせ');
    });
  });

  describe('sending to an endpoint', () => {
    it('posts once with the Idempotency-Key and shows the reference', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form lang="en" template="contact" action="/test-api/requests?bucket=form"></recovery-request-form>`,
        ),
      );
      await fillFields(el, contactAnswers);
      setTimeout(() => submit(el));
      const { detail } = await oneEvent<CustomEvent<RecoveryRequestSentDetail>>(el, 'recovery-request-sent');
      expect(detail.reference).to.equal('REF-1');
      await el.updateComplete;
      expect(text($(el, '[part=sent]'))).to.contain('Reference number: REF-1.');
      expect(focused(el)?.id).to.equal('sent-title');
      const { log: entries, accepted } = await log();
      expect(entries).to.deep.equal([{ path: '/', key: detail.payload.idempotencyKey, status: 201 }]);
      expect(accepted).to.equal(1);
      expect(sessionStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('cancelling recovery-request-send alone posts nothing and leaves the form editable; recovery-request-submit still comes first', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form lang="en" template="contact" action="/test-api/requests?bucket=form"></recovery-request-form>`,
        ),
      );
      await fillFields(el, contactAnswers);
      const heard: string[] = [];
      let submitted: RequestPayload | undefined;
      el.addEventListener('recovery-request-submit', (event) => {
        heard.push(event.type);
        submitted = event.detail;
      });
      el.addEventListener('recovery-request-send', (event) => heard.push(event.type));
      el.addEventListener('recovery-request-send', (event) => event.preventDefault(), { once: true });
      const posted: unknown[] = [];
      const realFetch = window.fetch;
      window.fetch = (...args) => {
        posted.push(args[0]);
        return realFetch(...args);
      };
      try {
        setTimeout(() => submit(el));
        const { detail } = await oneEvent<CustomEvent<RecoveryRequestSendDetail>>(el, 'recovery-request-send');
        expect(detail.via).to.equal('post');
        expect(detail.payload.fields['whatHappened']).to.equal(contactAnswers.whatHappened);
        // The old event: the bare payload, the same one.
        expect(submitted).to.equal(detail.payload);
        expect(submitted).to.not.have.property('payload');
        expect(heard).to.deep.equal(['recovery-request-submit', 'recovery-request-send']);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await el.updateComplete;
        expect(posted).to.deep.equal([]);
      } finally {
        window.fetch = realFetch;
      }
      expect((await log()).log).to.have.length(0);
      expect(text($(el, '[part=sent]'))).to.equal('');
      expect(text($(el, '[part=failure]'))).to.equal('');
      expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('false');
      expect($<HTMLButtonElement>(el, '[part=submit]')!.disabled).to.equal(false);
      expect($<HTMLInputElement>(el, '#field-name')!.value).to.equal('Taro');
      await fillFields(el, { name: 'Taro Yamada' });
      expect($<HTMLInputElement>(el, '#field-name')!.value).to.equal('Taro Yamada');
      // Not cancelled this time: it posts.
      setTimeout(() => submit(el));
      const sent = await oneEvent<CustomEvent<RecoveryRequestSentDetail>>(el, 'recovery-request-sent');
      expect(sent.detail.payload.name).to.equal('Taro Yamada');
      expect((await log()).log).to.have.length(1);
    });

    it('a double click sends one request', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form lang="en" template="contact" action="/test-api/requests/slow?bucket=form"></recovery-request-form>`,
        ),
      );
      await fillFields(el, contactAnswers);
      const button = $<HTMLButtonElement>(el, '[part=submit]')!;
      button.click();
      button.click();
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await oneEvent(el, 'recovery-request-sent');
      expect((await log()).log).to.have.length(1);
    });

    it('shows 400 field errors at the fields and keeps what was typed', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form
            lang="en"
            template="contact"
            action="/test-api/requests/invalid?bucket=form"
          ></recovery-request-form>`,
        ),
      );
      await fillFields(el, { ...contactAnswers, whatWasTyped: 'taro' });
      setTimeout(() => submit(el));
      const { detail } = await oneEvent<CustomEvent<RecoveryRequestFailedDetail>>(el, 'recovery-request-failed');
      expect(detail.reason).to.equal('invalid');
      expect(detail.status).to.equal(400);
      await el.updateComplete;
      expect(text($(el, '#field-whatWasTyped-error'))).to.equal('Remove what looks like a password.');
      expect(text($(el, '#field-email-error'))).to.contain('This address bounced.');
      expect($<HTMLTextAreaElement>(el, '#field-whatHappened')!.value).to.equal(contactAnswers.whatHappened);
      await expect(el).to.be.accessible();
    });

    it('after a 500, keeps every value and retries with the same Idempotency-Key', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form
            lang="en"
            template="contact"
            action="/test-api/requests/fail-first?bucket=form"
          ></recovery-request-form>`,
        ),
      );
      await fillFields(el, contactAnswers);
      setTimeout(() => submit(el));
      const failed = await oneEvent<CustomEvent<RecoveryRequestFailedDetail>>(el, 'recovery-request-failed');
      expect(failed.detail).to.include({ reason: 'server', status: 500 });
      await el.updateComplete;
      expect(text($(el, '[part=failure]'))).to.contain('error 500');
      expect(text($(el, '[part=failure]'))).to.contain('Everything you typed is still here.');
      expect($<HTMLInputElement>(el, '#field-name')!.value).to.equal('Taro');
      await expect(el).to.be.accessible();
      setTimeout(() => $<HTMLButtonElement>(el, '[part=retry]')!.click());
      await oneEvent(el, 'recovery-request-sent');
      const { log: entries, accepted } = await log();
      expect(entries.map((e) => e.status)).to.deep.equal([500, 201]);
      expect(entries[0]!.key).to.equal(entries[1]!.key);
      expect(accepted).to.equal(1);
    });

    it('after a failed post, changed answers go with a new Idempotency-Key (the old key stays bound to the old content)', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form
            lang="en"
            template="contact"
            action="/test-api/requests/fail-first?bucket=form"
          ></recovery-request-form>`,
        ),
      );
      await fillFields(el, contactAnswers);
      setTimeout(() => submit(el));
      await oneEvent(el, 'recovery-request-failed');
      await el.updateComplete;
      await fillFields(el, { whatHappened: 'The login page says my account is locked, since this morning.' });
      // (This endpoint fails the first post of each key: the new key fails once too, then its retry is taken.)
      setTimeout(() => submit(el));
      await oneEvent(el, 'recovery-request-failed');
      await el.updateComplete;
      setTimeout(() => $<HTMLButtonElement>(el, '[part=retry]')!.click());
      await oneEvent(el, 'recovery-request-sent');
      const { log: entries, accepted } = await log();
      expect(entries.map((e) => e.status)).to.deep.equal([500, 500, 201]);
      expect(entries[0]!.key).to.not.equal(entries[1]!.key);
      expect(entries[2]!.key).to.equal(entries[1]!.key);
      expect(accepted).to.equal(1);
    });

    it('after a timeout, retries with the same key and the server answers once', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form
            lang="en"
            template="contact"
            action="/test-api/requests/slow?bucket=form"
            timeout="300"
          ></recovery-request-form>`,
        ),
      );
      await fillFields(el, contactAnswers);
      setTimeout(() => submit(el));
      expect((await oneEvent<CustomEvent<RecoveryRequestFailedDetail>>(el, 'recovery-request-failed')).detail.reason).to.equal('timeout');
      await el.updateComplete;
      expect(text($(el, '[part=failure]'))).to.contain('did not answer in time');
      el.timeout = 5000;
      setTimeout(() => $<HTMLButtonElement>(el, '[part=retry]')!.click());
      await oneEvent(el, 'recovery-request-sent');
      const { log: entries, accepted } = await log();
      expect(new Set(entries.map((e) => e.key)).size).to.equal(1);
      expect(accepted).to.equal(1);
    });

    it('offline: nothing is sent and the message says so', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form lang="en" template="contact" action="/test-api/requests?bucket=form"></recovery-request-form>`,
        ),
      );
      await fillFields(el, contactAnswers);
      const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
      try {
        setTimeout(() => submit(el));
        expect((await oneEvent<CustomEvent<RecoveryRequestFailedDetail>>(el, 'recovery-request-failed')).detail.reason).to.equal('offline');
      } finally {
        Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
      }
      await el.updateComplete;
      expect(text($(el, '[part=failure]'))).to.contain('offline');
      expect((await log()).log).to.have.length(0);
    });

    it('warns when this browser sent a request in the last 24 hours', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form lang="en" template="contact" action="/test-api/requests?bucket=form"></recovery-request-form>`,
        ),
      );
      expect($(el, '[part=recent-warning]')).to.equal(null);
      await fillFields(el, contactAnswers);
      setTimeout(() => submit(el));
      await oneEvent(el, 'recovery-request-sent');
      const next = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="password-reissue"></recovery-request-form>`),
      );
      expect(text($(next, '[part=recent-warning]'))).to.contain('stricter identity checks');
    });
  });

  describe('without an endpoint', () => {
    it('gives the text to paste and a mailto link that match the payload', async () => {
      const el = await formReady(
        await fixture<El>(
          html`<recovery-request-form
            lang="ja"
            template="contact"
            mailto="support@example.com"
            contact-url="/contact"
          ></recovery-request-form>`,
        ),
      );
      await fillFields(el, { ...contactAnswers, whatHappened: 'ログインできません。\n二行目です。' });
      setTimeout(() => submit(el));
      const { detail: payload } = await oneEvent<CustomEvent<RequestPayload>>(el, 'recovery-request-submit');
      await el.updateComplete;
      const expected = requestBody(payload, findRequestTemplate('contact')!);
      expect($<HTMLTextAreaElement>(el, '#paste-text')!.value).to.equal(expected);
      const mailto = new URL($<HTMLAnchorElement>(el, '[part=mailto]')!.href);
      expect(mailto.protocol).to.equal('mailto:');
      expect(decodeURIComponent(mailto.search.match(/subject=([^&]*)/)![1]!)).to.equal(payload.subject);
      expect(decodeURIComponent(mailto.search.match(/body=([^&]*)/)![1]!).replace(/\r\n/g, '\n')).to.equal(expected);
      expect(text($(el, '[part=paste-text] ol'))).to.contain(payload.subject);
      expect(focused(el)?.id).to.equal('paste-title');
      await expect(el).to.be.accessible();
    });
    it('recovery-request-send says the form will give the text; cancelled, no text is shown', async () => {
      const el = await formReady(await fixture<El>(html`<recovery-request-form lang="en" template="contact"></recovery-request-form>`));
      await fillFields(el, contactAnswers);
      el.addEventListener('recovery-request-send', (event) => event.preventDefault(), { once: true });
      setTimeout(() => submit(el));
      const { detail } = await oneEvent<CustomEvent<RecoveryRequestSendDetail>>(el, 'recovery-request-send');
      expect(detail.via).to.equal('text');
      await el.updateComplete;
      expect(text($(el, '[part=paste-text]'))).to.equal('');
      expect($<HTMLButtonElement>(el, '[part=submit]')!.disabled).to.equal(false);
    });

    it("names the contact form's exact labels, with their meaning for a reader of another language", async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="two-factor-disable" username="taro123"></recovery-request-form>`),
      );
      expect(text($(el, '[part=title]'))).to.equal('Authentication code disable procedure');
      await fillFields(el, { name: 'Taro', email: 'taro@example.com' });
      for (const box of $$<HTMLInputElement>(el, '[part=unknown]')) box.click();
      await el.updateComplete;
      setTimeout(() => submit(el));
      await oneEvent(el, 'recovery-request-submit');
      await el.updateComplete;
      const steps = text($(el, '[part=paste-text] ol'));
      expect(steps).to.contain(
        'Inquiry type: choose “アカウントへのログインに関するお問い合わせ” (Inquiry about logging in to an account).',
      );
      expect(steps).to.contain('Subject: write “認証コードの使用停止手続き” (Authentication code disable procedure).');
      await expect(el).to.be.accessible();
    });

    it('in the language of the form: the label alone; a request with no fixed subject gets an example', async () => {
      const el = await formReady(await fixture<El>(html`<recovery-request-form lang="ja" template="contact"></recovery-request-form>`));
      await fillFields(el, contactAnswers);
      setTimeout(() => submit(el));
      await oneEvent(el, 'recovery-request-submit');
      await el.updateComplete;
      const steps = text($(el, '[part=paste-text] ol'));
      expect(steps).to.contain('お問い合わせの種類：「アカウントへのログインに関するお問い合わせ」を選びます。');
      expect(steps).to.contain('件名：「ログインできない問題についてのお問い合わせ」など、内容がわかる短い件名を書きます。');
    });
  });

  describe('draft', () => {
    it('survives a reload (a new element on the page) until it is sent', async () => {
      const first = await formReady(await fixture<El>(html`<recovery-request-form lang="en" template="contact"></recovery-request-form>`));
      await fillFields(first, contactAnswers);
      first.remove();
      const second = await formReady(
        await fixture<El>(
          html`<recovery-request-form lang="en" template="contact" action="/test-api/requests?bucket=form"></recovery-request-form>`,
        ),
      );
      expect($<HTMLInputElement>(second, '#field-name')!.value).to.equal('Taro');
      expect($<HTMLTextAreaElement>(second, '#field-whatHappened')!.value).to.equal(contactAnswers.whatHappened);
      setTimeout(() => submit(second));
      await oneEvent(second, 'recovery-request-sent');
      const third = await formReady(await fixture<El>(html`<recovery-request-form lang="en" template="contact"></recovery-request-form>`));
      expect($<HTMLInputElement>(third, '#field-name')!.value).to.equal('');
    });
  });

  describe('templates', () => {
    it("uses a site's own template, looked up before the built-in ones", async () => {
      const own = { ...findRequestTemplate('contact')!, id: 'contact', subject: { ja: '独自の件名', en: 'Our own subject' } };
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="contact" .templates=${[own]}></recovery-request-form>`),
      );
      expect(text($(el, '[part=title]'))).to.equal('Our own subject');
      await fillFields(el, contactAnswers);
      setTimeout(() => submit(el));
      const { detail } = await oneEvent<CustomEvent<RequestPayload>>(el, 'recovery-request-submit');
      expect(detail.subject).to.equal('Our own subject');
    });
  });

  describe('loading its body', () => {
    it('keeps what was set before the body arrived, and updateComplete waits for it', async () => {
      const el = document.createElement('recovery-request-form');
      el.template = 'two-factor-disable';
      el.username = 'taro123';
      el.setAttribute('lang', 'en');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(text($(el, '[part=title]'))).to.equal('Authentication code disable procedure');
        expect($<HTMLInputElement>(el, '#field-username')!.value).to.equal('taro123');
        expect(el.requestTemplate?.id).to.equal('two-factor-disable');
      } finally {
        el.remove();
      }
    });

    it('on a slow connection, says it is loading (not at once), then shows the form', async () => {
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      class Slow extends RecoveryRequestForm {
        // The form's own body module, arriving when the test opens the gate.
        protected static override bodyModule = new BodyModule(
          () => gate.then(() => import('../src/elements/recovery-request-form/recovery-request-form.body.js')),
          (module, host: Slow, i18n) => new module.RecoveryRequestFormBody(host, i18n),
        );
      }
      customElements.define('slow-request-form', Slow);
      const wrapper = Object.assign(document.createElement('div'), { lang: 'ja' });
      const el = wrapper.appendChild(document.createElement('slow-request-form')) as El;
      el.template = 'contact';
      document.body.append(wrapper);
      try {
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(text(el.shadowRoot!.firstElementChild)).to.equal('');
        await waitUntil(() => text($(el, '[role=status]')) === '読み込んでいます…', text($(el, '[role=status]')), { timeout: 3000 });
        expect($(el, '[role=status]')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
        open();
        await el.updateComplete;
        expect(text($(el, '[part=title]'))).to.equal('ログインできない問題についてのお問い合わせ');
        expect($(el, '[role=status]')).to.equal(null);
      } finally {
        wrapper.remove();
      }
    });

    it('says so, in the page language, when the body cannot be loaded', async () => {
      class Unreachable extends RecoveryRequestForm {
        // The form's body module, whose import fails as it does offline.
        protected static override bodyModule = new BodyModule(
          (): Promise<typeof import('../src/elements/recovery-request-form/recovery-request-form.body.js')> =>
            Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
          (module, host: Unreachable, i18n) => new module.RecoveryRequestFormBody(host, i18n),
        );
      }
      customElements.define('unreachable-request-form', Unreachable);
      for (const [lang, expected] of [
        ['en', 'This help could not be loaded. Check your connection and reload the page.'],
        ['ja', 'このヘルプを読み込めませんでした。通信状態を確かめて、ページを再読み込みしてください。'],
      ]) {
        // A plain wrapper of its own (fixture() waits for an animation frame on non-Lit roots, and
        // frames do not come to a page running in the background).
        const wrapper = Object.assign(document.createElement('div'), { lang });
        const el = wrapper.appendChild(document.createElement('unreachable-request-form')) as El;
        document.body.append(wrapper);
        try {
          await el.updateComplete;
          await waitUntil(() => text($(el, '[role=alert]')) === expected, `${lang}: ${text($(el, '[role=alert]'))}`);
          // Its language is marked, so that a screen reader reads it in that language.
          expect($(el, '[role=alert]')?.getAttribute('lang')).to.equal(lang);
          await expect(el).to.be.accessible();
        } finally {
          wrapper.remove();
        }
      }
    });
  });

  describe('localization', () => {
    it('renders the template and the UI in Japanese', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="ja" template="password-reissue"></recovery-request-form>`),
      );
      expect(text($(el, '[part=title]'))).to.equal('パスワード再発行申請');
      expect(text($(el, '[part=submit]'))).to.equal('申請の文章を作る');
      expect(text($(el, '[part=password-notice]'))).to.contain('パスワードは絶対に書かないでください');
    });
  });
});
