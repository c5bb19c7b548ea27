// The demo as `npm start` serves it, logged into before its script runs (JavaScript off, or the
// form sent while the script still loads): POST /login answers the login page again with the help
// for the error server-rendered (demo/login-post.mjs). In Chromium: without JavaScript the step is
// there, styled under the page's strict CSP, its choices links to the static help page, and the image
// check, the welcome and logging out work; with JavaScript, the served guide hydrates without a layout
// shift or a second render of its step, then works and follows the page's language.
//
//   node --import tsx --test test/e2e/demo-without-script.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { recordProblems } from '../examples/page-problems.mjs';
import { hydrationSeen, watchHydration } from '../examples/hydration-watch.mjs';
import { startProduction } from '../../demo/production-server.mjs';
import { TEXT } from '../../demo/text.ts';

const defaultFlow = JSON.parse(await readFile(new URL('../../src/flows/default.json', import.meta.url), 'utf8'));
const stepById = (id) => defaultFlow.steps.find((step) => step.id === id);
const errorStep = (error) => stepById(defaultFlow.errors[error]);

let browser;
let demo;

before(async () => {
  demo = await startProduction({ port: 0, hostname: '127.0.0.1', log: false });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** A page of a fresh context, its console problems recorded (a CSP refusal among them). */
async function open({ javaScriptEnabled, width = 1280 }) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page, problems: recordProblems(page) };
}

/** Types into the login form and sends it as the browser does without script. */
async function submitLogin(page, { username, password, captcha }) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  if (captcha !== undefined) await page.locator('#captcha-answer').fill(captcha);
  await Promise.all([page.waitForURL(/\/login/), page.locator('#submit').click()]);
}

describe('the demo logged into without JavaScript (POST /login)', () => {
  before(() => demo.service.reset());

  test('a failed login: the message, the username kept, the step for the error styled, choices that link to the help page', async () => {
    for (const lang of ['ja', 'en', 'zh-Hans']) {
      demo.service.reset(); // a first failure each time (the third brings the image check)
      const { context, page, problems } = await open({ javaScriptEnabled: false });
      try {
        await page.goto(`${demo.url}?lang=${lang}`);
        await submitLogin(page, { username: 'ｔａｒｏ', password: 'wrong' });
        assert.equal(await page.getByRole('alert').locator('p').textContent(), TEXT[lang]['error.invalid-credentials'], lang);
        // The message has the focus: what a screen reader reads first on the page.
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'login-message', `${lang}: the focus`);
        assert.equal(await page.locator('#username').inputValue(), 'ｔａｒｏ', `${lang}: the username kept`);
        const guide = page.locator('login-help-flow');
        const step = errorStep('invalid-credentials');
        await guide.getByRole('heading', { level: 2, name: step.title[lang], exact: true }).waitFor();
        assert.ok(await guide.locator('[part~="diagnostics"]').isVisible(), `${lang}: the check of the username typed`);
        // Styled: the shadow root's sheet was applied (the CSP allows it by hash), so a choice is a
        // padded box, not a line of link text; and nothing was refused.
        const choice = step.choices[0];
        const link = guide.getByRole('link', { name: choice.label[lang], exact: true });
        const box = await link.boundingBox();
        assert.ok(box && box.height >= 40, `${lang}: a choice ${box?.height} px high`);
        assert.deepEqual(problems, [], lang);
        // The panel's close button needs the script: unseen without it.
        assert.equal(await page.locator('#close-help').isVisible(), false, `${lang}: the close button`);
        await link.click();
        await page.waitForURL(new RegExp(`/help\\?lang=${lang}#step-${choice.next}$`));
        const section = page.locator(`section#step-${choice.next}`);
        assert.ok((await section.getByRole('heading').first().textContent()).trim().endsWith(stepById(choice.next).title[lang]), lang);
        assert.deepEqual(problems, [], `${lang}: the help page`);
      } finally {
        await context.close();
      }
    }
  });

  test('the image check after three failures; the demo account then logs in, and logs out', async () => {
    const { context, page, problems } = await open({ javaScriptEnabled: false, width: 400 });
    try {
      await page.goto(`${demo.url}?lang=en`);
      for (let i = 0; i < 3; i++) await submitLogin(page, { username: 'demo', password: 'wrong' });
      assert.ok(await page.locator('#captcha').isVisible(), 'the image check');
      assert.equal(await page.getByRole('alert').locator('p').textContent(), TEXT.en['error.captcha-required']);
      await page
        .locator('login-help-flow')
        .getByRole('heading', { level: 2, name: errorStep('captcha-required').title.en })
        .waitFor();
      // On a narrow screen the help is below the form: the message links down to it.
      assert.ok(
        await page
          .getByRole('alert')
          .getByRole('link', { name: `${TEXT.en.seeHelp} ↓` })
          .isVisible(),
      );
      await submitLogin(page, { username: 'demo', password: 'correct horse', captcha: '7351' });
      assert.ok(await page.getByRole('heading', { level: 1, name: TEXT.en.welcomeTitle }).isVisible());
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'welcome-title', 'the focus');
      assert.equal(await page.locator('#login-card').isVisible(), false);
      await Promise.all([page.waitForURL(/\/\?$|\/$/), page.getByRole('button', { name: TEXT.en.logout }).click()]);
      assert.ok(await page.getByRole('heading', { level: 1, name: TEXT.en.loginTitle }).isVisible(), 'the login form again');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test("the page's other controls without script: the language buttons, and “Can't log in?” opening the help page", async () => {
    const { context, page, problems } = await open({ javaScriptEnabled: false });
    try {
      await page.goto(`${demo.url}?lang=en`);
      await Promise.all([page.waitForURL(/\?lang=ja$/), page.getByRole('button', { name: '日本語' }).click()]);
      assert.ok(await page.getByRole('heading', { level: 1, name: TEXT.ja.loginTitle }).isVisible(), 'the page in Japanese');
      assert.equal(await page.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed'), 'true');
      await Promise.all([page.waitForURL(/\/help\?lang=ja$/), page.getByRole('button', { name: TEXT.ja.cantLogin }).click()]);
      assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
      assert.ok(await page.locator(`section#step-${defaultFlow.start}`).isVisible(), 'the help page, from its first step');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript, the page posted before its script ran: hydrated in place, then it works', async () => {
    demo.service.reset();
    const { context, page, problems } = await open({ javaScriptEnabled: true });
    try {
      await watchHydration(page);
      await page.goto(`${demo.url}?lang=en`);
      // The form sent natively (no submit event for the page's script): as while the script loads.
      // (Its button's id "submit" hides the form's own submit().)
      await page.locator('#username').fill('ｔａｒｏ');
      await page.locator('#password').fill('wrong');
      await Promise.all([
        page.waitForURL(/\/login/),
        page.locator('#login-form').evaluate((form) => HTMLFormElement.prototype.submit.call(form)),
      ]);
      await page.waitForFunction(() => document.querySelector('login-help-flow')?.currentStep !== undefined);
      await page.locator('login-help-flow').evaluate((guide) => guide.updateComplete);
      await page.waitForTimeout(500);
      const seen = await hydrationSeen(page);
      assert.equal(seen.shifts, 0, 'cumulative layout shift');
      assert.deepEqual(seen.changes, [], 'the shadow root changed during hydration');
      assert.equal(seen.sameHeading, true, 'the heading is the server-rendered node');
      assert.ok(await page.locator('#close-help').isVisible(), 'the close button, shown by the script');
      // The guide works, and follows the page's language from now on.
      const guide = page.locator('login-help-flow');
      const step = errorStep('invalid-credentials');
      await guide.getByRole('button', { name: step.choices[0].label.en, exact: true }).click();
      await guide.getByRole('heading', { level: 2, name: stepById(step.choices[0].next).title.en, exact: true }).waitFor();
      await page.locator('[data-lang="ja"]').click();
      await guide.getByRole('heading', { level: 2, name: stepById(step.choices[0].next).title.ja, exact: true }).waitFor();
      assert.equal(
        await page.getByRole('alert').locator('p').textContent(),
        TEXT.ja['error.invalid-credentials'],
        'the message, in Japanese',
      );
      await page.locator('#close-help').click();
      assert.equal(await page.locator('#help-panel').isVisible(), false);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
