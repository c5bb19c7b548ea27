// The server-rendering example (examples/ssr): a Node login page that renders the guide for the
// login error with `renderElement` (login-help-elements/ssr) into its HTML, and hydrates it with
// `login-help-elements/hydrate.js`. In Chromium: with JavaScript off, the step is there (heading,
// facts, choices); with JavaScript, hydration shifts nothing (CLS 0 from a PerformanceObserver)
// and does not render the step again (no mutation in its shadow root, the same heading node), and
// the guide then works. Without JavaScript its choices are links to the static help page (`page-url`).
//
//   npm run build && node --test test/examples/ssr.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { recordProblems } from './page-problems.mjs';
import { hydrationSeen, watchHydration } from './hydration-watch.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const defaultFlow = JSON.parse(await readFile(path.join(repo, 'src/flows/default.json'), 'utf8'));
const stepById = (id) => defaultFlow.steps.find((step) => step.id === id);
const errorStep = stepById(defaultFlow.errors['invalid-credentials']);

let browser;
let server;

before(async () => {
  assert.ok(existsSync(path.join(repo, 'dist/ssr/index.js')), 'dist/ is missing: run `npm run build` first');
  await build({ configFile: path.join(repo, 'examples/ssr/vite.config.mjs'), configLoader: 'native', logLevel: 'error' });
  const { startServer } = await import(pathToFileURL(path.join(repo, 'examples/ssr/server.mjs')).href);
  server = await startServer();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Logs in (every login fails) as `username` in `lang`, on a page of a context with or without JavaScript. */
async function failedLogin({ javaScriptEnabled, lang, username }) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = recordProblems(page);
  // Before the page's own scripts: layout shifts, and every change in the guide's shadow root.
  await watchHydration(page);
  await page.goto(`${server.url}/?lang=${lang}`);
  await page.getByRole('textbox').first().fill(username);
  await page.locator('input[type=password]').fill('not the password');
  await Promise.all([page.waitForURL(/\/login/), page.getByRole('button').first().click()]);
  return { context, page, problems };
}

describe('server rendering (examples/ssr)', () => {
  test('without JavaScript: the step for the login error is in the page, with its facts and choices', async () => {
    for (const lang of ['ja', 'en', 'zh-Hans']) {
      const { context, page } = await failedLogin({ javaScriptEnabled: false, lang, username: 'ｔａｒｏ' });
      try {
        const guide = page.locator('login-help-flow');
        await guide.getByRole('heading', { level: 2, name: errorStep.title[lang], exact: true }).waitFor();
        assert.ok(await guide.locator('[part~="checklist"] li').first().isVisible(), `${lang}: the facts`);
        assert.equal(await guide.locator('[part~="choice"]').count(), errorStep.choices.length, `${lang}: the choices`);
        assert.ok(await guide.locator('[part~="diagnostics"]').isVisible(), `${lang}: the username check`);
        // The choices are links (the buttons need script): to the static help page's sections.
        assert.equal(await guide.locator('button.choice').first().isVisible(), false, `${lang}: a button without script`);
        const choice = errorStep.choices[0];
        await guide.getByRole('link', { name: choice.label[lang], exact: true }).click();
        await page.waitForURL(new RegExp(`/help\\?lang=${lang}#step-${choice.next}$`));
        const section = page.locator(`section#step-${choice.next}`);
        assert.equal((await section.getByRole('heading').first().textContent()).trim().endsWith(stepById(choice.next).title[lang]), true);
      } finally {
        await context.close();
      }
    }
  });

  test('with JavaScript: hydration shifts nothing and renders the step once; then the guide works', async () => {
    const { context, page, problems } = await failedLogin({ javaScriptEnabled: true, lang: 'ja', username: 'ｔａｒｏ' });
    try {
      const guide = page.locator('login-help-flow');
      await page.waitForFunction(() => document.querySelector('login-help-flow')?.currentStep !== undefined);
      await guide.evaluate((el) => el.updateComplete);
      // Past any late task (the embedded element's), then the record of the page so far.
      await page.waitForTimeout(500);
      const seen = await hydrationSeen(page);
      assert.equal(seen.shifts, 0, 'cumulative layout shift');
      assert.deepEqual(seen.changes, [], 'the shadow root changed during hydration');
      assert.equal(seen.sameHeading, true, 'the heading is the server-rendered node');
      // Hydrated: the choices and the username fix work.
      await guide.locator('[part~="use-suggestion"]').click();
      await guide.getByText('taro', { exact: false }).first().waitFor();
      const choice = errorStep.choices[0];
      await guide.getByRole('button', { name: choice.label.ja }).click();
      await guide.getByRole('heading', { level: 2, name: stepById(choice.next).title.ja, exact: true }).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
