// Debian's Firefox ESR for the browser tests (web-test-runner.firefox.config.mjs), driven by
// puppeteer-core over WebDriver BiDi: no geckodriver, nothing downloaded; headless, on a machine
// whose network is closed.
import { existsSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const firefoxPrefs = {
  // No background connections (updates, telemetry, remote settings, captive portal checks).
  'app.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/**
 * wtr's launcher for Firefox: @web/test-runner-chrome's, given puppeteer-core (its `puppeteer`
 * option), so wtr's commands (sendKeys, setViewport, emulateMedia…) take the puppeteer path.
 */
export function firefoxLauncher({ concurrency } = {}) {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `No Firefox at ${firefoxPath}. Install Debian's firefox-esr package (sudo apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  return chromeLauncher({
    puppeteer: puppeteerCore,
    concurrency,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: firefoxPrefs },
    createPage: async ({ context }) => withPageFocus(withSpaceKey(await context.newPage())),
  });
}

/**
 * puppeteer-core's WebDriver BiDi keyboard knows the space key only as ' ' ("Unknown key: Space"),
 * where its CDP keyboard (Chromium) also takes the key name 'Space'; the tests press 'Space'.
 */
function withSpaceKey(page) {
  const keyboard = page.keyboard;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
}

/**
 * Each test file starts with the focus in its page. A test that tabs past the page's last field
 * sends Firefox's focus to the browser's own toolbar (even headless), and it would stay there for
 * the next files (document.hasFocus() false: no focus or blur events, Enter on a focused button
 * does nothing). wtr runs each file by going from about:blank to the test page: there, Tab brings
 * the focus back from the toolbar to the (empty) page first. window.focus() and bringToFront() do not.
 */
function withPageFocus(page) {
  const goto = page.goto.bind(page);
  const pageHasFocus = () => page.evaluate(() => document.hasFocus());
  page.goto = async (url, ...rest) => {
    if (url !== 'about:blank' && page.url() === 'about:blank') {
      for (let tries = 0; tries < 10 && !(await pageHasFocus()); tries++) await page.keyboard.press('Tab');
    }
    return goto(url, ...rest);
  };
  return page;
}

/**
 * A wtr plugin that marks the tests of `file` (path from the project root) whose titles are
 * listed as skipped, without touching the test file: a root `beforeEach` that calls `this.skip()`
 * is added to the module the browser gets.
 */
export function skipTests(file, titles) {
  return {
    name: 'skip-tests',
    transform(context) {
      if (context.path !== `/${file}`) return undefined;
      const hook = `beforeEach(function () { if (${JSON.stringify(titles)}.includes(this.currentTest.title)) this.skip(); });\n`;
      return { body: hook + context.body };
    },
  };
}
