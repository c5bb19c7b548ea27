// What a server-rendered guide's hydration does to its page, as the examples' and the demo's
// tests check it: the layout shifts (a PerformanceObserver), every change in the guide's shadow
// root, and whether the heading is still the server-rendered node.

/** Before the page's own scripts: starts watching `page`'s layout shifts and its guide's shadow root. */
export async function watchHydration(page) {
  await page.addInitScript(() => {
    window.__shifts = 0;
    window.__changes = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const guide = document.querySelector('login-help-flow');
      if (!guide?.shadowRoot) return;
      window.__heading = guide.shadowRoot.querySelector('h2');
      new MutationObserver((records) => window.__changes.push(...records.map((record) => record.type))).observe(guide.shadowRoot, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
  });
}

/** What was seen so far: `{ shifts, changes, sameHeading }`. */
export function hydrationSeen(page) {
  return page.evaluate(() => ({
    shifts: window.__shifts,
    changes: window.__changes,
    sameHeading: window.__heading === document.querySelector('login-help-flow').shadowRoot.querySelector('h2'),
  }));
}
