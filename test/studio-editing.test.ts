// <login-help-flow-studio>'s editor under load and its completion: a keystroke in a 500-step flow
// is underlined where it is typed (its speed is measured by the benchmarks, not here), and completion offers the flow's step ids, the login
// error codes and the step kinds where they fit.
import { fixture, html, expect, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { currentCompletions } from '@codemirror/autocomplete';
import '../src/define/studio.js';
import type { LoginHelpFlowStudio } from '../src/elements/login-help-flow-studio/login-help-flow-studio.js';
import { editorView, selectText, smallFlowText, studioReady, underlined } from './support/studio-fixture.js';
import { $$ } from './support/dom.js';

/** A valid flow of `count` steps: a chain with a choice every tenth step. */
function bigFlow(count: number): string {
  const steps = Array.from({ length: count }, (_, i) => {
    const id = `step-${i}`;
    const title = { en: `Step ${i}`, ja: `手順 ${i}` };
    if (i === count - 1) return { id, kind: 'resolved', title };
    if (i % 10 === 0 && i + 2 < count)
      return {
        id,
        kind: 'choice',
        title,
        choices: [1, 2].map((d) => ({ label: { en: `To ${i + d}`, ja: `${i + d} へ` }, next: `step-${i + d}` })),
      };
    return { id, kind: 'info', title, body: [{ en: 'Text', ja: '本文' }], next: `step-${i + 1}` };
  });
  return `${JSON.stringify({ version: 1, start: 'step-0', steps }, null, 2)}\n`;
}

describe('<login-help-flow-studio> editing', () => {
  it('underlines a keystroke’s problem where it is typed in a 500-step flow', async () => {
    const el = await fixture<LoginHelpFlowStudio>(html`<login-help-flow-studio lang="en" .text=${bigFlow(500)}></login-help-flow-studio>`);
    await studioReady(el);
    expect(el.valid).to.equal(true);
    const times: number[] = [];
    for (const id of ['step-400', 'step-250', 'step-99']) {
      const { from, to } = selectText(el, `"next": "${id}"`);
      editorView(el).dispatch({ selection: { anchor: to - 1 } });
      const started = performance.now();
      await sendKeys({ press: 'x' });
      const typed = `"${id}x"`;
      await waitUntil(() => underlined(el).includes(typed), `${typed} not underlined`, { timeout: 3000, interval: 5 });
      times.push(performance.now() - started);
      // The underline covers exactly the value typed, where it was typed.
      const range = $$(el, '.cm-lintRange').find((node) => node.textContent === typed)!;
      expect(editorView(el).posAtDOM(range)).to.equal(from + '"next": '.length);
      await sendKeys({ press: 'Escape' });
    }
    // A figure for the log only: speed is measured by the benchmarks (bench/), never by a timed test.
    console.log(`keystroke → underline: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  });

  it('completes step ids in a next, error codes as keys of errors, and step kinds', async () => {
    const el = await fixture<LoginHelpFlowStudio>(html`<login-help-flow-studio lang="en" .text=${smallFlowText}></login-help-flow-studio>`);
    await studioReady(el);
    const view = editorView(el);
    const labels = () => currentCompletions(view.state).map((option) => option.label);
    // A step id: the value of a next.
    const next = selectText(el, '"next": "done"');
    view.dispatch({ selection: { anchor: next.from + '"next": "'.length, head: next.to - 1 } });
    await sendKeys({ type: 'wa' });
    await waitUntil(() => labels().length > 0, 'no completion', { timeout: 2000 });
    expect(labels()).to.include('"wait"');
    // CodeMirror takes Enter for the completion 75 ms after the list opens.
    await aTimeout(100);
    await sendKeys({ press: 'Enter' });
    expect(view.state.doc.toString()).to.contain('"title": "There",\n      "next": "wait"');
    // A login error code: a key of errors.
    const errors = selectText(el, '"locked": "wait"');
    view.dispatch({ selection: { anchor: errors.from + 1, head: errors.from + '"locked'.length } });
    await sendKeys({ type: 'cod' });
    await waitUntil(() => labels().includes('"code-invalid"'), `no error codes: ${labels().join(' ')}`, { timeout: 2000 });
    await sendKeys({ press: 'Escape' });
    // A step kind.
    const kind = selectText(el, '"kind": "info"');
    view.dispatch({ selection: { anchor: kind.from + '"kind": "'.length, head: kind.to - 1 } });
    await sendKeys({ type: 'res' });
    await waitUntil(() => labels().includes('"resolved"'), `no kinds: ${labels().join(' ')}`, { timeout: 2000 });
  });
});
