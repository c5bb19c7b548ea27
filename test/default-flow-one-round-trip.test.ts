/**
 * The built-in flow's first step waits for one round trip, not two: `<login-help-flow>` asks for
 * the text of its language beside the flow's module (src/flows/default-flow.ts), instead of the
 * module asking for it once loaded; a guide given a flow fetches neither. In a page of its own (the
 * module cache is fresh, and the definition's own prefetch is turned off), reading the browser's
 * resource timings.
 */
import { expect, waitUntil } from '@open-wc/testing';
// Before the definition: it would otherwise start fetching the built-in flow (no guide in the page).
import './support/no-define-prefetch.js';
import { prefetchDefaultFlow } from '../src/elements/login-help-flow/flow-source.js';
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import small from './fixtures/small-flow.json' with { type: 'json' };
import { fetchedResource } from './support/resource-timings.js';

const fetched = fetchedResource;

describe('the built-in flow in one round trip', () => {
  it('a guide given a flow fetches neither the built-in flow nor its text', async () => {
    const el = document.createElement('login-help-flow');
    el.lang = 'zh-Hans';
    el.flow = structuredClone(small);
    document.body.append(el);
    await waitUntil(() => el.currentStep !== undefined, 'the given flow shows its first step', { timeout: 5000 });
    prefetchDefaultFlow(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fetched('/src/flows/default-flow.ts'), 'the built-in flow').to.equal(undefined);
    expect(fetched('/src/generated/default-flow/zh-Hans.ts'), 'its text').to.equal(undefined);
    el.remove();
  });

  it('asks for the text of its language before the flow module has arrived', async () => {
    const el: LoginHelpFlow = document.createElement('login-help-flow');
    el.lang = 'ja';
    document.body.append(el);
    await waitUntil(() => el.currentStep !== undefined, 'the first step is shown', { timeout: 5000 });
    await waitUntil(() => fetched('/src/generated/default-flow/ja.ts') && fetched('/src/flows/default-flow.ts'), 'both timings are in');
    const module = fetched('/src/flows/default-flow.ts')!;
    const text = fetched('/src/generated/default-flow/ja.ts')!;
    // Before: the text was asked for by the module once it had arrived and run (after its responseEnd).
    expect(text.startTime, `text asked for at ${text.startTime}, module arrived at ${module.responseEnd}`).to.be.below(module.responseEnd);
    expect(fetched('/src/generated/default-flow/en.ts'), 'no other language').to.equal(undefined);
    el.remove();
  });

  it("prefetchDefaultFlow starts the text and the UI text in the element's language", async () => {
    const el = document.createElement('div');
    el.lang = 'zh-CN';
    prefetchDefaultFlow(el);
    await waitUntil(
      () => fetched('/src/generated/default-flow/zh-Hans.ts') && fetched('/src/generated/locales/zh-Hans.ts'),
      'the Chinese text of the flow and of the UI are fetched',
    );
  });

  it('once the built-in flow is here in its language, a new guide renders its first step in its first update (no loading state)', async () => {
    const first: LoginHelpFlow = document.createElement('login-help-flow');
    first.lang = 'ja';
    document.body.append(first);
    await waitUntil(() => first.currentStep !== undefined, 'the first guide shows its first step', { timeout: 5000 });
    const el: LoginHelpFlow = document.createElement('login-help-flow');
    el.lang = 'ja';
    el.persist = 'none';
    document.body.append(el);
    const loadingSeen: string[] = [];
    const observer = new MutationObserver(() => {
      if (el.shadowRoot?.querySelector('[aria-busy="true"]')) loadingSeen.push('loading');
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    // The first update: requested on connection, run in a microtask.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await Promise.resolve();
    expect(el.hasUpdated, 'the first update has run').to.equal(true);
    expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim(), 'the step heading, in the first update').to.equal(
      first.shadowRoot!.querySelector('h2')?.textContent?.trim(),
    );
    observer.disconnect();
    expect(loadingSeen, 'no loading state rendered').to.deep.equal([]);
    first.remove();
    el.remove();
  });
});
