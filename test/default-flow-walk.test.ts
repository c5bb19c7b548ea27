import { fixture, html, expect } from '@open-wc/testing';
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { parseFlow, resolveText, type FlowDefinition } from '../src/flow/index.js';
import defaultJson from '../src/flows/default.json';
import { allPaths } from './support/flow-paths.js';
import { $, choiceButton, clearHash, heading, headingIs, ready } from './support/flow-fixture.js';

const flow = (parseFlow(defaultJson) as { ok: true; flow: FlowDefinition }).flow;
const byId = new Map(flow.steps.map((step) => [step.id, step]));
const paths = allPaths(flow);

afterEach(clearHash);

/**
 * Every start-to-end path of the default flow, generated from the graph, walked by clicking in
 * both languages: each step renders its title, and every step passes axe the first time it shows.
 */
describe('<login-help-flow> default flow walk', () => {
  for (const lang of ['ja', 'en']) {
    it(`reaches every step from the first one by clicking, in ${lang}, each accessible`, async function () {
      this.timeout(120_000);
      const checked = new Set<string>();
      const el = await ready(await fixture<LoginHelpFlow>(html`<login-help-flow lang=${lang} persist="none"></login-help-flow>`));
      for (const path of paths) {
        $<HTMLButtonElement>(el, '[part=restart]')?.click();
        await headingIs(el, resolveText(byId.get(flow.start)!.title, lang));
        for (const [i, move] of path.moves.entries()) {
          const step = byId.get(path.steps[i]!)!;
          if (!checked.has(step.id)) {
            checked.add(step.id);
            await expect(el).to.be.accessible();
          }
          if (move >= 0) choiceButton(el, resolveText(step.choices![move]!.label, lang)).click();
          else $<HTMLButtonElement>(el, '[part=next]')!.click();
          await headingIs(el, resolveText(byId.get(path.steps[i + 1]!)!.title, lang));
        }
        const end = path.steps[path.steps.length - 1]!;
        expect(el.path).to.deep.equal(path.steps);
        if (!checked.has(end)) {
          checked.add(end);
          await expect(el).to.be.accessible();
        }
        expect(heading(el)).to.equal(resolveText(byId.get(end)!.title, lang));
      }
      expect([...checked].sort()).to.deep.equal(flow.steps.map((s) => s.id).sort());
    });
  }
});
