// <login-help-flow-studio> (issue 17), driven by the keyboard: a misspelled step id underlined where
// it is and listed, its fix applied from the list, the live guide following, Undo and Redo, saving
// with the version read, the conflict dialog, the graph moving the guide and the editor, and axe
// in each state, in en, ja and zh-Hans.
import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/studio.js';
import type { LoginHelpFlowStudio } from '../src/elements/login-help-flow-studio/login-help-flow-studio.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { parseFlow } from '../src/flow/index.js';
import { $, $$, focused, text } from './support/dom.js';
import { FakeStudioServer, editorView, selectText, smallFlowText, studioReady, underlined } from './support/studio-fixture.js';

let server: FakeStudioServer | undefined;
afterEach(() => {
  server?.restore();
  server = undefined;
});

const guide = (el: LoginHelpFlowStudio) => $<LoginHelpFlow>(el, 'login-help-flow')!;
const problemItems = (el: LoginHelpFlowStudio) => $$(el, '.problems li');

/** Presses `key` with `modifiers` held (the test runner's `press` takes one key). */
async function chord(modifiers: string[], key: string): Promise<void> {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
}

/** Presses Tab (Shift+Tab: `back`) until `matches(focused)` (at most `max` times). */
async function tabTo(el: LoginHelpFlowStudio, matches: (node: HTMLElement) => boolean, back = false, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    if (back) await chord(['Shift'], 'Tab');
    else await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node && matches(node)) return node;
  }
  throw new Error('target not reachable with Tab');
}

/** A studio on the fake server, read and ready. */
async function onServer(lang = 'en', fileText = smallFlowText, options: { exists?: boolean } = {}) {
  server = new FakeStudioServer(fileText, options);
  const el = await fixture<LoginHelpFlowStudio>(
    html`<login-help-flow-studio api="/api" token="secret" lang=${lang}></login-help-flow-studio>`,
  );
  await waitUntil(() => el.text !== '' || options.exists === false, 'file not read', { timeout: 5000 });
  return studioReady(el);
}

/** Types a misspelled step id over the `next` of hello-there ("done" → "dnoe"). */
async function misspell(el: LoginHelpFlowStudio) {
  const { from } = selectText(el, '"next": "done"');
  const view = editorView(el);
  const at = from + '"next": "'.length;
  view.dispatch({ selection: { anchor: at, head: at + 'done'.length } });
  await sendKeys({ type: 'dnoe' });
  await sendKeys({ press: 'Escape' });
  await waitUntil(() => underlined(el).includes('"dnoe"'), `not underlined: ${underlined(el).join(', ')}`, { timeout: 2000 });
  await el.updateComplete;
  return at - 1;
}

describe('<login-help-flow-studio>', () => {
  describe('problems', () => {
    it('underlines a misspelled step id where it is typed, and lists it with its fix', async () => {
      const el = await onServer();
      expect(problemItems(el)).to.have.length(0);
      const at = await misspell(el);
      const items = problemItems(el);
      expect(items).to.have.length(1);
      expect(text(items[0]!.querySelector('code'))).to.equal('steps[1].next');
      expect(text(items[0])).to.contain('dnoe');
      expect(text(items[0]!.querySelector('.fix'))).to.equal('Replace with "done"');
      // The underline covers exactly the value typed.
      const range = $(el, '.cm-lintRange')!;
      expect(range.textContent).to.equal('"dnoe"');
      expect(editorView(el).posAtDOM(range)).to.equal(at);
      await expect(el).to.be.accessible();
    });

    it('moves the editor to a problem with Enter on it in the list', async () => {
      const el = await onServer();
      const at = await misspell(el);
      editorView(el).dispatch({ selection: { anchor: 0 } });
      await tabTo(el, (node) => node.classList.contains('problem'));
      await sendKeys({ press: 'Enter' });
      const { main } = editorView(el).state.selection;
      expect([main.from, main.to]).to.deep.equal([at, at + '"dnoe"'.length]);
      expect(editorView(el).hasFocus).to.equal(true);
    });

    it('applies the fix by keyboard: the problem goes and the guide shows the new flow', async () => {
      const el = await onServer();
      const before = guide(el).flow;
      await misspell(el);
      expect(text($(el, '#panel-guide'))).to.contain('last valid version');
      await tabTo(el, (node) => node.classList.contains('fix'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => problemItems(el).length === 0, 'the problem stayed', { timeout: 2000 });
      await el.updateComplete;
      expect(el.text).to.contain('"next": "done"');
      expect(underlined(el)).to.deep.equal([]);
      expect(text($(el, '#panel-guide'))).not.to.contain('last valid version');
      expect(guide(el).flow).not.to.equal(before);
      expect(guide(el).flow).to.deep.equal((parseFlow(el.text) as { flow: unknown }).flow);
    });
  });

  describe('undo and redo', () => {
    it('undoes and redoes a fix with Ctrl+Z and Ctrl+Shift+Z, and with the buttons', async () => {
      const el = await onServer();
      await misspell(el);
      await tabTo(el, (node) => node.classList.contains('fix'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.text.includes('"next": "done"'), 'not fixed');
      await chord(['Control'], 'z');
      expect(el.text).to.contain('"next": "dnoe"');
      await chord(['Control', 'Shift'], 'Z');
      expect(el.text).to.contain('"next": "done"');
      const undo = $$<HTMLButtonElement>(el, '.toolbar button').find((button) => text(button) === 'Undo')!;
      undo.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.text).to.contain('"next": "dnoe"');
      const redo = $$<HTMLButtonElement>(el, '.toolbar button').find((button) => text(button) === 'Redo')!;
      await el.updateComplete;
      redo.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.text).to.contain('"next": "done"');
    });
  });

  describe('saving', () => {
    it('saves with Ctrl+S: the PUT body is the editor text, a valid flow, based on the version read', async () => {
      const el = await onServer();
      await misspell(el);
      await tabTo(el, (node) => node.classList.contains('fix'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => problemItems(el).length === 0, 'not fixed');
      const saved = oneEvent(el, 'login-help-flow-saved');
      await chord(['Control'], 's');
      expect((await saved).detail.version).to.equal('2');
      const put = server!.requests.find((request) => request.method === 'PUT')!;
      expect(put.authorization).to.equal('Bearer secret');
      expect(put.body).to.deep.equal({ text: editorView(el).state.doc.toString(), baseVersion: '1' });
      expect(server!.text).to.equal(el.text);
      expect(parseFlow(server!.text).ok).to.equal(true);
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).to.equal('Saved flow.json.');
      await expect(el).to.be.accessible();
    });

    it('asks before overwriting a file changed on disk; Overwrite sends force', async () => {
      const el = await onServer();
      server!.changeOnDisk(smallFlowText.replace('Done', 'Finished'));
      selectText(el, '"Hello"', 0, 1);
      await sendKeys({ type: 'Hi' });
      await chord(['Control'], 's');
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'no dialog', { timeout: 2000 });
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(text(dialog.querySelector('h2'))).to.equal('The file changed on disk');
      expect(focused(el)?.classList.contains('cancel')).to.equal(true);
      await expect(el).to.be.accessible();
      expect(server!.text).to.contain('Finished');
      await tabTo(el, (node) => node.classList.contains('overwrite'), true, 4);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => server!.requests.filter((request) => request.method === 'PUT').length === 2, 'no second PUT');
      const puts = server!.requests.filter((request) => request.method === 'PUT');
      expect(puts[0]!.body).to.deep.include({ baseVersion: '1' });
      expect(puts[1]!.body).to.deep.equal({ text: el.text, baseVersion: '2', force: true });
      await waitUntil(() => server!.text === el.text, 'not overwritten');
      expect($(el, 'dialog')).to.equal(null);
    });

    it("loads the disk's version from the dialog, undoably", async () => {
      const el = await onServer();
      const disk = smallFlowText.replace('Done', 'Finished');
      server!.changeOnDisk(disk);
      selectText(el, '"Hello"', 0, 1);
      await sendKeys({ type: 'Hi' });
      await chord(['Control'], 's');
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'no dialog', { timeout: 2000 });
      await tabTo(el, (node) => node.classList.contains('load-disk'), true, 4);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.text === disk, 'disk version not loaded');
      expect(text($(el, '[role=status]'))).to.equal("Loaded the disk's version.");
      $$<HTMLButtonElement>(el, '.toolbar button')
        .find((button) => text(button) === 'Undo')!
        .click();
      expect(el.text).to.contain('"Hi"');
    });

    it('starts from the built-in flow when the file does not exist, undoably', async () => {
      const el = await onServer('en', '', { exists: false });
      await waitUntil(() => $(el, '.start'), 'no offer to start');
      await expect(el).to.be.accessible();
      const start = $$<HTMLButtonElement>(el, '.start button')[0]!;
      start.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.text === smallFlowText, 'not started');
      expect(server!.requests.some((request) => request.url === '/api/default-flow')).to.equal(true);
      await el.updateComplete;
      expect($(el, '.start')).to.equal(null);
      await chord(['Control'], 'z');
      expect(el.text).to.equal('');
    });
  });

  describe('graph', () => {
    it('moves the guide and the editor to a step chosen with the keyboard', async () => {
      const el = await onServer();
      $<HTMLElement>(el, '[role=tab][aria-selected=true]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('tab-graph');
      await waitUntil(() => $(el, '.node'), 'no graph');
      const node = await tabTo(el, (candidate) => candidate.dataset['step'] === 'wait');
      expect(text(node)).to.contain('wait').and.contain('Wait a while');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => guide(el).currentStep?.id === 'wait', 'the guide did not move', { timeout: 3000 });
      const cursor = editorView(el).state.selection.main.from;
      expect(editorView(el).state.doc.sliceString(cursor, cursor + 14)).to.equal('{\n      "id": ');
      expect(editorView(el).state.doc.sliceString(cursor, cursor + 22)).to.contain('"wait"');
      await expect(el).to.be.accessible();
    });

    it('marks unreachable steps and dead ends in words', async () => {
      const flow = JSON.parse(smallFlowText);
      flow.steps.push({ id: 'lost', kind: 'info', title: 'Lost' });
      const el = await onServer('en', JSON.stringify(flow, null, 2));
      $$<HTMLElement>(el, '[role=tab]')[1]!.click();
      await waitUntil(() => $(el, '.node[data-step=lost]'), 'no graph');
      expect(text($(el, '.node[data-step=lost]')))
        .to.contain('unreachable')
        .and.contain('dead end');
      expect(text($(el, '.node[data-step=hello]'))).to.contain('entry');
      await expect(el).to.be.accessible();
    });
  });

  describe('in memory', () => {
    it('edits the text property and fires login-help-flow-changed', async () => {
      const el = await fixture<LoginHelpFlowStudio>(
        html`<login-help-flow-studio lang="en" .text=${smallFlowText}></login-help-flow-studio>`,
      );
      await studioReady(el);
      expect(el.valid).to.equal(true);
      expect($(el, '.save')).to.equal(null);
      selectText(el, '"There"', 0, 1);
      const changed = oneEvent(el, 'login-help-flow-changed');
      await sendKeys({ type: 'Over there' });
      expect((await changed).detail.text).to.contain('"O"');
      await waitUntil(() => el.text.includes('"Over there"'));
    });
  });

  for (const lang of ['ja', 'zh-Hans'] as const) {
    describe(`in ${lang}`, () => {
      it('speaks the language, and is accessible with a problem shown and in the graph', async () => {
        const el = await onServer(lang);
        await misspell(el);
        const fix = text($(el, '.fix'));
        expect(fix).not.to.contain('Replace with');
        expect(fix).to.contain('done');
        expect(text($(el, '.problems li'))).not.to.match(/did you mean/i);
        expect(text($(el, '#tab-guide'))).not.to.equal('Guide');
        await expect(el).to.be.accessible();
        $$<HTMLElement>(el, '[role=tab]')[1]!.click();
        await waitUntil(() => $(el, '.node'), 'no graph');
        await expect(el).to.be.accessible();
      });
    });
  }
});
