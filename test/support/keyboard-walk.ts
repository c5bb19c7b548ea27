import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../../src/elements/login-help-flow/login-help-flow.js';
import { parseFlow, resolveText, type FlowDefinition } from '../../src/flow/index.js';
import defaultJson from '../../src/flows/default.json';
import { allPaths } from './flow-paths.js';
import { focused, headingIs, ready, text } from './flow-fixture.js';

const flow = (parseFlow(defaultJson) as { ok: true; flow: FlowDefinition }).flow;
const byId = new Map(flow.steps.map((step) => [step.id, step]));
const paths = allPaths(flow);

/**
 * Every start-to-end path of the default flow, walked with the keyboard alone (Tab to the choice,
 * Enter or Space on it) in both languages: focus lands on each new step's heading, and every step
 * passes axe the first time it shows.
 */
export function keyboardWalk(lang: 'ja' | 'en'): void {
  describe(`<login-help-flow> keyboard-only walk of every path (${lang})`, () => {
    it(`walks all ${paths.length} paths in ${lang}`, async function () {
      this.timeout(600_000);
      const checked = new Set<string>();
      let presses = 0;
      for (const path of paths) {
        const el = await ready(await fixture<LoginHelpFlow>(html`<login-help-flow lang=${lang} persist="none"></login-help-flow>`));
        for (const [i, move] of path.moves.entries()) {
          const step = byId.get(path.steps[i]!)!;
          if (!checked.has(step.id)) {
            checked.add(step.id);
            await expect(el).to.be.accessible();
          }
          const label = move >= 0 ? resolveText(step.choices![move]!.label, lang) : undefined;
          const isTarget = (node: HTMLElement | null) =>
            !!node && (label ? text(node.querySelector('.choice-label')) === label : node.getAttribute('part') === 'next');
          let reached = false;
          for (let tab = 0; tab < 60 && !reached; tab++) {
            await sendKeys({ press: 'Tab' });
            presses++;
            reached = isTarget(focused(el));
          }
          expect(reached, `Tab reaches "${label ?? 'next'}" on ${step.id}`).to.equal(true);
          await sendKeys({ press: presses % 2 ? 'Enter' : 'Space' });
          const next = byId.get(path.steps[i + 1]!)!;
          await headingIs(el, resolveText(next.title, lang));
          await el.updateComplete;
          expect(focused(el)?.tagName, `focus on ${next.id}`).to.equal('H2');
        }
        const end = path.steps[path.steps.length - 1]!;
        if (!checked.has(end)) {
          checked.add(end);
          await expect(el).to.be.accessible();
        }
        expect(el.path).to.deep.equal(path.steps);
        el.remove();
      }
      expect([...checked].sort()).to.deep.equal(flow.steps.map((step) => step.id).sort());
    });
  });
}
