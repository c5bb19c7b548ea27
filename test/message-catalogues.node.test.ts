/**
 * Every per-language catalogue of the pure modules (parseFlow's problems, schema problems, site
 * words, contact form labels, countdown, Mermaid, the request handler, the CLI), walked entry by
 * entry in every library language: nothing is empty, and no Japanese or Chinese entry is the
 * English text or drops a value the English one shows. A forgotten translation fails here.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, SOURCE_LANGUAGE, type Catalogues } from '../src/localize/languages.js';
import { PROBLEM_MESSAGES } from '../src/flow/problems.js';
import { SCHEMA_PROBLEM_WORDS } from '../src/flow/schema-problems.js';
import { SITE_WORDS } from '../src/flow/site-words.js';
import { CONTACT_FORM_LABEL_WORDS } from '../src/flow/contact-form-labels.js';
import { COUNTDOWN_WORDS } from '../src/flow/countdown.js';
import { MERMAID_WORDS } from '../src/flow/mermaid.js';
import { HANDLER_MESSAGES } from '../src/server/handler.js';
import { CLI_MESSAGES } from '../src/cli/main.js';

const CATALOGUES: Record<string, Catalogues<unknown>> = {
  problems: PROBLEM_MESSAGES,
  'schema-problems': SCHEMA_PROBLEM_WORDS,
  'site-words': SITE_WORDS,
  'contact-form-labels': CONTACT_FORM_LABEL_WORDS,
  countdown: COUNTDOWN_WORDS,
  mermaid: MERMAID_WORDS,
  'server/handler': HANDLER_MESSAGES,
  cli: CLI_MESSAGES,
};

/** Arguments for entries that take more than text (by catalogue and path); any other function gets ‹0›, ‹1› …. */
const ARGUMENTS: Record<string, (lang: string) => unknown[]> = {
  'site-words list': () => [['‹0›', '‹1›', '‹2›']],
  'countdown joinParts': (lang) => [['‹0›', '‹1›', '‹2›'], lang],
};

/** Entries that are rightly the same as English in a language (`null` is `null`), by `catalogue path`. */
const SAME_AS_ENGLISH = new Set(['problems types.null']);

/** Entries that rightly leave out a value the English one shows, by `language catalogue path`. */
const LEAVES_OUT = new Map([
  // Japanese is the labels' own language: no meaning beside them, and no meanings of the seed labels.
  ['ja contact-form-labels quote', ['‹1›']],
  ['ja contact-form-labels seedMeanings', []],
]);

interface Entry {
  path: string;
  value: unknown;
}

/** Every string and function of a catalogue, with its path (`types.null`, `seedMeanings.subjects.password-reissue`). */
function entries(value: unknown, path = ''): Entry[] {
  if (typeof value === 'string' || typeof value === 'function') return [{ path, value }];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => entries(inner, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

/** The value at `path`, or `undefined`. */
function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (current, key) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined),
      value,
    );
}

/** What an entry says: the string itself, or what the function returns for sample arguments. */
function say(catalogue: string, entry: Entry, value: unknown, lang: string): { text: unknown; args: unknown[] } {
  if (typeof value !== 'function') return { text: value, args: [] };
  const args =
    ARGUMENTS[`${catalogue} ${entry.path}`]?.(lang) ?? Array.from({ length: (entry.value as () => unknown).length }, (_, i) => `‹${i}›`);
  return { text: (value as (...args: unknown[]) => unknown)(...args), args };
}

/** The text arguments an English text shows (‹0› …), also inside list arguments. */
function shown(text: string, args: unknown[]): string[] {
  return args.flat().filter((arg): arg is string => typeof arg === 'string' && /^‹\d+›$/.test(arg) && text.includes(arg));
}

describe('message catalogues', () => {
  test('every entry of every catalogue says something in every language, and ja and zh-Hans are no copy of English', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [name, catalogues] of Object.entries(CATALOGUES)) {
      for (const entry of entries(catalogues[SOURCE_LANGUAGE])) {
        const english = say(name, entry, entry.value, SOURCE_LANGUAGE);
        if (typeof english.text !== 'string' || english.text.trim() === '')
          failures.push(`en ${name} ${entry.path}: ${JSON.stringify(english.text)}`);
        for (const lang of LANGUAGES) {
          if (lang === SOURCE_LANGUAGE) continue;
          const where = `${lang} ${name} ${entry.path}`;
          const value = at(catalogues[lang], entry.path);
          const leftOut = [...LEAVES_OUT].find(([prefix]) => where === prefix || where.startsWith(`${prefix}.`))?.[1];
          if (value === undefined && leftOut) continue;
          checked++;
          if (typeof value !== typeof entry.value) {
            failures.push(`${where}: a ${typeof value}, English has a ${typeof entry.value}`);
            continue;
          }
          const { text } = say(name, entry, value, lang);
          if (typeof text !== 'string' || text.trim() === '') {
            failures.push(`${where}: ${JSON.stringify(text)}`);
            continue;
          }
          if (text === english.text && !SAME_AS_ENGLISH.has(`${name} ${entry.path}`))
            failures.push(`${where}: the English text ${JSON.stringify(text)}`);
          const lost = shown(english.text as string, english.args).filter((arg) => !text.includes(arg) && !leftOut?.includes(arg));
          if (lost.length) failures.push(`${where}: leaves out ${lost.join(', ')} (${JSON.stringify(text)})`);
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(checked > 80, `only ${checked} entries checked`);
  });

  test('every language has the same entries as English (besides those a language rightly has none of)', () => {
    for (const [name, catalogues] of Object.entries(CATALOGUES)) {
      const english = entries(catalogues[SOURCE_LANGUAGE]).map((entry) => entry.path);
      for (const lang of LANGUAGES) {
        const own = entries(catalogues[lang]).map((entry) => entry.path);
        const expected = english.filter(
          (path) =>
            ![...LEAVES_OUT.keys()].some(
              (prefix) => `${lang} ${name} ${path}`.startsWith(prefix) && at(catalogues[lang], path) === undefined,
            ),
        );
        assert.deepEqual([...own].sort(), [...expected].sort(), `${lang} ${name}`);
      }
    }
  });
});
