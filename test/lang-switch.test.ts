/**
 * Switching `lang` at run time on the built-in flow: the other language's text arrives as a new
 * definition, and the walk keeps its place on it. In a file of its own: the built-in flow's text
 * of a language loads once per page, and here Japanese must not have loaded before the switch.
 */
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { $$ } from './support/dom.js';
import { clearHash, flowReady, heading } from './support/flow-fixture.js';
import { BANK_PROFILE } from './support/bank-profile.js';

const BANK = JSON.stringify(BANK_PROFILE);

beforeEach(() => clearHash());

describe('<login-help-flow> lang switched at run time', () => {
  it('keeps the walk where it is (a new definition of the built-in flow, the same path)', async () => {
    const el = await flowReady(
      await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" persist="none" site=${BANK}></login-help-flow>`),
    );
    const choose = async (next: string) => {
      const index = el.currentStep!.choices!.findIndex((choice) => choice.next === next);
      $$<HTMLButtonElement>(el, 'button.choice')[index]!.click();
      await waitUntil(() => el.currentStep?.id === next, `not at ${next}`, { timeout: 5000 });
    };
    await choose('choose-problem');
    await choose('forgot-password');
    const path = [...el.path];
    el.lang = 'ja';
    await waitUntil(() => /[ぁ-ん]/.test(heading(el)), `heading: ${heading(el)}`, { timeout: 5000 });
    expect([...el.path]).to.deep.equal(path);
    expect(el.currentStep!.id).to.equal('forgot-password');
    await expect(el).to.be.accessible();
  });
});
