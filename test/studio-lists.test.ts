// <login-help-flow-studio>'s Lists tab (issue 17), driven by the keyboard: every path from the start
// to an end with its outcome, the texts missing in a declared language, the steps nothing reaches;
// a step id listed moves the guide and the editor to it; axe in each state.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/studio.js';
import type { LoginHelpFlowStudio } from '../src/elements/login-help-flow-studio/login-help-flow-studio.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { $, $$, focused, text } from './support/dom.js';
import { editorView, smallFlowText, studioReady } from './support/studio-fixture.js';

const guide = (el: LoginHelpFlowStudio) => $<LoginHelpFlow>(el, 'login-help-flow')!;

/** Presses Tab until `matches(focused)` (at most `max` times). */
async function tabTo(el: LoginHelpFlowStudio, matches: (node: HTMLElement) => boolean, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node && matches(node)) return node;
  }
  throw new Error('target not reachable with Tab');
}

/** A studio editing `flowText` in memory, its Lists tab opened with the keyboard (End on the tabs). */
async function listsOf(flowText: string): Promise<LoginHelpFlowStudio> {
  const el = await fixture<LoginHelpFlowStudio>(html`<login-help-flow-studio lang="en" .text=${flowText}></login-help-flow-studio>`);
  await studioReady(el);
  $<HTMLElement>(el, '[role=tab][aria-selected=true]')!.focus();
  await sendKeys({ press: 'End' });
  await el.updateComplete;
  expect(focused(el)?.id).to.equal('tab-lists');
  expect($(el, '#panel-lists')!.hidden).to.equal(false);
  await waitUntil(() => $(el, '#panel-lists .lists'), 'no lists');
  return el;
}

describe('<login-help-flow-studio> lists', () => {
  it('lists each path with its outcome, says the other lists are empty, and moves the guide to a listed step', async () => {
    const el = await listsOf(smallFlowText);
    const paths = $$(el, '.paths li').map((item) => text(item).replace(/\s+/g, ' '));
    expect(paths).to.deep.equal(['hello → hello-there → done: resolved', 'hello → wait → done: resolved']);
    expect(text($(el, '#panel-lists')))
      .to.contain('No text is missing.')
      .and.contain('Every step is reached.');
    await expect(el).to.be.accessible();
    const button = await tabTo(el, (node) => node.classList.contains('step-link') && node.dataset['step'] === 'wait');
    expect(text(button)).to.equal('wait');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => guide(el).currentStep?.id === 'wait', 'the guide did not move', { timeout: 3000 });
    const cursor = editorView(el).state.selection.main.from;
    expect(editorView(el).state.doc.sliceString(cursor, cursor + 22)).to.contain('"wait"');
  });

  it('lists a text missing in a declared language and a step nothing reaches', async () => {
    const flow = JSON.parse(smallFlowText);
    flow.languages = ['en', 'ja'];
    flow.steps.push({ id: 'lost', kind: 'info', title: { en: 'Lost' }, next: 'done' });
    const el = await listsOf(JSON.stringify(flow, null, 2));
    const missing = $$(el, '.missing li').map((item) => text(item).replace(/\s+/g, ' '));
    expect(missing).to.deep.equal(['steps[4].title lost ja']);
    expect($$(el, '.unreached li').map((item) => text(item))).to.deep.equal(['lost']);
    expect($$(el, '.paths li')).to.have.length(2);
    await expect(el).to.be.accessible();
    await tabTo(el, (node) => node.closest('.unreached') !== null && node.dataset['step'] === 'lost');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => editorView(el).state.doc.sliceString(editorView(el).state.selection.main.from).includes('"lost"'),
      'the editor did not move',
    );
    const cursor = editorView(el).state.selection.main.from;
    expect(editorView(el).state.doc.sliceString(cursor, cursor + 22)).to.contain('"lost"');
  });
});
