/**
 * "No element shows text of another language": the strings each language has (the UI catalogues,
 * the built-in flow's text, the built-in request templates) and a check that what an element shows
 * contains none that belongs only to another language, plus a check by script (no kana in Chinese,
 * no CJK in English, no Simplified-only characters in Japanese).
 */
import { expect } from '@open-wc/testing';
import template from '../../src/flows/default.template.json';
import { templates as jaUi } from '../../src/generated/locales/ja.js';
import { templates as zhUi } from '../../src/generated/locales/zh-Hans.js';
import { REQUEST_TEMPLATE_SOURCES } from '../../src/request/templates.js';
import { DEFAULT_INQUIRY_TYPE, DEFAULT_SUBJECTS } from '../../src/flow/contact-form-labels.js';
import { LANGUAGES, type Language } from '../../src/localize/languages.js';
import { deepText } from './deep-text.js';

/** The site's own contact-form labels: quoted as the site shows them, in any language's text. */
const SITE_LABELS = [DEFAULT_INQUIRY_TYPE.label, ...Object.values(DEFAULT_SUBJECTS).map((label) => label.label)];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]/;
const KANA = /[\u3040-\u30ff]/;
/** Frequent characters that Simplified Chinese writes and Japanese never does. */
const SIMPLIFIED_ONLY = /[您们这请吗呢码录设证间个进输击选择账户该还从对说现发让过须务确]/;

/** Static pieces of a text: what is between `{{…}}` placeholders and `${…}` expressions. */
function pieces(text: string): string[] {
  return text
    .split(/\{\{[^}]*\}\}|\$\{[^}]*\}|<[^>]+>/)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => (CJK.test(piece) ? [...piece].filter((c) => CJK.test(c)).length >= 3 : piece.length >= 12 && /\s/.test(piece)));
}

function collectTexts(value: unknown, into: Record<Language, Set<string>>): void {
  if (Array.isArray(value)) return value.forEach((item) => collectTexts(item, into));
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (LANGUAGES.every((language) => typeof record[language] === 'string')) {
    for (const language of LANGUAGES) pieces(record[language] as string).forEach((piece) => into[language].add(piece));
    return;
  }
  Object.values(record).forEach((item) => collectTexts(item, into));
}

function catalogueTexts(templates: Record<string, unknown>): string[] {
  return Object.values(templates).flatMap((entry) =>
    typeof entry === 'string' ? pieces(entry) : [...((entry as { strings: readonly string[] }).strings ?? [])].flatMap(pieces),
  );
}

let strings: Promise<Record<Language, Set<string>>> | undefined;

/** Every language's strings, each minus those another language shares. */
function languageStrings(): Promise<Record<Language, Set<string>>> {
  strings ??= (async () => {
    const all = Object.fromEntries(LANGUAGES.map((language) => [language, new Set<string>()])) as Record<Language, Set<string>>;
    collectTexts(template, all);
    collectTexts(REQUEST_TEMPLATE_SOURCES, all);
    catalogueTexts(jaUi).forEach((piece) => all.ja.add(piece));
    catalogueTexts(zhUi).forEach((piece) => all['zh-Hans'].add(piece));
    // The English UI text is the XLIFF's source.
    const xliff = await (await fetch('/xliff/ja.xlf')).text();
    for (const [, source] of xliff.matchAll(/<source>([\s\S]*?)<\/source>/g)) {
      const plain = source!
        .replace(/<x [^>]*\/>/g, '${}')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      pieces(plain).forEach((piece) => all.en.add(piece));
    }
    for (const language of LANGUAGES) {
      for (const piece of all[language]) {
        if (SITE_LABELS.some((label) => piece.includes(label) || label.includes(piece))) all[language].delete(piece);
      }
    }
    return all;
  })();
  return strings;
}

/** Asserts that `el` (with every shadow root inside it) shows text of `language` only. */
export async function speaksOnly(el: Element, language: Language, where: string): Promise<void> {
  const all = await languageStrings();
  let shown = deepText(el, '[part~="sample"]');
  for (const label of SITE_LABELS) shown = shown.split(label).join(' ');
  const around = (index: number) => shown.slice(Math.max(0, index - 40), index + 60);
  for (const other of LANGUAGES) {
    if (other === language) continue;
    for (const piece of all[other]) {
      if (all[language].has(piece)) continue;
      const index = shown.indexOf(piece);
      expect(index, `${where}: a ${language} element shows ${other} text "${piece}" in "…${around(index)}…"`).to.equal(-1);
    }
  }
  const script = language === 'en' ? CJK : language === 'zh-Hans' ? KANA : SIMPLIFIED_ONLY;
  const match = script.exec(shown);
  expect(match, `${where}: a ${language} element shows "${match?.[0]}" in "…${match ? around(match.index) : ''}…"`).to.equal(null);
}
