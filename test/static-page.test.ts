/**
 * The static help page (`helpPage`, login-help-elements/static) in Chromium: loaded into an
 * iframe as the document it is. axe finds nothing (light and dark, every language); a choice is a
 * link that moves to its step's section (`location.hash`, `:target`) in a frame where no script
 * may run at all; a script that got into the page anyway would not run (its own CSP); on paper
 * every section is printed with the targets of its links.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { helpPage } from '../src/static/index.js';
import { LANGUAGES } from '../src/localize/languages.js';
import type { FlowDefinition } from '../src/flow/schema.js';
import defaultJson from '../src/flows/default.json';
import small from './fixtures/small-flow.json';

const defaultFlow = defaultJson as unknown as FlowDefinition;

/** The page's Content-Security-Policy (no script at all); taken out only where axe must run inside the page. */
const CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>\n/;

/**
 * emulateMedia where the browser can (it needs the DevTools Protocol: Chromium; Firefox, driven
 * over WebDriver BiDi, cannot): false where it cannot, and the test checks what it still can.
 */
let canEmulate = true;
async function emulate(options: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if (!canEmulate) return false;
  try {
    await emulateMedia(options);
    return true;
  } catch (error) {
    if (!/CDP support is required/.test(String(error))) throw error;
    canEmulate = false;
    return false;
  }
}

const frames: HTMLIFrameElement[] = [];
afterEach(async () => {
  for (const frame of frames.splice(0)) frame.remove();
  await emulate({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' });
});

const urls: string[] = [];
afterEach(() => urls.splice(0).forEach((url) => URL.revokeObjectURL(url)));

/**
 * An iframe showing `html` as its document (`sandbox`: its attribute, when given), loaded. The
 * document has a URL of its own (a blob: URL), as a page served by a site has: in a `srcdoc`
 * frame, `#step-…` would resolve against the test page's URL and leave the document.
 */
async function load(html: string, sandbox?: string): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window }> {
  const frame = document.createElement('iframe');
  frame.title = 'Help page';
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  urls.push(url);
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow! };
}

/** `html` without its CSP and with axe-core loaded first, so that axe can run inside the page. */
const withAxe = (html: string) =>
  html.replace(CSP, '').replace('<head>', `<head>\n<script src="${location.origin}/node_modules/axe-core/axe.min.js"></script>`);

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
  passes: unknown[];
}

/** axe run inside the page on its whole document: the page's own rules (lang, title, landmarks, contrast) included. */
async function axeInside(html: string): Promise<AxeResults> {
  const { frame, win, doc } = await load(withAxe(html));
  await waitUntil(() => (win as unknown as { axe?: unknown }).axe, 'axe did not load in the page', { timeout: 5000 });
  const axe = (win as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe;
  const results = await axe.run(doc);
  frame.remove();
  return results;
}

const describeViolations = (results: AxeResults) =>
  results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => String(node.target)).join(', ')})`,
  );

describe('static help page', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: axe finds nothing in the built-in flow's page, light and dark`, async function () {
      this.timeout(30_000);
      const html = helpPage(defaultFlow, { lang });
      for (const colorScheme of ['light', 'dark'] as const) {
        // Without media emulation (Firefox) the page is checked in the browser's own scheme only.
        if (!(await emulate({ colorScheme })) && colorScheme === 'dark') continue;
        const results = await axeInside(html);
        expect(describeViolations(results), colorScheme).to.deep.equal([]);
        expect(results.passes.length).to.be.greaterThan(10);
      }
    });
  }

  it('is accessible as a frame of a page (expect(frame).to.be.accessible())', async function () {
    this.timeout(30_000);
    const { frame, win } = await load(withAxe(helpPage(defaultFlow, { lang: 'ja' })));
    await waitUntil(() => (win as unknown as { axe?: unknown }).axe, 'axe did not load in the page', { timeout: 5000 });
    await expect(frame).to.be.accessible();
  });

  it('a choice is a link: clicking one moves to its step (location.hash, :target), with no script allowed in the frame', async function () {
    this.timeout(20_000);
    // `sandbox` without `allow-scripts`: the frame runs no script whatever it holds (JavaScript off).
    // Reduced motion: the page jumps to a step instead of scrolling smoothly (a smooth scroll may
    // not advance in a test page that is not in front).
    await emulate({ reducedMotion: 'reduce' });
    const { doc, win, frame } = await load(helpPage(defaultFlow, { lang: 'en' }), 'allow-same-origin');
    expect(doc.scripts.length).to.equal(0);
    const walk = ['before-you-start', 'choose-problem', 'forgot-password', 'password-reissue-request'];
    for (let i = 0; i < walk.length - 1; i++) {
      const section = doc.getElementById(`step-${walk[i]}`)!;
      const link = section.querySelector<HTMLAnchorElement>(`.choices a[href="#step-${walk[i + 1]}"]`);
      expect(link, `${walk[i]} → ${walk[i + 1]}`).to.exist;
      link!.click();
      await waitUntil(() => win.location.hash === `#step-${walk[i + 1]}`, `not moved to ${walk[i + 1]} (${win.location.hash})`, {
        timeout: 3000,
      });
      expect(frame.contentDocument, 'the same document').to.equal(doc);
      const target = doc.querySelector(':target');
      expect(target?.id).to.equal(`step-${walk[i + 1]}`);
      // The section is scrolled to the top of the frame and marked as the current one.
      await waitUntil(() => Math.abs(target!.getBoundingClientRect().top) < 40, 'the target is not scrolled into view', { timeout: 3000 });
      expect(getComputedStyle(target!).backgroundColor).to.not.equal(
        getComputedStyle(doc.getElementById(`step-${walk[0]}`)!).backgroundColor,
      );
    }
    // The contents lead to the step of a login error, and each step back to the contents.
    const locked = doc.querySelector<HTMLAnchorElement>('#contents .errors a[href="#step-account-locked"]')!;
    locked.click();
    await waitUntil(() => win.location.hash === '#step-account-locked', 'not moved to account-locked', { timeout: 3000 });
    expect(doc.querySelector(':target')?.id).to.equal('step-account-locked');
    const back = doc.querySelector<HTMLAnchorElement>('#step-account-locked .back a')!;
    back.click();
    await waitUntil(() => win.location.hash === '#contents', 'not moved to the contents', { timeout: 3000 });
    expect(doc.querySelector(':target')?.id).to.equal('contents');
  });

  it('with JavaScript off the whole guide is there to read: every step shown, no script, no handler', async () => {
    const html = helpPage(defaultFlow, { lang: 'ja' });
    expect(html).to.not.match(/<script/i);
    expect(html).to.not.match(/\son[a-z]+\s*=/i);
    const { doc } = await load(html, 'allow-same-origin');
    const sections = [...doc.querySelectorAll('main > section')];
    expect(sections.map((section) => section.id)).to.deep.equal(defaultFlow.steps.map((step) => `step-${step.id}`));
    for (const section of sections) expect((section as HTMLElement).offsetHeight, section.id).to.be.greaterThan(0);
    expect(doc.documentElement.lang).to.equal('ja');
  });

  it('a script that got into the page anyway does not run: the page forbids scripts itself', async () => {
    const ran = ((window as unknown as { __staticRan: string[] }).__staticRan = [] as string[]);
    const html = helpPage(small, { lang: 'en' }).replace(
      '<main>',
      '<main><script>parent.__staticRan.push("inline")</script><img src="data:," onerror="parent.__staticRan.push(\'handler\')" alt="">',
    );
    const { doc } = await load(html);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(doc.querySelector('main script'), 'the script element is in the page').to.exist;
    expect(ran).to.deep.equal([]);
  });

  it('on paper: every section printed, a choice with the number of its step, an outside link with its address', async function () {
    const { doc } = await load(helpPage(small, { lang: 'en' }));
    if (!(await emulate({ media: 'print' }))) this.skip();
    for (const section of doc.querySelectorAll('section')) expect(section.offsetHeight, section.id).to.be.greaterThan(0);
    const choice = doc.querySelector('#step-hello .choices li')!;
    expect(choice.textContent).to.contain('I am locked out');
    const goesTo = choice.querySelector('.goes-to')!;
    expect(getComputedStyle(goesTo).display).to.equal('inline');
    expect(goesTo.textContent).to.equal(' (→ 2)');
    const outside = doc.querySelector<HTMLAnchorElement>('#step-locked .links a[href^="https:"]')!;
    expect(getComputedStyle(outside, '::after').content).to.contain('https://help.example.org/lock');
    expect(getComputedStyle(doc.querySelector('#step-locked .back')!).display).to.equal('none');
    await emulate({ media: 'screen' });
    expect(getComputedStyle(goesTo).display).to.equal('none');
    expect(getComputedStyle(outside, '::after').content).to.not.contain('https://help.example.org/lock');
  });
});
