/**
 * Defining `<login-help-flow>` with no guide in the page (a site that creates one after a failed
 * login) starts fetching the built-in flow in the page's language, so that a guide created later
 * renders its first step in its first update: no fetch after creation. `data-login-help-prefetch="off"`
 * on <html> turns it off (test/default-flow-one-round-trip.test.ts runs so). In a page of its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { loadDefaultFlow } from '../src/elements/login-help-flow/flow-source.js';
import { loadCatalogue } from '../src/localize/msg.js';
import { fetchCount, fetchedResource } from './support/resource-timings.js';

const fetched = (path: string) => fetchedResource(path) !== undefined;

describe('defining <login-help-flow> with no guide in the page', () => {
  it("fetches the built-in flow in the page's language, and a guide created afterwards shows its first step in its first update", async () => {
    document.documentElement.lang = 'ja';
    expect(fetched('/src/flows/default-flow.ts'), 'nothing fetched before the definition').to.equal(false);
    await import('../src/define/login-help-flow.js');
    await waitUntil(
      () =>
        fetched('/src/flows/default-flow.ts') && fetched('/src/generated/default-flow/ja.ts') && fetched('/src/generated/locales/ja.ts'),
      'the built-in flow, its Japanese text and the Japanese UI text are fetched with no guide in the page',
    );
    expect(fetched('/src/generated/default-flow/en.ts'), 'no other language').to.equal(false);
    // Let the modules arrive and run, as a page does between loading and a failed login: the
    // promises the definition started (asked for again, they are the same ones; no new fetch).
    await Promise.all([loadDefaultFlow('ja'), loadCatalogue('ja')]);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const el: LoginHelpFlow = document.createElement('login-help-flow');
    el.persist = 'none';
    document.body.append(el);
    const before = fetchCount();
    // The first update: requested on connection, run in a microtask.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await Promise.resolve();
    expect(el.hasUpdated, 'the first update has run').to.equal(true);
    const heading = el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';
    expect(heading, 'a Japanese step heading, in the first update').to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetchCount(), 'no fetch after the guide was created').to.equal(before);
    el.remove();
  });
});
