/**
 * One page, three languages: guides in ja, en and zh-Hans, an explainer and a form in en. Each
 * element shows its own language only — in every order of rendering, at every step of the
 * built-in flow (with the form or explainer the step embeds), and after `lang` changes at run
 * time (on the element, or on an ancestor).
 */
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define/login-help-flow.js';
import '../src/define/auth-code-explainer.js';
import '../src/define/recovery-request-form.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { parseFlow, type FlowDefinition } from '../src/flow/index.js';
import defaultFlow from '../src/flows/default.json';
import type { Language } from '../src/localize/languages.js';
import { allPaths } from './support/flow-paths.js';
import { $$ } from './support/dom.js';
import { embedsReady } from './support/deep-text.js';
import { speaksOnly } from './support/language-purity.js';

type Ready = HTMLElement & { updateComplete: Promise<unknown> };
const ITEMS: { tag: string; lang: Language; attributes?: Record<string, string> }[] = [
  { tag: 'login-help-flow', lang: 'ja', attributes: { start: 'forgot-password' } },
  { tag: 'login-help-flow', lang: 'en', attributes: { start: 'forgot-password' } },
  { tag: 'login-help-flow', lang: 'zh-Hans', attributes: { start: 'forgot-password' } },
  { tag: 'auth-code-explainer', lang: 'en' },
  { tag: 'recovery-request-form', lang: 'en', attributes: { template: 'password-reissue' } },
];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

function create(item: (typeof ITEMS)[number]): Ready {
  const el = document.createElement(item.tag) as Ready;
  el.setAttribute('lang', item.lang);
  el.setAttribute('persist', 'none');
  for (const [name, value] of Object.entries(item.attributes ?? {})) el.setAttribute(name, value);
  return el;
}

async function rendered(el: Ready): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot && el.shadowRoot.querySelector('.base, h2'), `<${el.localName} lang=${el.lang}> rendered nothing`, {
    timeout: 5000,
  });
  await el.updateComplete;
}

describe('guides in ja, en and zh-Hans, an explainer and a form in en, on one page', () => {
  it('each shows its own language only, in every order of rendering (one after another, and all at once)', async function () {
    this.timeout(120_000);
    const orders = permutations(ITEMS.map((_, i) => i));
    expect(orders.length).to.equal(120);
    for (const [n, order] of orders.entries()) {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const elements = order.map((i) => create(ITEMS[i]!));
      // Half the orders render one element after the other; half connect them all in one task.
      for (const el of elements) {
        page.append(el);
        if (n % 2 === 0) await rendered(el);
      }
      await Promise.all(elements.map(rendered));
      for (const [k, el] of elements.entries()) await speaksOnly(el, ITEMS[order[k]!]!.lang, `order ${order.join(',')}`);
      page.remove();
    }
  });

  it('each shows its own language only at every step of the built-in flow, and after lang changes at run time', async function () {
    this.timeout(300_000);
    const flow = (parseFlow(defaultFlow) as { ok: true; flow: FlowDefinition }).flow;
    const byId = new Map(flow.steps.map((step) => [step.id, step]));
    const checked = new Set<string>();
    let languages: Language[] = ['ja', 'en', 'zh-Hans'];
    const rotate = (list: Language[]) => [list[1]!, list[2]!, list[0]!];
    for (const path of allPaths(flow)) {
      if (path.steps.every((id) => checked.has(id))) continue;
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div class="guides"></div>
          <div class="others" lang="en">
            <auth-code-explainer></auth-code-explainer>
            <recovery-request-form template="password-reissue"></recovery-request-form>
          </div>
        </div>`,
      );
      const guides = languages.map((lang) => create({ tag: 'login-help-flow', lang })) as unknown as LoginHelpFlow[];
      page.querySelector('.guides')!.append(...guides);
      const others = [...page.querySelectorAll<Ready>('.others > *')];
      await Promise.all([...guides, ...others].map(rendered));
      const check = async (where: string) => {
        for (const [g, guide] of guides.entries()) {
          await guide.updateComplete;
          await embedsReady(guide);
          await speaksOnly(guide, languages[g]!, where);
        }
        for (const other of others) await speaksOnly(other, 'en', where);
      };
      for (const [i, id] of path.steps.entries()) {
        for (const guide of guides) await waitUntil(() => guide.currentStep?.id === id, `not at ${id}`, { timeout: 5000 });
        if (!checked.has(id)) {
          checked.add(id);
          await check(id);
          // The same step after each guide's `lang` changes at run time.
          languages = rotate(languages);
          guides.forEach((guide, g) => (guide.lang = languages[g]!));
          await check(`${id}, after lang changed`);
        }
        const move = path.moves[i];
        if (move === undefined) break;
        const step = byId.get(id)!;
        for (const guide of guides) {
          const buttons = $$<HTMLButtonElement>(guide, move >= 0 ? 'button.choice' : 'button[part~=next]');
          expect(buttons.length, `${id}: buttons`).to.be.greaterThan(0);
          buttons[move >= 0 ? move : 0]!.click();
        }
        void step;
      }
      page.remove();
    }
    expect([...checked].sort()).to.deep.equal(flow.steps.map((step) => step.id).sort());
  });

  it('an explainer and a form follow their ancestor when its lang changes at run time', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <auth-code-explainer></auth-code-explainer>
        <recovery-request-form template="password-reissue"></recovery-request-form>
      </div>`,
    );
    const elements = [...page.children] as Ready[];
    await Promise.all(elements.map(rendered));
    for (const el of elements) await speaksOnly(el, 'en', 'start');
    for (const lang of ['zh-Hans', 'ja', 'zh-CN', 'en'] as const) {
      page.setAttribute('lang', lang);
      for (const el of elements) {
        const expected = lang === 'zh-CN' ? 'zh-Hans' : lang;
        await waitUntil(
          () => el.shadowRoot!.querySelector('.base')?.getAttribute('lang') === expected,
          `<${el.localName}> not in ${lang}`,
          { timeout: 5000 },
        );
        await el.updateComplete;
        await speaksOnly(el, expected, `ancestor lang=${lang}`);
      }
    }
  });
});
