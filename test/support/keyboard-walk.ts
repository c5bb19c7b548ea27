import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../../src/elements/login-help-flow/login-help-flow.js';
import { applySiteProfile, parseFlow, resolveText, type FlowDefinition, type SiteProfileInput } from '../../src/flow/index.js';
import template from '../../src/flows/default.template.json';
import { allPaths } from './flow-paths.js';
import { focused, text } from './dom.js';
import { flowReady, headingIs } from './flow-fixture.js';
import { deepText, embedsReady } from './deep-text.js';
import type { Catalogues, Language } from '../../src/localize/languages.js';

/** A site to walk the built-in flow of, and what its users must never read. */
export interface WalkSite {
  name: string;
  profile: SiteProfileInput;
  forbidden: Catalogues<RegExp[]>;
}

/**
 * Every start-to-end path of the built-in flow (of the default site, or of `site`), walked with
 * the keyboard alone (Tab to the choice, Enter or Space on it): focus lands on each new step's
 * heading, and every step passes axe the first time it shows. With a site, every step (with the
 * form or explainer it embeds) is also read for what that site's users must never see.
 */
export function keyboardWalk(lang: Language, site?: WalkSite): void {
  const flow = (parseFlow(applySiteProfile(template, site?.profile)) as { ok: true; flow: FlowDefinition }).flow;
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  const paths = allPaths(flow);
  const siteJson = site ? JSON.stringify(site.profile) : undefined;
  describe(`<login-help-flow> keyboard-only walk of every path (${lang}${site ? `, ${site.name}` : ''})`, () => {
    it(`walks all ${paths.length} paths in ${lang}`, async function () {
      this.timeout(600_000);
      const checked = new Set<string>();
      let presses = 0;
      for (const path of paths) {
        const el = await flowReady(
          await fixture<LoginHelpFlow>(html`<login-help-flow lang=${lang} persist="none" site=${siteJson ?? ''}></login-help-flow>`),
        );
        for (const [i, move] of path.moves.entries()) {
          const step = byId.get(path.steps[i]!)!;
          if (!checked.has(step.id)) {
            checked.add(step.id);
            if (site) await readsNothingOf(el, site.forbidden[lang], step.id);
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
          if (site) await readsNothingOf(el, site.forbidden[lang], end);
          await expect(el).to.be.accessible();
        }
        expect(el.path).to.deep.equal(path.steps);
        el.remove();
      }
      expect([...checked].sort()).to.deep.equal(flow.steps.map((step) => step.id).sort());
    });
  });
}

/** Waits for the step's embedded form or explainer, then checks all it shows against `forbidden`. */
async function readsNothingOf(el: LoginHelpFlow, forbidden: RegExp[], step: string): Promise<void> {
  await embedsReady(el);
  // The explainer's live TOTP sample counts seconds ("New number in 20 s"): a clock, not the site's rules.
  const shown = deepText(el, '[part~="sample"]');
  for (const pattern of forbidden)
    expect(
      pattern.test(shown),
      `${step} shows ${pattern}: ${shown.match(pattern)?.index !== undefined ? shown.slice(Math.max(0, shown.search(pattern) - 60), shown.search(pattern) + 60) : ''}`,
    ).to.equal(false);
}
