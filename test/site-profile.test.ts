/**
 * The `site` property and attribute of the three elements: a site profile changes what the
 * guide, the code explainer and the request form show, and a bad one shows a clear error.
 */
import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define/login-help-flow.js';
import '../src/define/auth-code-explainer.js';
import '../src/define/recovery-request-form.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import type { AuthCodeExplainer } from '../src/elements/auth-code-explainer/auth-code-explainer.js';
import type { RecoveryRequestForm } from '../src/elements/recovery-request-form/recovery-request-form.js';
import type { RequestPayload } from '../src/request/validate.js';
import type { LoginHelpErrorDetail } from '../src/elements/shared/events.js';
import { $, $$, explainerReady, fillFields, formReady, text } from './support/dom.js';
import { clearHash, flowReady, heading } from './support/flow-fixture.js';
import { deepText, embedsReady } from './support/deep-text.js';
import { BANK_PROFILE } from './support/bank-profile.js';

const BANK = JSON.stringify(BANK_PROFILE);

beforeEach(() => {
  clearHash();
  sessionStorage.clear();
  localStorage.clear();
});

describe('site profiles', () => {
  describe('<login-help-flow site>', () => {
    it("checks the username by the site's rule: 25 characters fit a 32-character rule", async () => {
      const name = 'abcdefghijklmnopqrstuvwxy';
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" persist="none" site=${BANK} username=${name}></login-help-flow>`),
      );
      expect(text($(el, '[part=diagnostics]'))).to.contain('fits the rules: up to 32 half-width letters and digits');
      const plain = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" persist="none" username=${name}></login-help-flow>`),
      );
      expect(text($(plain, '[part=diagnostics]'))).to.contain('a username has at most 20');
      await expect(el).to.be.accessible();
    });

    it("speaks of the site's lock time, in Japanese too", async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja" persist="none" site=${BANK}></login-help-flow>`),
      );
      expect(deepText(el)).to.contain('30分');
      expect(deepText(el)).to.not.contain('1時間');
    });

    it('passes the profile to the form a request step embeds: no field the site cannot check', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="en" persist="none" site=${BANK} start="password-reissue-request"></login-help-flow>`,
        ),
      );
      await embedsReady(el);
      const form = $<RecoveryRequestForm>(el, 'recovery-request-form')!;
      const fields = $$(form, '[part=field]').map((field) => field.dataset['field']);
      expect(fields).to.include('registeredAt');
      for (const id of ['userNumber', 'accountCode', 'ownerCode', 'inviteKeys', 'loginOnlyUsername']) expect(fields).to.not.include(id);
      await expect(el).to.be.accessible();
    });

    it('passes the profile to the explainer an authentication-code step embeds: only the app', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(
          html`<login-help-flow lang="en" persist="none" site=${BANK} start="auth-code-unknown"></login-help-flow>`,
        ),
      );
      await embedsReady(el);
      const explainer = $<AuthCodeExplainer>(el, 'auth-code-explainer')!;
      expect($(explainer, '[role=tablist]') === null, 'no tab list for one method').to.equal(true);
      expect(explainer.activeMethod).to.equal('totp');
      expect(deepText(explainer)).to.contain('about 30 minutes');
    });

    it('a bad profile shows the error state and fires login-help-error with the path in the profile', async () => {
      const el = document.createElement('login-help-flow');
      el.setAttribute('lang', 'ja');
      el.setAttribute('site', '{"lock":{"minutes":0}}');
      const failed = oneEvent(el, 'login-help-error');
      document.body.append(el);
      const { detail } = (await failed) as CustomEvent<LoginHelpErrorDetail>;
      expect(detail.errors.map((error) => error.path)).to.deep.equal(['site.lock.minutes']);
      await waitUntil(() => heading(el) === 'このヘルプを表示できませんでした', 'no Japanese error heading', { timeout: 5000 });
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('a profile set at runtime rebuilds the guide', async () => {
      const el = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" persist="none" start="choose-problem"></login-help-flow>`),
      );
      expect(deepText(el)).to.contain('authentication code');
      el.site = { codeMethods: [] };
      await waitUntil(() => !deepText(el).includes('authentication code'), 'the code branch is still shown', { timeout: 5000 });
      expect(heading(el)).to.equal('What is the problem?');
    });
  });

  describe('<auth-code-explainer site>', () => {
    it('has a tab for each method the site offers, and only those', async () => {
      const el = await explainerReady(
        await fixture<AuthCodeExplainer>(
          html`<auth-code-explainer lang="en" site='{"codeMethods":["backup","totp"]}'></auth-code-explainer>`,
        ),
      );
      expect($$(el, '[role=tab]').map(text)).to.deep.equal(['Authenticator app', 'Backup code']);
      await expect(el).to.be.accessible();
    });

    it('tells when support can lift a code lock', async () => {
      const el = await explainerReady(
        await fixture<AuthCodeExplainer>(
          html`<auth-code-explainer lang="en" site='{"lock":{"minutes":90,"supportCanUnlock":true}}'></auth-code-explainer>`,
        ),
      );
      expect(text($(el, '[part=still-rejected]'))).to.contain(
        'about 1 hour 30 minutes. The lock lifts by itself; if you cannot wait, support can lift it.',
      );
    });

    it('a bad profile shows a localized alert with the problem', async () => {
      const el = await fixture<AuthCodeExplainer>(
        html`<auth-code-explainer lang="ja" site='{"codeMethods":["sms"]}'></auth-code-explainer>`,
      );
      await waitUntil(() => $(el, '[role=alert]'), 'no alert', { timeout: 5000 });
      expect(text($(el, '[role=alert]'))).to.contain('サイトの設定に問題があります');
      expect(text($(el, '[role=alert] li'))).to.contain('site.codeMethods[0]');
      await expect(el).to.be.accessible();
    });
  });

  describe('<recovery-request-form site>', () => {
    it("sends only the profile's fields, with the site's contact-form labels", async () => {
      const site = JSON.stringify({
        ...BANK_PROFILE,
        contactForm: { inquiryType: 'Online banking login', subjects: { 'password-reissue': 'New password' } },
      });
      const el = await formReady(
        await fixture<RecoveryRequestForm>(
          html`<recovery-request-form lang="en" template="password-reissue" site=${site}></recovery-request-form>`,
        ),
      );
      const fields = $$(el, '[part=field]').map((field) => field.dataset['field']);
      expect(fields).to.deep.equal(['name', 'email', 'username', 'usernameCandidates', 'registeredAt', 'other']);
      await fillFields(el, { name: 'Taro', email: 'taro@example.com', username: 'taro123', registeredAt: '2019-04' });
      el.addEventListener('recovery-request-submit', (event) => event.preventDefault(), { once: true });
      setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
      const { detail } = await oneEvent<CustomEvent<RequestPayload>>(el, 'recovery-request-submit');
      expect(Object.keys(detail.fields).sort()).to.deep.equal(['registeredAt', 'username']);
      expect(detail.inquiryType).to.equal('Online banking login');
      expect(detail.subject).to.equal('New password');
      await expect(el).to.be.accessible();
    });

    it("checks the username by the site's rule", async () => {
      const el = await formReady(
        await fixture<RecoveryRequestForm>(
          html`<recovery-request-form lang="en" template="password-reissue" site='{"username":{"maxLength":8}}'></recovery-request-form>`,
        ),
      );
      await fillFields(el, { name: 'Taro', email: 'taro@example.com', username: 'taro12345' });
      $<HTMLButtonElement>(el, '[part=submit]')!.click();
      await waitUntil(() => $(el, '#field-username-error'), 'no username error', { timeout: 5000 });
      expect(text($(el, '#field-username-error'))).to.contain('at most 8 characters');
    });
  });
});
