// The React 19 and Vue 3 examples (examples/react, examples/vue), each built with its own small Vite
// build, served as static files and used in Chromium: the guide renders the step for the login error,
// its events reach the framework's handlers, and the page logs no error.
//
//   npm run build && node --test test/examples/examples.test.mjs
//
// The examples import the package by name (`login-help-elements/login-help-flow.js`), which resolves
// to dist/ through package.json `exports`: build the package first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { recordProblems } from './page-problems.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const examples = ['react', 'vue'];

// The step the default flow opens for `error="invalid-credentials"`, and its first choice.
const defaultFlow = JSON.parse(await readFile(path.join(repo, 'src/flows/default.json'), 'utf8'));
const stepById = (id) => defaultFlow.steps.find((step) => step.id === id);
const text = (value, lang) => (typeof value === 'string' ? value : value[lang]);
const errorStep = stepById(defaultFlow.errors['invalid-credentials']);
const firstChoice = errorStep.choices[0];

/** Opens a page and records every console error or warning, uncaught error and failed request. */
async function openPage(browser, url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const problems = recordProblems(page);
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

const built = {};
let browser;
/** The whole repository, served as a static host would: examples/bank loads ../../dist/. */
let repoServer;

before(async () => {
  assert.ok(
    existsSync(path.join(repo, 'dist/define/login-help-flow.js')),
    'dist/ is missing: run `npm run build` first (the examples import the package by name)',
  );
  // The two builds one after the other: in parallel they share the same two CPUs and save nothing.
  for (const name of examples) {
    await build({ configFile: path.join(repo, 'examples', name, 'vite.config.mjs'), configLoader: 'native', logLevel: 'error' });
    const server = await startStaticServer({ mounts: { '/': path.join(repo, 'build/examples', name) }, index: true });
    built[name] = { server, url: `${server.url}/` };
  }
  repoServer = await startStaticServer({ mounts: { '/': repo }, index: true });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  for (const { server } of Object.values(built)) await server.close();
  await repoServer?.close();
});

describe('examples', { concurrency: true }, () => {
  test('the examples type-check (JSX types of the elements, event details)', async () => {
    const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
    for (const name of examples) {
      const { stdout } = await promisify(execFile)(process.execPath, [
        tsc,
        '--noEmit',
        '-p',
        path.join(repo, 'examples', name, 'tsconfig.json'),
      ]).catch((error) => assert.fail(`tsc on examples/${name}:\n${error.stdout}${error.stderr}`));
      assert.equal(stdout, '');
    }
  });

  for (const name of examples) {
    test(`${name}: a failed login shows the guide; its events reach the app`, async () => {
      const { page, problems } = await openPage(browser, built[name].url);
      try {
        const lang = await page.evaluate(() => document.documentElement.lang);
        const flow = page.locator('login-help-flow');
        const log = page.getByRole('list', { name: 'Event log' });
        const username = page.getByRole('textbox', { name: 'Username' });

        // A full-width username, as typed with the IME still on; any password; the login "fails".
        await username.fill('ｔａｒｏ１２３');
        await page.getByLabel('Password').fill('not the password');
        await page.getByRole('button', { name: 'Log in' }).click();

        // The guide's shadow root shows the step for invalid-credentials (after the lazy default flow).
        await flow.getByRole('heading', { level: 2, name: text(errorStep.title, lang), exact: true }).waitFor();
        assert.equal(
          await flow.evaluate((el) => el.shadowRoot?.querySelector('[part~="title"]')?.textContent),
          text(errorStep.title, lang),
        );
        // `username` reached the element (as a property in both frameworks) and `contact-url` as an attribute.
        assert.equal(await flow.evaluate((el) => el.username), 'ｔａｒｏ１２３');
        assert.equal(await flow.getAttribute('contact-url'), '/contact');

        // login-help-username-fixed: the app puts the half-width form into its username field.
        await flow.locator('[part~="use-suggestion"]').click();
        await log.getByText('login-help-username-fixed: ｔａｒｏ１２３ → taro123').waitFor();
        assert.equal(await username.inputValue(), 'taro123');

        // One navigation, one login-help-navigated entry in the app's visible log.
        await flow.getByRole('button', { name: text(firstChoice.label, lang) }).click();
        const entry = `login-help-navigated: ${errorStep.id} → ${firstChoice.next} (choose)`;
        await log.getByText(entry).waitFor();
        assert.ok(await log.getByText(entry).isVisible());
        assert.equal(await log.getByText('login-help-navigated:').count(), 1);
        await flow.getByRole('heading', { level: 2, name: text(stepById(firstChoice.next).title, lang), exact: true }).waitFor();

        if (name === 'vue') {
          // <auth-code-explainer method="grid"> renders its printed-card explanation.
          await page.getByText('Using a printed code card?').click();
          const grid = page.locator('auth-code-explainer [part~="grid"]');
          await grid.waitFor();
          assert.ok((await grid.locator('td').count()) > 0, 'the sample grid card has cells');
        }

        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

  test("bank: a plain HTML page with a site profile shows the bank's guide and asks only what the bank checks", async () => {
    const { applySiteProfile, resolveText } = await import(pathToFileURL(path.join(repo, 'dist/flow/index.js')).href);
    const html = await readFile(path.join(repo, 'examples/bank/index.html'), 'utf8');
    const added = html
      .slice(html.indexOf('<!-- Login help'), html.indexOf('</script>') + '</script>'.length)
      .split('\n')
      .slice(1);
    assert.ok(added.length <= 10, `the page adds ${added.length} lines`);
    const site = JSON.parse(html.match(/site='([^']*)'/)[1]);
    const bankFlow = applySiteProfile(JSON.parse(await readFile(path.join(repo, 'src/flows/default.template.json'), 'utf8')), site);
    const step = (id) => bankFlow.steps.find((candidate) => candidate.id === id);
    const { page, problems } = await openPage(browser, `${repoServer.url}/examples/bank/`);
    try {
      await page.locator('#login').getByLabel('ユーザー名', { exact: true }).fill('ｍｉｄｏｒｉ');
      await page.locator('#login').getByLabel('パスワード', { exact: true }).fill('not the password');
      await page.getByRole('button', { name: 'ログイン' }).click();
      const flow = page.locator('login-help-flow');
      const errorStep = step(bankFlow.errors['invalid-credentials']);
      await flow.getByRole('heading', { level: 2, name: resolveText(errorStep.title, 'ja'), exact: true }).waitFor();
      const shown = await flow.evaluate((el) => el.shadowRoot.textContent);
      assert.match(shown, /32文字/);
      assert.doesNotMatch(shown, /乱数表|ログイン専用|(?<!\d)20(?!\d)|1時間/);
      // Forgot the password → the request step: its form asks for the registration date, not a User No.
      await flow
        .getByRole('button', { name: resolveText(errorStep.choices.find((choice) => choice.next === 'forgot-password').label, 'ja') })
        .click();
      const forgot = step('forgot-password');
      await flow
        .getByRole('button', { name: resolveText(forgot.choices.find((choice) => choice.next === 'password-reissue-request').label, 'ja') })
        .click();
      const form = flow.locator('recovery-request-form');
      await form.locator('[data-field="registeredAt"]').waitFor();
      assert.equal(await form.locator('[data-field="userNumber"]').count(), 0);
      assert.equal(await form.locator('[data-field="loginOnlyUsername"]').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
