#!/usr/bin/env node
// Screenshots of the demo login page (`npm run screenshots`): every failure kind × language ×
// width, each triggered through the real form, saved as screenshots/<kind>-<lang>-<width>.png.
// Then checks that the demo controls produce the same page as the real failures.
//
// Exits 1 on any page error, console error, failed request, horizontal scrolling, a guide
// that does not show the expected step in the expected language, or text of another language
// on the page (Japanese kana on an English or Chinese page; anything but the site's quoted
// contact-form labels).
//
//   node scripts/screenshots.mjs                  light colour scheme, every language
//   node scripts/screenshots.mjs --dark           dark colour scheme (files end in -dark.png)
//   node scripts/screenshots.mjs --lang zh-Hans   one language only (repeatable)
//   CHROMIUM_PATH=/path/to/chrome           another browser binary (default /usr/bin/chromium)
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { start, DEMO_ACCOUNT, CAPTCHA_ANSWER } from '../demo/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'screenshots');
const dark = process.argv.includes('--dark');

const KINDS = ['invalid-credentials', 'locked', 'system-error', 'captcha-required'];
/** The demo's languages, each with the browser locale its pages are taken in. */
const LOCALES = { ja: 'ja-JP', en: 'en-US', 'zh-Hans': 'zh-CN' };
const asked = process.argv.flatMap((arg, i) =>
  arg === '--lang' ? [process.argv[i + 1]] : arg.startsWith('--lang=') ? [arg.slice(7)] : [],
);
for (const lang of asked) {
  if (!(lang in LOCALES)) {
    console.error(`Unknown --lang ${lang}: one of ${Object.keys(LOCALES).join(', ')}`);
    process.exit(2);
  }
}
const LANGS = asked.length ? asked : Object.keys(LOCALES);
const WIDTHS = [375, 1280];
const USERNAME = 'taro123';

/** Step titles the guide must show, from the built-in flow: proves the step and the language. */
const flow = JSON.parse(await readFile(join(root, 'src', 'flows', 'default.json'), 'utf8'));
function expectedTitle(kind, lang) {
  const stepId = flow.errors?.[kind];
  const step = (Array.isArray(flow.steps) ? flow.steps : Object.values(flow.steps)).find((s) => s.id === stepId);
  if (!step) throw new Error(`the default flow maps no step to ${kind}`);
  return typeof step.title === 'string' ? step.title : step.title[lang];
}

/** What is Japanese on a page of each language: kana (none is, on the Japanese page). */
const JAPANESE_ON = { ja: undefined, en: /[\u3040-\u30ff]/u, 'zh-Hans': /[\u3040-\u30ff]/u };

/**
 * Texts of a page in `lang` with Japanese outside quotation marks: on an English or a Chinese
 * page only the site's contact-form labels, quoted “…” exactly as the site shows them, may be.
 */
function strayJapanese(texts, lang) {
  const japanese = JAPANESE_ON[lang];
  if (!japanese) return [];
  return texts.filter((text) => japanese.test(text.replace(/“[^”]*”/gu, '')));
}

const problems = [];
const warnings = new Set();
const problem = (label, text) => {
  problems.push(`${label}: ${text}`);
  console.error(`  ✗ ${label}: ${text}`);
};

/** The fake API answers failures with 401/423/503: Chromium logs those; they are expected. */
function expectedConsoleError(message) {
  return (
    /Failed to load resource: the server responded with a status of (401|423|503)/.test(message.text()) &&
    /\/api\/(login|demo\/fail)$/.test(message.location().url ?? '')
  );
}

function watch(page, label) {
  page.on('pageerror', (error) => problem(label, `page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsoleError(message)) problem(label, `console error: ${message.text()}`);
    else if (message.type() === 'warning' && !message.text().includes('Lit is in dev mode')) warnings.add(message.text());
  });
  page.on('requestfailed', (request) => problem(label, `request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !/\/api\/(login|demo\/fail)$/.test(response.url())) {
      problem(label, `HTTP ${response.status()} for ${response.url()}`);
    }
  });
}

async function openPage(browser, baseUrl, lang, width, label) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: dark ? 'dark' : 'light',
    locale: LOCALES[lang],
    timezoneId: 'Asia/Tokyo',
  });
  const page = await context.newPage();
  watch(page, label);
  await page.goto(new URL('/', baseUrl).href);
  await page.click(`[data-lang="${lang}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  return { context, page };
}

/** One login through the form, as a user does it; resolves once the page has handled the answer. */
async function attempt(page, username, password) {
  await page.fill('#username', username);
  await page.fill('#password', password);
  if (await page.isVisible('#captcha')) await page.fill('#captcha-answer', CAPTCHA_ANSWER);
  await page.click('#submit');
  await page.waitForSelector('#login-form[aria-busy="false"]', { state: 'attached' });
}

async function failThroughForm(page, kind) {
  switch (kind) {
    case 'invalid-credentials':
      return attempt(page, USERNAME, 'wrong password');
    case 'system-error':
      return attempt(page, 'system', 'anything');
    case 'captcha-required':
      for (let i = 0; i < 3; i++) await attempt(page, USERNAME, `wrong ${i}`);
      return;
    case 'locked':
      // Three failures, then two more with the image check answered: the fifth locks.
      for (let i = 0; i < 5; i++) await attempt(page, USERNAME, `wrong ${i}`);
      return;
  }
}

async function failThroughDemoControls(page, kind) {
  await page.click('#demo-controls summary');
  // The username the real failure was made with (the demo controls use the one in the field).
  await page.fill('#username', kind === 'system-error' ? 'system' : USERNAME);
  await page.click(`[data-fail="${kind}"]`);
}

/** Waits for the guide to show the step for `kind` in `lang`; returns what the page shows. */
async function settled(page, kind, lang) {
  const title = expectedTitle(kind, lang);
  await page
    .waitForFunction(
      (expected) => {
        const h2 = document.querySelector('login-help-flow')?.shadowRoot?.querySelector('h2');
        return h2?.textContent?.trim() === expected;
      },
      title,
      { timeout: 10_000 },
    )
    .catch(async () => {
      const seen = await page.evaluate(() =>
        document.querySelector('login-help-flow')?.shadowRoot?.querySelector('h2')?.textContent?.trim(),
      );
      throw new Error(`expected the guide's heading "${title}", saw ${JSON.stringify(seen)}`);
    });
  if (kind === 'locked') await page.waitForSelector('login-help-flow [part="countdown"]');
  await page.evaluate(() => document.fonts.ready);
  // Park the pointer, so that no hover state from the last click shows in the picture.
  await page.mouse.move(0, 0);
  return page.evaluate(() => {
    const help = document.querySelector('login-help-flow');
    // What a reader sees and hears: visible text (shadow roots included) and accessible names.
    const texts = [];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          if (node.parentElement?.checkVisibility({ visibilityProperty: true }) && node.textContent.trim())
            texts.push(node.textContent.trim());
        } else if (node instanceof Element && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) {
          for (const name of ['aria-label', 'title', 'alt', 'placeholder'])
            if (node.getAttribute(name)) texts.push(node.getAttribute(name));
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.body);
    texts.push(document.title);
    return {
      texts,
      alert: document.querySelector('[role="alert"]')?.textContent?.trim() ?? '',
      error: help?.getAttribute('error') ?? null,
      username: help?.getAttribute('username') ?? null,
      retryAt: help?.hasAttribute('retry-at') ?? false,
      captcha: !document.getElementById('captcha')?.hidden,
      heading: help?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '',
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

const server = await start({ port: 0, log: false });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

const seenThroughForm = new Map();
try {
  await mkdir(outDir, { recursive: true });
  console.log(`Demo at ${server.url} (${dark ? 'dark' : 'light'}); screenshots in ${outDir}`);
  for (const kind of KINDS) {
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        const name = `${kind}-${lang}-${width}${dark ? '-dark' : ''}`;
        server.service.reset();
        const { context, page } = await openPage(browser, server.url, lang, width, name);
        try {
          await failThroughForm(page, kind);
          const seen = await settled(page, kind, lang);
          seenThroughForm.set(`${kind}-${lang}-${width}`, seen);
          if (seen.error !== kind) problem(name, `the guide's error is ${seen.error}, expected ${kind}`);
          if (!seen.alert) problem(name, 'the site shows no error message');
          if (seen.overflow > 0) problem(name, `the page scrolls sideways by ${seen.overflow}px`);
          if (kind === 'locked' && !seen.retryAt) problem(name, 'no retry-at on the guide');
          for (const text of strayJapanese(seen.texts, lang)) problem(name, `Japanese on the ${lang} page: ${JSON.stringify(text)}`);
          const file = join(outDir, `${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`  ✓ ${name}.png`);
        } catch (error) {
          problem(name, error instanceof Error ? error.message : String(error));
        } finally {
          await context.close();
        }
      }
    }
  }

  // The demo controls must give the same page as the real failures.
  for (const kind of KINDS) {
    const lang = LANGS.includes('en') ? 'en' : LANGS[0];
    const width = 1280;
    const name = `demo-control ${kind}`;
    server.service.reset();
    const { context, page } = await openPage(browser, server.url, lang, width, name);
    const before = problems.length;
    try {
      await failThroughDemoControls(page, kind);
      const seen = await settled(page, kind, lang);
      const real = seenThroughForm.get(`${kind}-${lang}-${width}`);
      const digitless = (text) => text.replace(/\d+/g, '#');
      if (real) {
        for (const key of ['error', 'username', 'retryAt', 'captcha', 'heading']) {
          if (seen[key] !== real[key])
            problem(name, `${key} is ${JSON.stringify(seen[key])}, the real failure gives ${JSON.stringify(real[key])}`);
        }
        if (digitless(seen.alert) !== digitless(real.alert)) problem(name, `message "${seen.alert}" differs from "${real.alert}"`);
      }
      if (problems.length === before) console.log(`  ✓ ${name} matches the real failure`);
    } catch (error) {
      problem(name, error instanceof Error ? error.message : String(error));
    } finally {
      await context.close();
    }
  }

  // The demo account logs in.
  {
    server.service.reset();
    const { context, page } = await openPage(browser, server.url, LANGS.includes('en') ? 'en' : LANGS[0], 1280, 'demo account');
    try {
      await attempt(page, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password);
      await page.waitForSelector('#welcome:not([hidden])', { timeout: 5000 });
      console.log('  ✓ the demo account logs in');
    } catch (error) {
      problem('demo account', error instanceof Error ? error.message : String(error));
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

for (const warning of warnings) console.log(`  (browser warning) ${warning}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('All screenshots taken; no errors.');
