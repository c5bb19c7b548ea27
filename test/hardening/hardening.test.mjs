// Hardening (issue 7, parts 3 and 5 except the keyboard walk): strict pages and every user.
// Run after a build, in Debian's Chromium through playwright-core:
//   npm run build && node --import tsx --test test/hardening/hardening.test.mjs
// (tsx: the module-build test starts the demo server, which imports TypeScript.)
//
// 1. Strict page: the one-file bundle (this file's own static server) and the module build (the
//    demo server's @web/dev-server, which resolves dist/'s bare imports: an import map would have
//    to be an inline script, which this CSP forbids) under exactly
//      default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
//    walking the guide through the explainer and the request form: zero `securitypolicyviolation`
//    events, zero console errors. A control then breaks the policy on purpose to prove that the
//    listener hears violations.
// 2. 320 px wide and 200 % zoom (a 1280 px window at 200 % lays out 640 CSS px; also CSS `zoom: 2`
//    on <html> in a 1280 px window): no horizontal page scroll, nothing in the shadow roots past
//    its host or the viewport (the grid card's table may scroll inside its own region).
// 3. Forced colors, light and dark: screenshots in screenshots/forced-colors-*.png, visible
//    borders on buttons and inputs, a focus ring that survives (box-shadow does not).
// 4. prefers-reduced-motion: the countdown ring's transition is off, and on without it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { access, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { CONTENT_TYPES } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shotsDir = join(root, 'screenshots');
const PAGES = '/test/hardening/pages';

/** The policy of issue 7, exactly. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/** Variants, chosen per page load with `?csp=`. */
const POLICIES = {
  strict: STRICT_CSP,
  // A page that lists the Trusted Types policies it allows must name Lit's.
  'tt-none': `${STRICT_CSP}; trusted-types 'none'`,
  'tt-lit': `${STRICT_CSP}; trusted-types lit-html`,
};

/**
 * Serves the repository root as it is (no module rewriting), with headers per page: every HTML
 * page gets the policy named by its `?csp=` (default: strict). Two endpoints for the elements'
 * same-origin requests: the site's time (a Date header) and a request endpoint that accepts.
 */
async function serveRepository() {
  const base = normalize(root + sep);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const headers = { 'cache-control': 'no-store' };
    if (url.pathname === '/hardening-api/time') {
      response.writeHead(204, { ...headers, date: new Date().toUTCString() });
      response.end();
      return;
    }
    if (url.pathname === '/hardening-api/requests' && request.method === 'POST') {
      for await (const chunk of request) void chunk;
      response.writeHead(201, { ...headers, 'content-type': 'application/json' });
      response.end(JSON.stringify({ reference: 'HX-0001' }));
      return;
    }
    const file = normalize(join(base, decodeURIComponent(url.pathname)));
    try {
      if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) headers['content-security-policy'] = POLICIES[url.searchParams.get('csp') ?? 'strict'];
      response.writeHead(200, { ...headers, 'content-type': type });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** Records every CSP violation the page reports (from before its first script). */
function recordViolations() {
  window.__violations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      window.__violations.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile,
        line: event.lineNumber,
      }),
    true,
  );
}

/** Console errors, uncaught exceptions, failed and refused requests of a page. */
function watchErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

const violationsOf = (page) => page.evaluate(() => window.__violations);

let browser;
let site;
before(async () => {
  await access(join(root, 'dist', 'login-help-elements.bundle.js')).catch(() => {
    throw new Error('dist/ is missing: run `npm run build` first');
  });
  [browser, site] = await Promise.all([
    chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs }),
    serveRepository(),
  ]);
  await mkdir(shotsDir, { recursive: true });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

// ---------------------------------------------------------------------------------------------
// The walk through the guide used on the strict pages.

/** Moves the guide (a locator) to the step `to` by clicking the choice that leads there. */
async function go(page, guide, to) {
  const index = await guide.evaluate(
    (element, target) => element.currentStep?.choices?.findIndex((choice) => choice.next === target) ?? -1,
    to,
  );
  assert.ok(index >= 0, `the guide's step offers no choice leading to ${to}`);
  await guide.locator('[part~=choice]').nth(index).click();
  await page.waitForFunction(
    ([id, target]) => document.getElementById(id)?.currentStep?.id === target,
    [await guide.evaluate((element) => element.id), to],
  );
}

/** Fills a request form (a locator) so that it validates: name, e-mail, each required answer. */
async function fillRequestForm(form, { name = 'Taro Yamada', email = 'taro@example.com' } = {}) {
  await form.locator('#field-name').fill(name);
  await form.locator('#field-email').fill(email);
  const fields = await form.evaluate((element) =>
    element.requestTemplate.fields.map(({ id, kind, required, allowUnknown }) => ({ id, kind, required, allowUnknown })),
  );
  for (const field of fields) {
    if (!field.required) continue;
    const value = await form.locator(`#field-${field.id}`).inputValue();
    if (value) continue;
    if (field.allowUnknown) await form.locator(`[data-field="${field.id}"] [part=unknown]`).check();
    else await form.locator(`#field-${field.id}`).fill('The guide said my username or password was wrong.');
  }
}

/**
 * The guide from its first step to the explainer (every tab, the grid card, the code check with
 * its half-width fix) and back, then to the password reissue request: the embedded form, filled,
 * gives the text to paste.
 */
async function walkGuide(page) {
  const guide = page.locator('#guide');
  await page.waitForFunction(() => document.getElementById('guide')?.currentStep?.id === 'before-you-start');
  await go(page, guide, 'choose-problem');
  await go(page, guide, 'auth-code-problem');
  await go(page, guide, 'auth-code-unknown');
  const explainer = guide.locator('auth-code-explainer');
  await explainer.locator('[part=sample-code]').waitFor();
  await explainer.locator('#tab-grid').click();
  await explainer.locator('[part=grid]').waitFor();
  await explainer.locator('[part=another]').click();
  await explainer.locator('#code').fill('ａｂ１２ｃｄ');
  await explainer.locator('[part=use-half-width]').click();
  assert.equal(await explainer.locator('#code').inputValue(), 'ab12cd');
  await explainer.locator('#tab-backup').click();
  await guide.locator('[part=back]').click();
  await guide.locator('[part=restart]').click();
  await go(page, guide, 'choose-problem');
  await go(page, guide, 'forgot-password');
  await go(page, guide, 'password-reissue-request');
  const form = guide.locator('recovery-request-form');
  await form.locator('#field-name').waitFor();
  await fillRequestForm(form);
  await form.locator('[part=submit]').click();
  await form.locator('[part=paste-text]').waitFor();
  assert.match(await form.locator('#paste-text').inputValue(), /Taro Yamada/);
}

/** The shadow roots use Lit's constructed style sheets (no <style>), and the rules apply. */
async function assertAdoptedStyles(page) {
  const styling = await page.evaluate(() =>
    ['guide', 'explainer', 'form'].map((id) => {
      const host = document.getElementById(id);
      const base = host.shadowRoot.querySelector('.base');
      return {
        id,
        adopted: host.shadowRoot.adoptedStyleSheets.length,
        styleElements: host.shadowRoot.querySelectorAll('style').length,
        baseDisplay: base && getComputedStyle(base).display,
        hostMaxWidth: getComputedStyle(host).maxWidth,
      };
    }),
  );
  for (const element of styling) {
    assert.ok(element.adopted >= 1, `${element.id}: no adopted style sheet`);
    assert.equal(element.styleElements, 0, `${element.id}: a <style> element in the shadow root`);
    assert.equal(element.baseDisplay, 'grid', `${element.id}: its styles do not apply`);
    assert.equal(element.hostMaxWidth, '672px', `${element.id}: :host styles do not apply`);
  }
  assert.equal(await page.evaluate(() => document.querySelectorAll('style').length), 0);
}

/**
 * Breaks the policy on purpose (an HTML string into innerHTML, a <style> element): each must be
 * refused and reported, which proves that the listener would have heard a real violation.
 */
async function assertViolationsAreHeard(page) {
  const before = (await violationsOf(page)).length;
  const outcome = await page.evaluate(() => {
    let innerHTML = 'assigned';
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
    } catch (error) {
      innerHTML = error.name;
    }
    const style = document.createElement('style');
    style.textContent = 'body { color: rgb(255, 0, 0) }';
    document.head.append(style);
    const applied = getComputedStyle(document.body).color === 'rgb(255, 0, 0)';
    style.remove();
    return { innerHTML, applied };
  });
  assert.deepEqual(outcome, { innerHTML: 'TypeError', applied: false });
  await page.waitForFunction((count) => window.__violations.length >= count + 2, before);
  const heard = (await violationsOf(page)).slice(before).map((violation) => violation.directive);
  assert.ok(heard.includes('require-trusted-types-for'), heard.join());
  assert.ok(
    heard.some((directive) => directive.startsWith('style-src')),
    heard.join(),
  );
}

describe('strict page: CSP with Trusted Types', () => {
  test('the one-file bundle: all three elements, zero violations and zero errors', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(recordViolations);
    const errors = watchErrors(page);
    const response = await page.goto(`${site.url}${PAGES}/bundle.html`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await page.waitForFunction(() =>
      ['guide', 'explainer', 'form'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('.base')),
    );
    await assertAdoptedStyles(page);

    await walkGuide(page);

    // The standalone explainer: its same-origin clock check (connect-src through default-src).
    const explainer = page.locator('#explainer');
    await explainer.locator('[part~=clock].fine').waitFor();
    await explainer.locator('#tab-grid').click();
    await explainer.locator('#code').fill('ＡＢ');
    await explainer.locator('[part~=findings].problem').waitFor();
    // The standalone form posts to the site's endpoint and shows the reference.
    const form = page.locator('#form');
    await form.locator('[part=submit]').click();
    await form.locator('[part=error-summary]').waitFor();
    await fillRequestForm(form, { name: 'Hanako', email: 'hanako@example.com' });
    await form.locator('[part=submit]').click();
    await form.locator('[part=sent]').waitFor();
    assert.match(await form.locator('[part=sent]').innerText(), /HX-0001/);

    assert.deepEqual(await violationsOf(page), []);
    assert.deepEqual(errors, []);
    await assertViolationsAreHeard(page);
    await context.close();
  });

  test('the module build (dist/define/*.js, no import map) through the demo server: zero violations and zero errors', async () => {
    // tsx is needed here: the demo server imports its TypeScript request store.
    const { start } = await import('../../demo/server.mjs');
    const demo = await start({ port: 0, log: false });
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    try {
      const page = await context.newPage();
      let demoPolicy;
      // The demo sends its own strict policy (more directives, and `trusted-types lit-html`):
      // read it, then serve this page under exactly the issue's policy.
      await page.route(`**${PAGES}/module.html`, async (route) => {
        const response = await route.fetch();
        demoPolicy = response.headers()['content-security-policy'];
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
      });
      await page.addInitScript(recordViolations);
      const errors = watchErrors(page);
      await page.goto(`${demo.url}${PAGES.slice(1)}/module.html`);
      for (const directive of STRICT_CSP.split('; '))
        assert.ok(demoPolicy?.split('; ').includes(directive), `the demo's CSP lacks ${directive}`);
      await page.waitForFunction(() =>
        ['guide', 'explainer', 'form'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('.base')),
      );
      // The dev server gives Lit's development build here: the styles go the same way.
      await assertAdoptedStyles(page);
      await walkGuide(page);
      const form = page.locator('#form');
      await fillRequestForm(form);
      await form.locator('[part=submit]').click();
      await form.locator('[part=mailto]').waitFor();
      assert.deepEqual(await violationsOf(page), []);
      assert.deepEqual(errors, []);
      await assertViolationsAreHeard(page);
    } finally {
      await context.close();
      await demo.stop();
    }
  });

  test("Trusted Types: Lit's 'lit-html' policy is the only one, and a page that lists policies must name it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(recordViolations);
    // `trusted-types 'none'`: Lit cannot create its policy, and says so.
    const refused = watchErrors(page);
    await page.goto(`${site.url}${PAGES}/bundle.html?csp=tt-none`);
    await page.waitForFunction(() => window.__violations.length > 0);
    const violations = await violationsOf(page);
    assert.deepEqual(
      violations.map(({ directive, sample }) => ({ directive, sample })),
      [{ directive: 'trusted-types', sample: 'lit-html' }],
    );
    assert.ok(refused.some((error) => error.includes('lit-html')));

    // `trusted-types lit-html` (what the demo sends): nothing else is needed.
    const page2 = await context.newPage();
    await page2.addInitScript(recordViolations);
    const errors = watchErrors(page2);
    await page2.goto(`${site.url}${PAGES}/bundle.html?csp=tt-lit`);
    const guide = page2.locator('#guide');
    await page2.waitForFunction(() => document.getElementById('guide')?.currentStep);
    await go(page2, guide, 'choose-problem');
    await go(page2, guide, 'forgot-password');
    await go(page2, guide, 'password-reissue-request');
    await guide.locator('recovery-request-form [part=submit]').click();
    await guide.locator('recovery-request-form [part=error-summary]').waitFor();
    assert.deepEqual(await violationsOf(page2), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------
// One element on an otherwise empty page, built with DOM calls (Trusted Types forbid HTML strings).

/** Puts `<tag attrs…>` into the empty page (removing what was there) and waits for its frame. */
async function mount(page, tag, attrs, lang = 'en') {
  await page.evaluate(
    async ({ tag, attrs, lang }) => {
      await customElements.whenDefined(tag);
      document.documentElement.lang = lang;
      const main = document.getElementById('main');
      main.replaceChildren();
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      main.append(element);
    },
    { tag, attrs, lang },
  );
  await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.base'), tag);
  return page.locator(tag);
}

async function openEmptyPage(context) {
  const page = await context.newPage();
  await page.addInitScript(recordViolations);
  const errors = watchErrors(page);
  await page.goto(`${site.url}${PAGES}/empty.html`);
  return { page, errors };
}

const inAnHour = () => String(Date.now() + 60 * 60 * 1000 - 5000);

/** The states checked for reflow: each element, and the states that add the widest content. */
const LAYOUT_CASES = [
  { name: 'guide, first step', tag: 'login-help-flow', attrs: { persist: 'none', username: 'taro123' } },
  {
    name: 'guide, error step with a long full-width username',
    tag: 'login-help-flow',
    attrs: { persist: 'none', error: 'invalid-credentials', username: 'ｔａｒｏ＿ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ' },
  },
  { name: 'guide, locked with the countdown', tag: 'login-help-flow', attrs: { persist: 'none', error: 'locked', 'retry-at': inAnHour } },
  {
    name: 'guide, request step with the form',
    tag: 'login-help-flow',
    attrs: { persist: 'none', start: 'password-reissue-request', username: 'taro123' },
  },
  {
    name: 'explainer, grid card and a rejected code',
    tag: 'auth-code-explainer',
    attrs: { method: 'grid' },
    act: async (element) => element.locator('#code').fill('ａｂ１２'),
  },
  {
    name: 'explainer, tabs, ring and the clock warning',
    tag: 'auth-code-explainer',
    attrs: { method: 'all', 'server-time': () => String(Date.now() + 10 * 60 * 1000) },
  },
  {
    name: 'request form with errors',
    tag: 'recovery-request-form',
    attrs: { template: 'password-reissue', username: 'taro123' },
    act: async (element) => {
      await element.locator('#field-email').fill('taro@@example');
      await element.locator('[part=submit]').click();
      await element.locator('[part=error-summary]').waitFor();
    },
  },
  {
    name: 'request form with the text to paste',
    tag: 'recovery-request-form',
    attrs: { template: 'contact', mailto: 'support@example.com', 'contact-url': '/contact' },
    act: async (element) => {
      await fillRequestForm(element);
      await element.locator('[part=submit]').click();
      await element.locator('[part=paste-text]').waitFor();
    },
  },
];

const attrsOf = (attrs) =>
  Object.fromEntries(Object.entries(attrs).map(([name, value]) => [name, typeof value === 'function' ? value() : value]));

/**
 * In the page: what sticks out. The page must not scroll sideways; every box and every line of
 * text in the elements' shadow roots (nested ones too) must end inside its host and the viewport.
 * Inside a scroll container only table parts may extend (the grid card scrolls in its region);
 * anything else there (the caption) must stay inside the visible part.
 */
function findOverflow() {
  const viewport = window.innerWidth;
  const problems = [];
  const scrollers = [];
  const describe = (element) =>
    element.localName +
    (element.id ? `#${element.id}` : '') +
    (element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '');
  const tableParts = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'col', 'colgroup']);
  const check = (rect, what, limit, scroller) => {
    if (!rect.width || !rect.height) return;
    const right = scroller ? Math.min(limit, scroller.right) : limit;
    const left = scroller ? scroller.left : 0;
    if (rect.right > right + 0.5 || rect.left < left - 0.5) {
      problems.push(`${what}: ${Math.round(rect.left)}…${Math.round(rect.right)} px, room ${Math.round(left)}…${Math.round(right)} px`);
    }
  };
  const walk = (node, path, limit, scroller, inCell) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.data.trim() || inCell) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        check(range.getBoundingClientRect(), `${path} "${child.data.trim().slice(0, 30)}"`, limit, scroller);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = child.getBoundingClientRect();
      // The visually-hidden live regions: 1 px, clipped.
      if (style.position === 'absolute' && rect.width <= 1) continue;
      const where = `${path} > ${describe(child)}`;
      // The table's own boxes and its cells' content may scroll; its caption may not.
      if (!inCell && !(scroller && tableParts.has(child.localName))) check(rect, where, limit, scroller);
      const cell = inCell || (!!scroller && (child.localName === 'td' || child.localName === 'th'));
      let innerScroller = scroller;
      if (/auto|scroll/.test(style.overflowX)) {
        innerScroller = { left: rect.left, right: rect.right };
        scrollers.push({
          where,
          scrolls: child.scrollWidth > child.clientWidth,
          focusable: child.tabIndex >= 0,
          named: !!child.getAttribute('aria-label'),
        });
      }
      if (child.shadowRoot) walk(child.shadowRoot, `${where}::shadow`, Math.min(limit, rect.right), innerScroller, cell);
      else if (child.localName === 'slot')
        for (const assigned of child.assignedElements()) walk({ childNodes: [assigned] }, where, limit, innerScroller, cell);
      else walk(child, where, limit, innerScroller, cell);
    }
  };
  for (const host of document.querySelectorAll('#main > *')) {
    const rect = host.getBoundingClientRect();
    check(rect, host.localName, viewport);
    walk(host.shadowRoot, host.localName, Math.min(viewport, rect.right), undefined, false);
  }
  return { viewport, scrollWidth: document.documentElement.scrollWidth, problems, scrollers };
}

const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The layout check at one size: the page does not scroll sideways, nothing sticks out. */
async function assertReflows(page, label) {
  await nextFrame(page);
  const result = await page.evaluate(findOverflow);
  assert.ok(result.scrollWidth <= result.viewport, `${label}: the page scrolls sideways (${result.scrollWidth} > ${result.viewport} px)`);
  assert.deepEqual(result.problems, [], `${label}: sticks out`);
  for (const scroller of result.scrollers.filter((s) => s.scrolls)) {
    assert.ok(scroller.focusable && scroller.named, `${label}: ${scroller.where} scrolls but cannot be reached by keyboard or has no name`);
  }
  return result;
}

describe('320 px wide and 200 % zoom: no horizontal scrolling', () => {
  for (const lang of ['en', 'ja']) {
    test(`every element and state, ${lang}`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const { page, errors } = await openEmptyPage(context);
      let gridScrolledAt320 = false;
      for (const { name, tag, attrs, act } of LAYOUT_CASES) {
        await page.setViewportSize({ width: 320, height: 800 });
        const element = await mount(page, tag, attrsOf(attrs), lang);
        await act?.(element);
        const narrow = await assertReflows(page, `${name}, 320 px`);
        gridScrolledAt320 ||= narrow.scrollers.some((s) => s.scrolls);
        // A 1280 px window at 200 %: Chromium lays the page out 640 CSS px wide (media queries
        // and vw included), whatever the device pixel ratio.
        await page.setViewportSize({ width: 640, height: 400 });
        await assertReflows(page, `${name}, 1280 px at 200 % (640 CSS px)`);
        // The same with CSS zoom on the root element (media queries still see 1280 px; the
        // rectangles are in zoomed pixels).
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.evaluate(() => (document.documentElement.style.zoom = '2'));
        await assertReflows(page, `${name}, 1280 px with html { zoom: 2 }`);
        await page.evaluate(() => (document.documentElement.style.zoom = ''));
      }
      // The grid card is wider than 320 px: it scrolls in its own region (checked above to be
      // focusable and named), the page does not.
      assert.ok(gridScrolledAt320, 'the grid card was expected to scroll inside its region at 320 px');
      assert.deepEqual(await violationsOf(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

// ---------------------------------------------------------------------------------------------

/**
 * In the page: the borders of every visible button and text field in the shadow roots, the
 * system colours Canvas and CanvasText as this page resolves them, and the focused control's outline.
 */
function controlsUnderForcedColors() {
  const resolve = (color) => {
    const probe = document.createElement('span');
    probe.style.color = color;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  };
  const controls = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      const field = element.localName === 'textarea' || (element.localName === 'input' && /^(text|email)$/.test(element.type));
      if (element.localName !== 'button' && !field) continue;
      const rect = element.getBoundingClientRect();
      if (!rect.width || !rect.height) continue;
      const style = getComputedStyle(element);
      const side = (name) => ({
        style: style[`border${name}Style`],
        width: parseFloat(style[`border${name}Width`]),
        color: style[`border${name}Color`],
      });
      controls.push({
        what: `${element.localName}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''}${element.id ? `#${element.id}` : ''} "${(element.textContent || element.value || '').trim().slice(0, 24)}"`,
        kind: element.classList.contains('tab') ? 'tab' : element.closest('.breadcrumb') ? 'breadcrumb' : 'control',
        selected: element.getAttribute('aria-selected') === 'true',
        invalid: element.getAttribute('aria-invalid') === 'true',
        underline: style.textDecorationLine.includes('underline'),
        borders: { top: side('Top'), right: side('Right'), bottom: side('Bottom'), left: side('Left') },
      });
    }
  };
  for (const host of document.querySelectorAll('#main > *')) walk(host.shadowRoot);
  // SVG paint is not forced: the countdown ring must use system colours itself.
  const ringSvg = document.querySelector('#main > auth-code-explainer')?.shadowRoot.querySelector('[part=ring]');
  const paint = (selector, property) => getComputedStyle(ringSvg.querySelector(selector))[property];
  const ring = ringSvg && {
    track: paint('.track', 'stroke'),
    trackWidth: parseFloat(paint('.track', 'strokeWidth')),
    left: paint('.left', 'stroke'),
    leftWidth: parseFloat(paint('.left', 'strokeWidth')),
    text: paint('text', 'fill'),
    systemColours: ['GrayText', 'Highlight'].map(resolve),
  };
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const focus = active && active !== document.body ? getComputedStyle(active) : undefined;
  return {
    forced: matchMedia('(forced-colors: active)').matches,
    canvas: resolve('Canvas'),
    canvasText: resolve('CanvasText'),
    controls,
    ring,
    focused: focus && {
      what: active.localName,
      outlineStyle: focus.outlineStyle,
      outlineWidth: parseFloat(focus.outlineWidth),
      outlineOffset: parseFloat(focus.outlineOffset),
      outlineColor: focus.outlineColor,
    },
  };
}

/** Borders that show: every side of buttons and fields, the chosen tab's underline only. */
function assertVisibleBorders(state, label) {
  assert.ok(state.forced, `${label}: forced colors are not active`);
  assert.ok(state.controls.length > 0, `${label}: no controls found`);
  const shows = (side) => side.style !== 'none' && side.style !== 'hidden' && side.width > 0 && side.color !== state.canvas;
  for (const control of state.controls) {
    const where = `${label}: ${control.what}`;
    if (control.kind === 'breadcrumb') {
      assert.ok(control.underline, `${where}: a link-like button without its underline`);
    } else if (control.kind === 'tab') {
      // Only the chosen tab is underlined; a transparent border would be forced visible on all.
      assert.equal(
        shows(control.borders.bottom),
        control.selected,
        `${where}: ${control.selected ? 'the chosen tab is not marked' : 'an unchosen tab looks chosen'}`,
      );
    } else {
      for (const [name, side] of Object.entries(control.borders))
        assert.ok(shows(side), `${where}: no visible ${name} border (${JSON.stringify(side)})`);
      if (control.invalid) {
        for (const side of Object.values(control.borders))
          assert.ok(side.width >= 3 && side.color === state.canvasText, `${where}: an invalid field looks like the others`);
      }
    }
  }
}

/** The countdown ring in system colours: the time left stands out from the track by colour and width. */
function assertRingVisible(ring, state, label) {
  assert.ok(ring, `${label}: no ring`);
  assert.equal(ring.text, state.canvasText, `${label}: the ring's number is not in the text colour`);
  for (const stroke of [ring.track, ring.left]) {
    assert.ok(
      ring.systemColours.includes(stroke) && stroke !== state.canvas,
      `${label}: a ring stroke (${stroke}) is not a visible system colour`,
    );
  }
  assert.notEqual(ring.track, ring.left, `${label}: the time left looks like the track`);
  assert.ok(ring.trackWidth < ring.leftWidth, `${label}: the track is as wide as the time left`);
}

/** A focused control keeps a visible ring (box-shadow rings are dropped in forced colors). */
function assertFocusRing(state, label) {
  assert.ok(state.focused, `${label}: nothing is focused`);
  assert.ok(
    state.focused.outlineStyle !== 'none' && state.focused.outlineWidth >= 1,
    `${label}: the focused ${state.focused.what} has no outline`,
  );
  assert.notEqual(state.focused.outlineColor, state.canvas, `${label}: the focus ring has the background's colour`);
  // Apart from the control's own border, which is drawn in a system colour that may be close.
  assert.ok(state.focused.outlineOffset >= 1, `${label}: the focus ring touches the control's border`);
}

/** Presses Tab until `predicate` (run in the page) says the right control has focus. */
async function tabTo(page, predicate, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  assert.fail('the control could not be reached with Tab');
}

const FORCED_CASES = [
  {
    name: 'guide-choices-cautions',
    tag: 'login-help-flow',
    attrs: { id: 'guide', persist: 'none', username: 'taro123' },
    act: async (page, element) => {
      await go(page, element, 'choose-problem');
      await go(page, element, 'forgot-password');
      await tabTo(page, () => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.classList.contains('choice');
      });
    },
  },
  { name: 'countdown', tag: 'login-help-flow', attrs: { persist: 'none', error: 'locked', 'retry-at': inAnHour }, focus: false },
  {
    name: 'explainer-grid-warning',
    tag: 'auth-code-explainer',
    attrs: { method: 'all' },
    act: async (page, element) => {
      await element.locator('#tab-grid').click();
      await element.locator('#code').fill('ａｂ１２');
      await element.locator('[part~=findings].problem').waitFor();
      await element.locator('[part=answer]').click();
      await page.keyboard.press('Tab');
    },
  },
  {
    name: 'explainer-ring-clock',
    tag: 'auth-code-explainer',
    attrs: { method: 'totp', 'server-time': () => String(Date.now() + 10 * 60 * 1000) },
    act: async (page, element) => {
      await element.locator('[part=ring]').waitFor();
      await element.locator('#code').focus();
      await page.keyboard.type('1');
    },
  },
  {
    name: 'form-error',
    tag: 'recovery-request-form',
    attrs: { template: 'password-reissue', username: 'taro123' },
    act: async (page, element) => {
      await element.locator('#field-name').fill('Taro');
      await element.locator('#field-email').fill('taro@@example');
      await element.locator('[part=submit]').click();
      await element.locator('[part=error-summary]').waitFor();
      await element.locator('#field-name').click();
      await page.keyboard.press('Tab');
    },
  },
];

describe('forced colors (high contrast)', () => {
  for (const scheme of ['light', 'dark']) {
    test(`screenshots, visible borders and focus rings, ${scheme}`, async () => {
      const context = await browser.newContext({ viewport: { width: 480, height: 900 }, colorScheme: scheme });
      const { page, errors } = await openEmptyPage(context);
      await page.emulateMedia({ forcedColors: 'active' });
      for (const { name, tag, attrs, act, focus = true } of FORCED_CASES) {
        const element = await mount(page, tag, attrsOf(attrs));
        await act?.(page, element);
        await nextFrame(page);
        await page.screenshot({ path: join(shotsDir, `forced-colors-${name}-${scheme}.png`), fullPage: true });
        const state = await page.evaluate(controlsUnderForcedColors);
        assertVisibleBorders(state, name);
        if (focus) assertFocusRing(state, name);
        if (tag === 'auth-code-explainer' && attrs.method === 'totp') assertRingVisible(state.ring, state, name);
      }
      assert.deepEqual(await violationsOf(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

test('invalid fields stand out without forced colors too (inputs as well as text areas)', async () => {
  const context = await browser.newContext({ viewport: { width: 480, height: 900 } });
  const { page, errors } = await openEmptyPage(context);
  const element = await mount(page, 'recovery-request-form', { template: 'password-reissue', username: 'taro123' });
  await element.locator('#field-email').fill('taro@@example');
  await element.locator('[part=submit]').click();
  await element.locator('[part=error-summary]').waitFor();
  const fields = await element.evaluate((form) =>
    [...form.shadowRoot.querySelectorAll('input[type=text], input[type=email], textarea:not([readonly])')].map((field) => {
      const style = getComputedStyle(field);
      return {
        id: field.id,
        tag: field.localName,
        invalid: field.getAttribute('aria-invalid') === 'true',
        border: `${style.borderTopWidth} ${style.borderTopColor}`,
      };
    }),
  );
  const invalid = fields.filter((field) => field.invalid);
  const valid = fields.filter((field) => !field.invalid);
  assert.ok(
    invalid.some((field) => field.tag === 'input') && invalid.some((field) => field.tag === 'textarea'),
    'expected invalid inputs and text areas',
  );
  const marked = new Set(invalid.map((field) => field.border));
  assert.equal(marked.size, 1, `invalid fields are marked differently: ${JSON.stringify(invalid)}`);
  for (const field of valid) assert.ok(!marked.has(field.border), `${field.id} is valid but looks invalid`);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---------------------------------------------------------------------------------------------

describe('prefers-reduced-motion', () => {
  test("the countdown ring's transition is off under reduce, on without it", async () => {
    const context = await browser.newContext();
    const { page, errors } = await openEmptyPage(context);
    const element = await mount(page, 'auth-code-explainer', { method: 'totp' });
    await element.locator('[part=ring] .left').waitFor();
    const ring = () =>
      page.evaluate(() => {
        const left = document.querySelector('auth-code-explainer').shadowRoot.querySelector('[part=ring] .left');
        const style = getComputedStyle(left);
        return { property: style.transitionProperty, duration: style.transitionDuration };
      });
    /** The most transitions seen running on the ring's arc over 2.5 s (it moves every second; a loaded machine may skip a tick). */
    const running = () =>
      page.evaluate(async () => {
        const left = document.querySelector('auth-code-explainer').shadowRoot.querySelector('[part=ring] .left');
        let most = 0;
        for (const end = performance.now() + 2500; performance.now() < end;) {
          most = Math.max(most, left.getAnimations().length);
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
        return most;
      });

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    assert.deepEqual(await ring(), { property: 'stroke-dashoffset', duration: '1s' });
    assert.ok((await running()) > 0, 'the ring does not animate without reduced motion');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const reduced = await ring();
    assert.ok(reduced.duration === '0s' || reduced.property === 'none', `still animated: ${JSON.stringify(reduced)}`);
    assert.equal(await running(), 0, 'the ring animates under reduced motion');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
