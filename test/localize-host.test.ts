/**
 * A host page that uses @lit/localize itself (one `configureLocalization` per page is allowed):
 * the library never calls it, so the host may configure it at any time, even after the
 * elements have rendered; the host's locale drives the host's own text, and each element keeps
 * following its own `lang`. Runs in a page of its own, like every test file.
 */
import { fixture, html, expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { $, text } from './support/dom.js';
import { flowReady } from './support/flow-fixture.js';

describe('<login-help-flow> in a host that owns @lit/localize', () => {
  it("lets the host configure @lit/localize after the elements rendered, and keeps each element's own language", async () => {
    const ja = await flowReady(
      await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja" start="forgot-password" persist="none"></login-help-flow>`),
    );
    const en = await flowReady(
      await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="forgot-password" persist="none"></login-help-flow>`),
    );
    // The library has not taken the page's one configuration: the host's call does not throw.
    const { setLocale, getLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['ja'],
      loadLocale: async () => ({ templates: { 'host.title': 'ホストのタイトル' } }),
    });
    expect(text($(ja, '[part=cautions] .notice-title'))).to.equal('先にご確認ください');
    expect(text($(en, '[part=cautions] .notice-title'))).to.equal('Before you continue');
    await setLocale('ja');
    expect(getLocale()).to.equal('ja');
    expect(msg('Host title', { id: 'host.title' })).to.equal('ホストのタイトル');
    // The host's locale is the host's: the English guide stays English, the Japanese one Japanese.
    en.requestUpdate();
    ja.requestUpdate();
    await Promise.all([en.updateComplete, ja.updateComplete]);
    expect(text($(en, '[part=cautions] .notice-title'))).to.equal('Before you continue');
    expect(text($(ja, '[part=cautions] .notice-title'))).to.equal('先にご確認ください');
  });
});
