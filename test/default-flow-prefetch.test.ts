/**
 * Defining `<login-help-flow>` starts fetching the built-in flow for the guides already in the
 * page that have no `flow`, `src` or `site`, before they are upgraded. Shown by a guide that gets a
 * flow right after the definition (in the same task, before its first update): only the
 * definition-time prefetch can have fetched the built-in flow's text for it. In a page of its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fetchedResource } from './support/resource-timings.js';

const fetched = (path: string) => fetchedResource(path) !== undefined;

describe('defining <login-help-flow> with guides already in the page', () => {
  it('prefetches the built-in flow, its text and the UI text of those with neither src nor site', async () => {
    // Put in the page directly (not with fixture(), which waits for an animation frame: none comes
    // while the runner keeps this page's tab in the background).
    const host = document.createElement('div');
    host.innerHTML = `<login-help-flow id="prefetched" lang="zh-Hans"></login-help-flow>
      <login-help-flow lang="ja" src="/test/fixtures/small-flow.json"></login-help-flow>
      <login-help-flow lang="en" site='{"name":"Example"}'></login-help-flow>`;
    document.body.append(host);
    // The definition, then a flow for the first guide before any of them updates (./support/define-then-flow.ts).
    await import('./support/define-then-flow.js');
    await waitUntil(
      () => fetched('/src/generated/default-flow/zh-Hans.ts') && fetched('/src/generated/locales/zh-Hans.ts'),
      'the Chinese text of the flow and of the UI are fetched',
    );
    expect(fetched('/src/flows/default-flow.ts'), 'the built-in flow').to.equal(true);
    // The guides with src or site: not the default site's text in their language.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fetched('/src/generated/default-flow/ja.ts'), 'Japanese text (src)').to.equal(false);
    expect(fetched('/src/generated/default-flow/en.ts'), 'English text (site)').to.equal(false);
  });
});
