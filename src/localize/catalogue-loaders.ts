/**
 * Where the UI text of each language comes from: the modules `npm run localize:build` generates
 * from `xliff/<lang>.xlf`. The source language (English) is in the code itself.
 */
import type { Language } from './languages.js';

/** A generated catalogue: message id → translated string, `str` or `html` template. */
export type Catalogue = Readonly<
  Record<
    string,
    | string
    | { strTag: true; strings: TemplateStringsArray; values: unknown[] }
    | { strings: TemplateStringsArray; values: unknown[]; _$litType$: number }
  >
>;

/** Loads each translated language's catalogue on first need (`null`: the source language, nothing to load). */
export const CATALOGUE_LOADERS: { readonly [L in Language]: (() => Promise<{ templates: Catalogue }>) | null } = {
  en: null,
  ja: () => import('../generated/locales/ja.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};
