/**
 * A request step of the guide gives one set of instructions: the embedded form asks for every
 * item and says once never to write the password; the step repeats neither, nor sends the user
 * to the contact form beside a form that does it. Beside the page's own form (the `request`
 * slot), the step's list of what to write is there to read.
 */
import { fixture, html, expect } from '@open-wc/testing';
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import { REQUEST_TEMPLATES } from '../src/flow/constants.js';
import defaultJson from '../src/flows/default.json';
import { $ } from './support/dom.js';
import { clearHash, flowReady } from './support/flow-fixture.js';
import { deepText, embedsReady } from './support/deep-text.js';

const requestSteps = defaultJson.steps.filter((step) => step.kind === 'request').map((step) => step.id);
const NEVER = { en: /never write your password/gi, ja: /パスワード(は|と認証コードは)絶対に書かないでください/g };

beforeEach(() => {
  clearHash();
  sessionStorage.clear();
});

describe('<login-help-flow> request steps', () => {
  it('the default flow has a request step for each built-in template', () => {
    expect(requestSteps.length).to.be.greaterThan(3);
    expect(REQUEST_TEMPLATES.length).to.equal(5);
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const action of ['/test-api/requests', undefined]) {
      it(`${lang}, ${action ? 'a form that sends' : 'a form that gives text to paste'}: no list of what to write, no second contact-form link, "never write your password" once`, async () => {
        for (const id of requestSteps) {
          const el = await flowReady(
            await fixture<LoginHelpFlow>(
              html`<login-help-flow
                lang=${lang}
                persist="none"
                start=${id}
                request-action=${action ?? ''}
                contact-url="/contact"
                username="taro123"
              ></login-help-flow>`,
            ),
          );
          await embedsReady(el);
          expect($(el, '[part=items]') === null, `${id}: no item list`).to.equal(true);
          expect($(el, '[part=contact]') === null, `${id}: no contact link outside the form`).to.equal(true);
          const shown = deepText(el);
          expect(shown.match(NEVER[lang])?.length ?? 0, `${id}: ${shown}`).to.equal(1);
          expect(shown).to.not.match(/Fill in the contact form as follows|次のとおり入力して送信/);
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it("beside the page's own form the step lists what to write", async () => {
    const el = await flowReady(
      await fixture<LoginHelpFlow>(
        html`<login-help-flow lang="en" persist="none" start="password-reissue-request">
          <form slot="request" aria-label="Our request form">
            <label>Message <textarea></textarea></label>
          </form>
        </login-help-flow>`,
      ),
    );
    expect($(el, 'details.request-items [part=items]') !== null, 'the folded list').to.equal(true);
    expect(el.shadowRoot!.querySelector('recovery-request-form') === null, 'no built-in form').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
