/**
 * The library's `msg()`: @lit/localize's message function, answered in the language of the element
 * being rendered rather than one language per page.
 *
 * @lit/localize keeps one active locale per page (`configureLocalization` may be called once), so a
 * Japanese and an English element on one page cannot both be right with it. This `msg` has the
 * same type (`lit-localize extract` finds its calls, translators keep working in XLIFF) and looks
 * each message up in the catalogue of the current *language scope*: an element's update runs in
 * its own language ({@link LanguageController}), and code that builds text outside an update (an
 * event handler, a timer) runs it in {@link inLanguage}. The library never calls
 * `configureLocalization`, so a host page that uses @lit/localize keeps it to itself.
 */
// Only types from @lit/localize's entry: its runtime (configureLocalization, the locale events)
// is not used, and importing values from the entry would bring it into every bundle.
import type { msg as litMsg } from '@lit/localize';
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import { SOURCE_LANGUAGE, type Catalogues, type Language } from './languages.js';
import { CATALOGUE_LOADERS, type Catalogue } from './catalogue-loaders.js';

type Template = Parameters<typeof litMsg>[0];
type Translation = Catalogue[string];

const catalogues = new Map<Language, Catalogue>([[SOURCE_LANGUAGE, {}]]);
const loading = new Map<Language, Promise<void>>();
let scope: Language = SOURCE_LANGUAGE;

/** Whether the UI text of `language` is loaded (the source language always is). */
export function catalogueReady(language: Language): boolean {
  return catalogues.has(language);
}

/** Loads the UI text of `language` (once; later calls share the first load). */
export function loadCatalogue(language: Language): Promise<void> {
  if (catalogues.has(language)) return Promise.resolve();
  let load = loading.get(language);
  if (!load) {
    const loader = CATALOGUE_LOADERS[language];
    load = (loader ? loader() : Promise.resolve({ templates: {} })).then(
      (module) => void catalogues.set(language, module.templates),
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, load);
  }
  return load;
}

/** Makes `language` the scope of `msg` until {@link leaveLanguage}; returns the scope it replaces. */
export function enterLanguage(language: Language): Language {
  const previous = scope;
  scope = language;
  return previous;
}

/** Restores the scope {@link enterLanguage} replaced. */
export function leaveLanguage(previous: Language): void {
  scope = previous;
}

/** Runs `build` with `msg` answering in `language` (for text built outside an element's update). */
export function inLanguage<T>(language: Language, build: () => T): T {
  const previous = enterLanguage(language);
  try {
    return build();
  } finally {
    leaveLanguage(previous);
  }
}

/** What goes between two sentences: a space in English, nothing in Japanese and Chinese. */
const SENTENCE_SEPARATOR: Catalogues<string> = { en: ' ', ja: '', 'zh-Hans': '' };

/** Sentences of the current language scope joined as that language writes them. */
export function sentences(...parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(SENTENCE_SEPARATOR[scope]);
}

/** Expression orders of translated `html` templates (translation may move expressions). */
const expressionOrders = new WeakMap<object, number[]>();

function translate(template: Template, translation: Translation | undefined): unknown {
  if (translation === undefined) return isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template;
  if (typeof translation === 'string') return translation;
  const values = (template as { values: unknown[] }).values;
  if ('strTag' in translation) return joinStringsAndValues(translation.strings, values, translation.values as number[]);
  let order = expressionOrders.get(translation);
  if (order === undefined) {
    order = translation.values as number[];
    expressionOrders.set(translation, order);
  }
  return { ...translation, values: order.map((index) => values[index]) };
}

/**
 * `msg(template, { id })` in the current language scope. Every call names its `id` (`lhe.…`):
 * messages without one are shown in English.
 */
export const msg = ((template: Template, options?: { id?: string }) =>
  translate(template, options?.id === undefined ? undefined : catalogues.get(scope)?.[options.id])) as typeof litMsg;

export { str } from '@lit/localize/internal/str-tag.js';
