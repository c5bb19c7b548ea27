/**
 * The demo login page (demo/index.html) in each of its languages: the language chosen from
 * `?lang=` (zh, zh-CN, zh-SG → zh-Hans; a language the page lacks → the remembered or browser's
 * one), the switch (one button per language, `<html lang>`, the choice remembered), the page's
 * own text and the guide it embeds following the switch. The page runs in an iframe, as a visitor
 * loads it (no login API here: nothing is sent).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LANGUAGES, type Language } from '../src/localize/languages.js';

const LANG_KEY = 'tsubame-demo-lang';
const KANA = /[\u3040-\u30ff]/;
/** Frequent characters that Simplified Chinese writes and Japanese never does. */
const SIMPLIFIED_ONLY = /[您们这请码录设证输]/;

/** What each language's page must say (its title, the button that opens the guide) and how its text looks. */
const EXPECTED: Record<Language, { title: string; cantLogin: string; script: RegExp }> = {
  ja: { title: 'ログイン | つばめ会員サイト', cantLogin: 'ログインできない場合', script: KANA },
  en: { title: 'Log in | Tsubame Members', cantLogin: "Can't log in?", script: /^[^\u3040-\u30ff\u3400-\u9fff]+$/ },
  'zh-Hans': { title: '登录 | 燕子会员网站', cantLogin: '无法登录？', script: SIMPLIFIED_ONLY },
};

let frame: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
  localStorage.removeItem(LANG_KEY);
});

/** Opens the demo page at `search`; resolves once its script has put its text in. */
async function openDemo(search = ''): Promise<Document> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = `/demo/index.html${search}`;
  document.body.append(frame);
  await waitUntil(
    () => frame!.contentDocument?.querySelector('[data-i18n="demoAccountNote"]')?.textContent,
    'the demo page did not start',
    {
      timeout: 10_000,
    },
  );
  return frame.contentDocument!;
}

/** Visible text of `root` and every open shadow root below it (works across the iframe's realm). */
function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as HTMLElement;
      if (element.hidden || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName)) return;
      if (element.tagName === 'DETAILS' && !(element as HTMLDetailsElement).open) {
        const summary = element.querySelector('summary');
        if (summary) walk(summary);
        return;
      }
      for (const name of ['aria-label', 'title', 'alt']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const pressed = (doc: Document) =>
  [...doc.querySelectorAll<HTMLButtonElement>('[data-lang][aria-pressed="true"]')].map((b) => b.dataset['lang']);

/** Opens the guide with the page's own button; resolves once it shows a step. */
async function openGuide(doc: Document): Promise<Element> {
  doc.getElementById('open-help')!.click();
  const help = doc.querySelector('login-help-flow');
  expect(help, 'no <login-help-flow> after "can\'t log in"').to.exist;
  await waitUntil(() => help!.shadowRoot?.querySelector('h2')?.textContent?.trim(), 'the guide shows no step', { timeout: 10_000 });
  return help!;
}

const guideHeading = (help: Element) => help.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '';

describe('demo login page: languages', () => {
  it('has one switch button per language of the library, each named in its own language', async () => {
    const doc = await openDemo('?lang=ja');
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('.lang-switch [data-lang]')];
    expect(buttons.map((b) => b.dataset['lang']).sort()).to.deep.equal([...LANGUAGES].sort());
    for (const button of buttons) expect(button.lang, button.textContent).to.equal(button.dataset['lang']);
    expect(buttons.find((b) => b.dataset['lang'] === 'zh-Hans')!.textContent.trim()).to.equal('简体中文');
  });

  for (const tag of ['zh-Hans', 'zh', 'zh-CN', 'zh-SG']) {
    it(`?lang=${tag} shows the page in Simplified Chinese`, async () => {
      const doc = await openDemo(`?lang=${tag}`);
      expect(doc.documentElement.lang).to.equal('zh-Hans');
      expect(doc.title).to.equal(EXPECTED['zh-Hans'].title);
      expect(pressed(doc)).to.deep.equal(['zh-Hans']);
      expect(localStorage.getItem(LANG_KEY)).to.equal('zh-Hans');
    });
  }

  it('?lang= of a language the page lacks (zh-TW) falls back to the remembered choice', async () => {
    localStorage.setItem(LANG_KEY, 'ja');
    const doc = await openDemo('?lang=zh-TW');
    expect(doc.documentElement.lang).to.equal('ja');
  });

  it('remembers the language chosen last time', async () => {
    localStorage.setItem(LANG_KEY, 'zh-Hans');
    const doc = await openDemo();
    expect(doc.documentElement.lang).to.equal('zh-Hans');
  });

  it('in Chinese, the page and the guide show no Japanese and the Chinese text', async () => {
    const doc = await openDemo('?lang=zh-CN');
    const help = await openGuide(doc);
    await waitUntil(() => SIMPLIFIED_ONLY.test(guideHeading(help)), `the guide's heading "${guideHeading(help)}" is not Chinese`, {
      timeout: 10_000,
    });
    const shown = visibleText(doc.body);
    expect(KANA.exec(shown), shown).to.equal(null);
    expect(shown).to.include(EXPECTED['zh-Hans'].cantLogin);
    expect(shown).to.include('燕子会员网站');
  });

  it('the switch changes <html lang>, the page text and the open guide, from Japanese to Chinese to English and back', async () => {
    const doc = await openDemo('?lang=ja');
    const help = await openGuide(doc);
    const headings: Partial<Record<Language, string>> = { ja: guideHeading(help) };
    expect(headings.ja).to.match(KANA);
    for (const lang of ['zh-Hans', 'en', 'ja'] as const) {
      doc.querySelector<HTMLButtonElement>(`[data-lang="${lang}"]`)!.click();
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.title).to.equal(EXPECTED[lang].title);
      expect(doc.getElementById('open-help')!.textContent).to.equal(EXPECTED[lang].cantLogin);
      expect(pressed(doc)).to.deep.equal([lang]);
      expect(localStorage.getItem(LANG_KEY)).to.equal(lang);
      await waitUntil(
        () => EXPECTED[lang].script.test(guideHeading(help)),
        `the guide's heading "${guideHeading(help)}" is not in ${lang}`,
        { timeout: 10_000 },
      );
      headings[lang] ??= guideHeading(help);
    }
    expect(new Set(Object.values(headings)).size, JSON.stringify(headings)).to.equal(3);
  });
});
