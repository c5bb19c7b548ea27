/**
 * What a screen-reader user HEARS from the three elements, not only what axe finds: each element
 * is read with @guidepup/virtual-screen-reader (one virtual reader per shadow-root container, see
 * test/support/screen-reader.ts), and what it says is asserted, in English and Japanese. Where the
 * virtual reader cannot hear a thing (CSS generated content such as the breadcrumb's "›"),
 * Chromium's own accessibility tree (wtr's `a11ySnapshot`) is asked as well.
 */
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../src/define/login-help-flow.js';
import '../src/define/recovery-request-form.js';
import '../src/define/auth-code-explainer.js';
import type { LoginHelpFlow } from '../src/elements/login-help-flow/login-help-flow.js';
import type { RecoveryRequestForm } from '../src/elements/recovery-request-form/recovery-request-form.js';
import type { AuthCodeExplainer } from '../src/elements/auth-code-explainer/auth-code-explainer.js';
import small from './fixtures/small-flow.json';
import { focused } from './support/dom.js';
import { choiceButton, clearHash, flowReady, headingIs } from './support/flow-fixture.js';
import { embedsReady } from './support/deep-text.js';
import { axNodes, countTextChanges, listen, readAloud, type AXNode } from './support/screen-reader.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The phrases between `start` (included) and the next phrase equal to `end` (excluded). */
function between(phrases: string[], start: (phrase: string) => boolean, end: string): string[] {
  const from = phrases.findIndex(start);
  if (from < 0) return [];
  const to = phrases.indexOf(end, from);
  return phrases.slice(from, to < 0 ? undefined : to);
}

/** Chromium's accessibility tree of the page (shadow roots included), as a screen reader gets it. */
const chromiumTree = async () => (await a11ySnapshot({})) as unknown as AXNode;

/** The accessible name in a phrase `role, name, …` (names here hold no ", "). */
const nameIn = (phrase: string) => phrase.split(', ')[1] ?? '';

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(clearHash);

describe('spoken output', () => {
  describe('<recovery-request-form> submitted empty', () => {
    async function submittedEmpty(lang: string): Promise<string[]> {
      const el = await fixture<RecoveryRequestForm>(
        html`<recovery-request-form lang=${lang} template="password-reissue"></recovery-request-form>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part=submit]'), 'form not rendered', { timeout: 5000 });
      root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(() => root.querySelector('[part=error-summary]'), 'no error summary', { timeout: 5000 });
      await el.updateComplete;
      return readAloud(el);
    }

    /** The error summary's links, as spoken. */
    const summaryLinks = (phrases: string[]) =>
      between(phrases, (phrase) => phrase === 'alert', 'end of alert').filter((phrase) => phrase.startsWith('link, '));

    it('speaks each item of the error summary as a link that names its field', async () => {
      const phrases = await submittedEmpty('en');
      const links = summaryLinks(phrases);
      expect(links.length, phrases.join('\n')).to.be.greaterThan(2);
      expect(links).to.include('link, Name: fill this in.');
      expect(links).to.include("link, Username: fill this in, or choose “I don't know”.");
      const fields = links.map((link) => /^link, ([^:]+): \S/.exec(link)?.[1]);
      expect(
        fields.filter((field) => !field),
        `items with no field: ${links.join(' | ')}`,
      ).to.deep.equal([]);
      expect(new Set(fields).size, links.join(' | ')).to.equal(links.length);
      // No item is only "Fill this in." (which field?).
      expect(links.filter((link) => /^link, fill this in/i.test(link))).to.deep.equal([]);
      // The summary is read before the form, in the shadow root's document order.
      expect(phrases.indexOf(links[0]!)).to.be.lessThan(phrases.findIndex((phrase) => phrase.startsWith('form')));
    });

    it('speaks them in Japanese too: 「ユーザー名：…」', async () => {
      const links = summaryLinks(await submittedEmpty('ja'));
      expect(links.length).to.be.greaterThan(2);
      expect(links.some((link) => link.startsWith('link, ユーザー名：'))).to.equal(true);
      const fields = links.map((link) => /^link, ([^：]+)：\S/.exec(link)?.[1]);
      expect(
        fields.filter((field) => !field),
        links.join(' | '),
      ).to.deep.equal([]);
      expect(new Set(fields).size, links.join(' | ')).to.equal(links.length);
    });

    it('names each "I don\'t know" checkbox after its field, each name different', async () => {
      for (const [lang, expected] of [
        ['en', "I don't know the username"],
        ['ja', 'ユーザー名はわからない'],
      ] as const) {
        const phrases = await submittedEmpty(lang);
        const boxes: { name: string; group: string }[] = [];
        let group = '';
        for (const phrase of phrases) {
          if (phrase.startsWith('group, ')) group = nameIn(phrase);
          if (phrase.startsWith('checkbox, ')) boxes.push({ name: nameIn(phrase), group });
        }
        expect(boxes.length, `${lang}: ${phrases.join('\n')}`).to.be.greaterThan(3);
        expect(boxes.map((box) => box.name)).to.include(expected);
        const names = boxes.map((box) => box.name);
        expect(new Set(names).size, `${lang}: ${names.join(' | ')}`).to.equal(names.length);
        // Each names the field whose group it is in ("I don't know" alone names nothing).
        const unnamed = boxes.filter((box) => !box.group || !box.name.toLowerCase().includes(box.group.toLowerCase()));
        expect(unnamed, `${lang}: checkboxes not naming their field`).to.deep.equal([]);
      }
    });
  });

  describe('<login-help-flow>', () => {
    for (const [lang, choice, title] of [
      ['en', 'I am locked out', 'Login is locked'],
      ['ja', 'ロックされた', 'ロック中です'],
    ] as const) {
      it(`announces a new step once, by focus on its heading (${lang})`, async () => {
        const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang=${lang} .flow=${small}></login-help-flow>`));
        const button = choiceButton(el, choice);
        button.focus();
        const region = el.shadowRoot!.querySelector('[role=status]')!;
        const reader = await listen(el);
        const liveText = countTextChanges(region);
        await sendKeys({ press: 'Enter' });
        await headingIs(el, title);
        await el.updateComplete;
        await sleep(100);
        expect(focused(el)?.tagName).to.equal('H2');
        // Heard: the heading focus lands on, once; no live region says the step again.
        expect(await reader.focusMoves()).to.deep.equal([`heading, ${title}, level 2`]);
        expect(await reader.announcements()).to.deep.equal([]);
        expect(liveText.changes(), 'the live region repeats the step').to.deep.equal([]);
        liveText.stop();
        await reader.stop();
      });
    }

    it('does not speak the breadcrumb\'s "›"; speaks a choice as its label, described by its description', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" .flow=${small}></login-help-flow>`));
      const first = await readAloud(el);
      // The choice's description is its description, not the end of a run-on name.
      expect(first).to.include('button, Something else, Ask support');
      expect(first).to.include('button, I am locked out');
      expect(first.filter((phrase) => phrase.includes('Something else Ask support'))).to.deep.equal([]);
      choiceButton(el, 'I am locked out').click();
      await headingIs(el, 'Login is locked');
      await el.updateComplete;
      const phrases = await readAloud(el);
      const crumbs = between(phrases, (phrase) => phrase === 'navigation, Steps so far', 'end of navigation, Steps so far');
      expect(crumbs).to.include('button, What happened?');
      expect(crumbs).to.include('Login is locked');
      expect(phrases.filter((phrase) => phrase.includes('›'))).to.deep.equal([]);
      // The "›" is CSS generated content, which the virtual reader never sees: Chromium's own tree
      // is what a real screen reader reads it from.
      const nav = axNodes(await chromiumTree()).find((node) => node.role === 'navigation' && node.name === 'Steps so far');
      const names = axNodes(nav).map((node) => node.name ?? '');
      expect(names).to.include('What happened?');
      expect(
        names.filter((name) => name.includes('›')),
        JSON.stringify(nav),
      ).to.deep.equal([]);
    });

    it('speaks the choice and its description apart in Japanese, and Chromium agrees', async () => {
      const el = await flowReady(await fixture<LoginHelpFlow>(html`<login-help-flow lang="ja" .flow=${small}></login-help-flow>`));
      expect(await readAloud(el)).to.include('button, その他, サポートへ');
      const tree = await chromiumTree();
      const other = axNodes(tree).find((node) => node.role === 'button' && node.name?.startsWith('その他'));
      expect(other, JSON.stringify(tree)).to.include({ name: 'その他', description: 'サポートへ' });
    });

    it('reads the embedded form and explainer where they stand, through their shadow roots', async () => {
      const withForm = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="password-reissue-request"></login-help-flow>`),
      );
      await embedsReady(withForm);
      const phrases = await readAloud(withForm);
      const at = (match: (phrase: string) => boolean) => phrases.findIndex(match);
      const flowHeading = at((phrase) => phrase === 'heading, Request a new password, level 2');
      const formHeading = at((phrase) => phrase.startsWith('heading, Password reissue request, level 3'));
      const formButton = at((phrase) => phrase.startsWith('button, Create the text of the request'));
      const flowStatus = phrases.lastIndexOf('status');
      expect(
        [flowHeading, formHeading, formButton, flowStatus].every((i) => i >= 0),
        phrases.join('\n'),
      ).to.equal(true);
      expect(flowHeading).to.be.lessThan(formHeading);
      expect(formHeading).to.be.lessThan(formButton);
      expect(formButton).to.be.lessThan(flowStatus);
      expect(phrases).to.include("checkbox, I don't know the username, not checked, 1 control");

      const withExplainer = await flowReady(
        await fixture<LoginHelpFlow>(html`<login-help-flow lang="en" start="auth-code-unknown"></login-help-flow>`),
      );
      await embedsReady(withExplainer);
      const heard = await readAloud(withExplainer);
      const stepHeading = heard.indexOf('heading, Where to find your authentication code, level 2');
      const codeField = heard.findIndex((phrase) => phrase.startsWith('textbox, Check the code you typed'));
      expect(stepHeading, heard.join('\n')).to.be.greaterThan(-1);
      expect(codeField, heard.join('\n')).to.be.greaterThan(stepHeading);
    });
  });

  describe('<auth-code-explainer>', () => {
    for (const [lang, verdict] of [
      ['en', 'polite: This looks like an authenticator-app code.'],
      ['ja', undefined],
    ] as const) {
      it(`says at most one thing once a 6-digit code typed key by key settles (${lang})`, async () => {
        const el = await fixture<AuthCodeExplainer>(html`<auth-code-explainer lang=${lang} method="totp"></auth-code-explainer>`);
        const root = el.shadowRoot!;
        await waitUntil(() => root.querySelector('#code'), 'no code field', { timeout: 5000 });
        await el.updateComplete;
        const status = root.querySelector('#code-status')!;
        expect(status.getAttribute('role')).to.equal('status');
        root.querySelector<HTMLInputElement>('#code')!.focus();
        const reader = await listen(el);
        const statusText = countTextChanges(status);
        for (const key of '123456') await sendKeys({ press: key });
        const whileTyping = statusText.changes();
        await sleep(1200);
        await el.updateComplete;
        const changes = statusText.changes();
        const announcements = await reader.announcements();
        statusText.stop();
        await reader.stop();
        expect(announcements.length, announcements.join(' | ')).to.be.at.most(1);
        expect(whileTyping, 'spoken while typing').to.deep.equal([]);
        expect(changes.length, changes.join(' | ')).to.be.at.most(1);
        // What is said once is the verdict on the whole code.
        expect(announcements.length).to.equal(changes.length);
        if (verdict) expect(announcements).to.deep.equal([verdict]);
        else
          expect(
            announcements.every((phrase) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(phrase)),
            announcements.join(' | '),
          ).to.equal(true);
      });
    }
  });
});
