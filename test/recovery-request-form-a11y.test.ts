/**
 * What a screen-reader user gets from `<recovery-request-form>` ("Heard as well as seen"): an
 * error summary whose items name their field and move focus to it (GOV.UK's error summary),
 * "I don't know" checkboxes named after their field, and required and invalid states as
 * attributes, not only as label text or colour.
 */
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/recovery-request-form.js';
import type { RecoveryRequestForm } from '../src/elements/recovery-request-form/recovery-request-form.js';
import { findRequestTemplate } from '../src/request/templates.js';
import { resolveText } from '../src/flow/text.js';
import { $, $$, fillFields, focused, formReady, text } from './support/dom.js';

type El = RecoveryRequestForm;

async function submitWithErrors(el: El): Promise<HTMLElement> {
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
  await waitUntil(() => $(el, '[part=error-summary]'), 'no error summary', { timeout: 5000 });
  await el.updateComplete;
  return $<HTMLElement>(el, '[part=error-summary]')!;
}

/** The text of the element(s) an `aria-labelledby`/`aria-describedby` list points at. */
const referenced = (el: El, ids: string | null) =>
  (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(el.shadowRoot!.getElementById(id)))
    .join(' ');

/** The accessible name of a checkbox: aria-labelledby, else aria-label, else its label's text. */
const checkboxName = (el: El, box: HTMLInputElement) =>
  box.getAttribute('aria-labelledby')
    ? referenced(el, box.getAttribute('aria-labelledby'))
    : (box.getAttribute('aria-label') ?? [...(box.labels ?? [])].map(text).join(' '));

const label = (template: string, field: string, lang: string) =>
  resolveText(findRequestTemplate(template)!.fields.find((f) => f.id === field)!.label, lang);

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('<recovery-request-form> a11y', () => {
  describe('error summary', () => {
    it('each item is a link that names its field, then says what to do; activating it focuses the field', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="password-reissue"></recovery-request-form>`),
      );
      await fillFields(el, { name: 'Taro' });
      const summary = await submitWithErrors(el);
      // The summary keeps its role, heading and the focus a failed submit gives it.
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(focused(el)?.id).to.equal('error-summary');
      expect(text(summary.querySelector('.notice-title'))).to.equal('Please check these answers:');
      const links = $$<HTMLAnchorElement>(el, '[part=error-summary] li a');
      expect(links.length).to.equal($$(el, '[part=error-summary] li').length);
      expect(links.length).to.be.greaterThan(2);
      const texts = links.map(text);
      expect(new Set(texts).size, texts.join(' | ')).to.equal(texts.length);
      const usernameLink = links.find((link) => link.getAttribute('href') === '#field-username')!;
      expect(text(usernameLink)).to.equal("Username: fill this in, or choose “I don't know”.");
      const emailLink = links.find((link) => link.getAttribute('href') === '#field-email')!;
      expect(text(emailLink)).to.equal('E-mail address for the reply: fill this in.');
      for (const link of links) {
        const id = link.getAttribute('href')!.slice(1);
        expect($(el, `#${id}`), id).to.not.equal(null);
      }
      await expect(el).to.be.accessible();

      usernameLink.click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('field-username');
      expect(location.hash).to.equal('');

      // By keyboard too.
      emailLink.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('field-email');
      await expect(el).to.be.accessible();
    });

    it('in Japanese: 「ユーザー名：…」', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="ja" template="password-reissue"></recovery-request-form>`),
      );
      await fillFields(el, { name: '山田太郎', email: 'taro@example.com' });
      await submitWithErrors(el);
      const link = $<HTMLAnchorElement>(el, '[part=error-summary] a[href="#field-username"]')!;
      expect(text(link)).to.equal('ユーザー名：入力するか、「わからない」を選んでください。');
      link.click();
      expect(focused(el)?.id).to.equal('field-username');
      await expect(el).to.be.accessible();
    });

    it('moves focus to the "I don\'t know" checkbox when that is what must be changed', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="username-lookup"></recovery-request-form>`),
      );
      await fillFields(el, { name: 'Taro', email: 'taro@example.com' });
      $<HTMLInputElement>(el, '[data-field=accountCode] [part=unknown]')!.click();
      await el.updateComplete;
      await submitWithErrors(el);
      const link = $<HTMLAnchorElement>(el, '[part=error-summary] a[href="#field-accountCode"]')!;
      expect(text(link)).to.match(/^Account-specific code: without the account-specific code/);
      link.click();
      const box = focused(el) as HTMLInputElement;
      expect(box?.getAttribute('part')).to.equal('unknown');
      expect(box.closest<HTMLElement>('[part=field]')!.dataset['field']).to.equal('accountCode');
      await expect(el).to.be.accessible();
    });
  });

  describe('"I don\'t know"', () => {
    for (const [lang, expected] of [
      ['en', "I don't know the username"],
      ['ja', 'ユーザー名はわからない'],
    ] as const) {
      it(`${lang}: each checkbox has a name of its own that says which field, and belongs to it`, async () => {
        const el = await formReady(
          await fixture<El>(html`<recovery-request-form lang=${lang} template="password-reissue"></recovery-request-form>`),
        );
        const boxes = $$<HTMLInputElement>(el, '[part=unknown]');
        expect(boxes.length).to.be.greaterThan(3);
        const names = boxes.map((box) => checkboxName(el, box));
        expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
        for (const box of boxes) {
          const field = box.closest<HTMLElement>('[part=field]')!.dataset['field']!;
          const name = checkboxName(el, box);
          // The visible text is part of the name (WCAG 2.5.3), and so is the field's label.
          expect(name, field).to.contain(lang === 'ja' ? 'わからない' : "I don't know");
          expect(name.toLowerCase(), field).to.contain(label('password-reissue', field, lang).toLowerCase());
          // Tied to its field: the input it switches off, and the group of both named by the label.
          expect(box.getAttribute('aria-controls'), field).to.equal(`field-${field}`);
          const group = box.closest('[role=group]');
          expect(group, field).to.not.equal(null);
          expect(referenced(el, group!.getAttribute('aria-labelledby')), field).to.equal(label('password-reissue', field, lang));
          expect(group!.contains($(el, `#field-${field}`)), field).to.equal(true);
        }
        expect(checkboxName(el, $<HTMLInputElement>(el, '[data-field=username] [part=unknown]')!)).to.equal(expected);
        await expect(el).to.be.accessible();
      });
    }

    it('a checked box whose field has an error is described by that error', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="username-lookup"></recovery-request-form>`),
      );
      const box = $<HTMLInputElement>(el, '[data-field=accountCode] [part=unknown]')!;
      box.click();
      await el.updateComplete;
      await submitWithErrors(el);
      expect(referenced(el, box.getAttribute('aria-describedby'))).to.match(/^Without the account-specific code/);
      await expect(el).to.be.accessible();
    });
  });

  describe('required and invalid', () => {
    it('required inputs say so as an attribute; aria-invalid only on a field with an error', async () => {
      const el = await formReady(
        await fixture<El>(html`<recovery-request-form lang="en" template="password-reissue"></recovery-request-form>`),
      );
      const template = findRequestTemplate('password-reissue')!;
      const isRequired = (input: Element) => (input as HTMLInputElement).required || input.getAttribute('aria-required') === 'true';
      for (const id of ['name', 'email']) {
        const input = $(el, `#field-${id}`)!;
        expect(isRequired(input), id).to.equal(true);
        expect(input.hasAttribute('aria-invalid'), `${id}: no aria-invalid before any error`).to.equal(false);
      }
      for (const field of template.fields) {
        const input = $(el, `#field-${field.id}`)!;
        // "I don't know" allowed or not, a required field needs an answer: a value or the checkbox.
        expect(isRequired(input), field.id).to.equal(field.required);
        expect(input.hasAttribute('aria-invalid'), field.id).to.equal(false);
      }
      expect(template.fields.some((field) => !field.required)).to.equal(true);
      await expect(el).to.be.accessible();

      await fillFields(el, { name: 'Taro' });
      await submitWithErrors(el);
      expect($(el, '#field-name')!.hasAttribute('aria-invalid')).to.equal(false);
      expect($(el, '#field-email')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#field-username')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();

      await fillFields(el, { email: 'taro@example.com' });
      expect($(el, '#field-email')!.hasAttribute('aria-invalid')).to.equal(false);
      expect($(el, '#field-email')!.getAttribute('aria-describedby')).to.equal('field-email-hint');
      await expect(el).to.be.accessible();
    });
  });
});
