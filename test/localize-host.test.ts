/**
 * A host page that configures @lit/localize itself (one configuration per page is allowed):
 * the library must not break it, and its UI text follows the host's locale once the host merges
 * the library's templates into its own. Runs in a page of its own, like every test file.
 */
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { templates as libraryJa } from '../src/generated/locales/ja.js';
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { $, text } from './support/dom.js';
import { flowReady } from './support/flow-fixture.js';

const { setLocale, getLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['ja'],
  loadLocale: async () => ({ templates: { ...libraryJa, 'host.title': 'ホストのタイトル' } }),
});

describe('<login-help-flow> in a host that owns @lit/localize', () => {
  it("leaves the host's configuration alone and follows the host's locale", async () => {
    const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja" start="forgot-password"></login-help-flow>`));
    expect(getLocale()).to.equal('en');
    expect(text($(el, '[part=cautions] .notice-title'))).to.equal('Before you continue');
    await setLocale('ja');
    await waitUntil(() => text($(el, '[part=cautions] .notice-title')) === '先にご確認ください', undefined, { timeout: 5000 });
    expect(msg('Host title', { id: 'host.title' })).to.equal('ホストのタイトル');
    expect(getLocale()).to.equal('ja');
  });
});
