// The flow studio end to end, as a site developer runs it: `login-help-elements studio FILE` from the
// build (dist/cli/bin.js, plain Node), its URL opened in Chromium, driven by the keyboard, and FILE
// read back from the disk. The element's own behaviour is in test/studio*.test.ts (a fake server);
// the server's in test/studio-server.node.test.ts; here the two meet a real file:
// - a misspelled step id is underlined where it is typed; its fix, applied by keyboard, removes it;
// - Ctrl+S writes FILE: what is on disk is the editor's text and a valid flow;
// - another program writes FILE meanwhile: Ctrl+S asks before overwriting, and until the person
//   chooses, FILE keeps the other program's text.
//
//   npm run build && node --test test/e2e/studio.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { recordProblems } from '../examples/page-problems.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'lhe-studio-e2e-'));
const file = path.join(dir, 'flow.json');

const flowText = `${JSON.stringify(
  {
    version: 1,
    start: 'hello',
    errors: { locked: 'wait' },
    steps: [
      {
        id: 'hello',
        kind: 'choice',
        title: { en: 'Hello', ja: 'こんにちは' },
        choices: [
          { label: 'Go on', next: 'hello-there' },
          { label: 'Locked out', next: 'wait' },
        ],
      },
      { id: 'hello-there', kind: 'info', title: 'There', next: 'done' },
      { id: 'wait', kind: 'info', title: 'Wait a while', next: 'done' },
      { id: 'done', kind: 'resolved', title: 'Done' },
    ],
  },
  null,
  2,
)}\n`;

let child;
let url;
let browser;
let parseFlow;

before(async () => {
  for (const built of ['dist/cli/bin.js', 'dist/studio.bundle.js', 'dist/flow/index.js']) {
    assert.ok(existsSync(path.join(repo, built)), `${built} is missing: run \`npm run build\` first`);
  }
  ({ parseFlow } = await import(pathToFileURL(path.join(repo, 'dist/flow/index.js')).href));
  writeFileSync(file, flowText);
  child = spawn(process.execPath, [path.join(repo, 'dist/cli/bin.js'), 'studio', file, '--port', '0', '--lang', 'en'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the studio printed no URL in 20 s: ${errors}`)), 20_000);
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`the studio exited with ${code}: ${errors}`)));
  });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

/** In the page: the studio, its shadow root's focused element, its underlines, its CodeMirror view. */
const inPage = {
  studio: () => document.querySelector('login-help-flow-studio'),
  focusedClasses: () => [...(document.querySelector('login-help-flow-studio').shadowRoot.activeElement?.classList ?? [])],
  underlined: () =>
    [...document.querySelector('login-help-flow-studio').shadowRoot.querySelectorAll('.cm-lintRange')].map((node) => node.textContent),
};

async function openStudio() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(10_000);
  const problems = recordProblems(page);
  await page.goto(url);
  await page.waitForFunction(() => {
    const el = document.querySelector('login-help-flow-studio');
    return el?.shadowRoot?.querySelector('.cm-content') && el.text !== '' && el.valid === true;
  });
  return { page, problems };
}

/** Selects `needle` in the editor, less `skip` characters at its start and `trim` at its end, focused. */
async function select(page, needle, skip = 0, trim = skip) {
  await page.evaluate(
    ({ needle, skip, trim }) => {
      // The studio keeps its CodeMirror view on its content element (as EditorView.findFromDOM reads it).
      const view = document.querySelector('login-help-flow-studio').shadowRoot.querySelector('.cm-content').cmTile.root.view;
      const from = view.state.doc.toString().indexOf(needle);
      if (from < 0) throw new Error(`no ${needle} in the editor`);
      view.focus();
      view.dispatch({ selection: { anchor: from + skip, head: from + needle.length - trim }, scrollIntoView: true });
    },
    { needle, skip, trim },
  );
}

/** Presses Tab until the focused element of the studio has `className` (at most `max` times). */
async function tabTo(page, className, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(inPage.focusedClasses)).includes(className)) return;
  }
  throw new Error(`.${className} is not reachable with Tab`);
}

describe('login-help-elements studio FILE, in Chromium, by keyboard', () => {
  test('a misspelled step id is underlined where typed; its fix removes it; Ctrl+S writes FILE as the editor shows it', async () => {
    const { page, problems } = await openStudio();
    await select(page, '"next": "done"', '"next": "'.length, 1);
    await page.keyboard.type('dnoe');
    await page.keyboard.press('Escape');
    await page
      .waitForFunction(() =>
        [...document.querySelector('login-help-flow-studio').shadowRoot.querySelectorAll('.cm-lintRange')].some(
          (node) => node.textContent === '"dnoe"',
        ),
      )
      .catch(async () => {
        throw new Error(`not underlined: ${await page.evaluate(inPage.underlined)}`);
      });
    await tabTo(page, 'fix');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const el = document.querySelector('login-help-flow-studio');
      return el.valid === true && el.shadowRoot.querySelectorAll('.cm-lintRange').length === 0;
    });
    assert.ok((await page.evaluate(() => document.querySelector('login-help-flow-studio').text)).includes('"next": "done"'));
    // A second edit, then save: the file on disk is the editor's text, and a valid flow.
    await select(page, '"Hello"', 1);
    await page.keyboard.type('Welcome');
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() =>
      document.querySelector('login-help-flow-studio').shadowRoot.querySelector('[role=status]')?.textContent.includes('Saved'),
    );
    const editor = await page.evaluate(() => document.querySelector('login-help-flow-studio').text);
    const disk = readFileSync(file, 'utf8');
    assert.equal(disk, editor);
    assert.ok(disk.includes('"en": "Welcome"'));
    const parsed = parseFlow(disk);
    assert.equal(parsed.ok, true, JSON.stringify(parsed.problems));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('FILE written by another program meanwhile: Ctrl+S asks, and FILE keeps the other text until the person chooses', async () => {
    const { page, problems } = await openStudio();
    const other = readFileSync(file, 'utf8').replace('"Done"', '"Finished"');
    writeFileSync(file, other);
    await select(page, '"There"', 1);
    await page.keyboard.type('Over there');
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => document.querySelector('login-help-flow-studio').shadowRoot.querySelector('dialog')?.open === true);
    const heading = await page.evaluate(
      () => document.querySelector('login-help-flow-studio').shadowRoot.querySelector('dialog h2').textContent,
    );
    assert.equal(heading.trim(), 'The file changed on disk');
    assert.ok((await page.evaluate(inPage.focusedClasses)).includes('cancel'), 'the dialog focuses Keep editing');
    assert.equal(readFileSync(file, 'utf8'), other);
    // Keep editing: the dialog closes, nothing is written.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('login-help-flow-studio').shadowRoot.querySelector('dialog'));
    assert.equal(readFileSync(file, 'utf8'), other);
    // Save again and choose Overwrite: now the disk has the editor's text.
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => document.querySelector('login-help-flow-studio').shadowRoot.querySelector('dialog')?.open === true);
    await tabTo(page, 'overwrite', 4);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('login-help-flow-studio').shadowRoot.querySelector('[role=status]')?.textContent.includes('Saved'),
    );
    const editor = await page.evaluate(() => document.querySelector('login-help-flow-studio').text);
    assert.equal(readFileSync(file, 'utf8'), editor);
    assert.ok(editor.includes('Over there') && !editor.includes('Finished'));
    // Chromium logs each 409 answer as a failed resource; nothing else may be logged.
    assert.deepEqual(
      problems.filter((problem) => !/status of 409 \(Conflict\)/.test(problem)),
      [],
    );
    await page.close();
  });
});
