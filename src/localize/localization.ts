/**
 * The library's locale wiring. @lit/localize allows one `configureLocalization` per page, so the
 * library configures it only when the host page has not (the call throws if it has), on first use
 * rather than at import time, and then follows each element's `lang`.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** Locales the library has UI text for. */
export const SUPPORTED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

type Controls = ReturnType<typeof configureLocalization>;

let controls: Controls | null | undefined;

const loaders: Record<string, () => Promise<unknown>> = {
  ja: () => import('../generated/locales/ja.js'),
};

/**
 * Configures @lit/localize unless the host already has. Returns the library's controls, or
 * `null` when the host owns localization (then the host's `setLocale` decides the UI language,
 * and its `loadLocale` should merge `login-help-elements/locales/<lang>.js`).
 */
export function libraryLocalization(): Controls | null {
  if (controls !== undefined) return controls;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale]!() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
    });
  } catch {
    controls = null;
  }
  return controls;
}

/** The supported locale for a BCP 47 tag (`ja-JP` → `ja`; unknown → the source locale). */
export function supportedLocale(lang: string | null | undefined): string {
  const primary = (lang ?? '').split('-')[0]!.toLowerCase();
  return SUPPORTED_LOCALES.includes(primary) ? primary : sourceLocale;
}

/**
 * Switches the UI text to `lang` when the library owns localization. Resolves when the
 * templates are ready; returns false when the host owns localization.
 */
export async function useLocale(lang: string): Promise<boolean> {
  const own = libraryLocalization();
  if (!own) return false;
  const locale = supportedLocale(lang);
  if (own.getLocale() !== locale) await own.setLocale(locale);
  return true;
}

/** Whether UI text is currently in `lang`'s locale (always true when the host owns it). */
export function localeIsReady(lang: string): boolean {
  const own = libraryLocalization();
  return !own || own.getLocale() === supportedLocale(lang);
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, else the
 * document's, else the browser's.
 */
export function elementLanguage(element: HTMLElement & { lang: string }): string {
  return element.lang || element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en';
}
