/**
 * Which language the demo login page is shown in. One rule for the browser (demo.ts) and for the
 * production server (demo/production-server.mjs), which sends the page already written in that
 * language, so that the script has nothing to replace when it starts:
 *
 *   `?lang=` (a language the page speaks), else the language chosen last time, else the first of
 *   the visitor's languages the page speaks, else English.
 *
 * The browser remembers the choice in localStorage and in a cookie of the same name: the cookie is
 * what the server can read (with the Accept-Language header for the visitor's languages).
 */
import { LANGUAGES, resolveLanguage, sameLanguage, type Language } from '../src/localize/languages.js';

/** The localStorage key and the cookie name of the language chosen last time. */
export const LANG_KEY = 'tsubame-demo-lang';

/** How long the cookie remembers the choice: a year. */
const COOKIE_SECONDS = 365 * 24 * 60 * 60;

export function isLang(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

/** The page's language for `tag` (`zh-CN` → `zh-Hans`, `ja-JP` → `ja`), or undefined when the page has none for it. */
export function supportedLang(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const resolved = resolveLanguage(tag);
  // resolveLanguage answers the source language for any tag it has no text for: keep only real matches.
  return sameLanguage(tag, resolved) ? resolved : undefined;
}

/** The page's language from what was asked (`?lang=`), remembered (the last choice) and preferred (the visitor's languages, first first). */
export function chooseLang({
  asked,
  remembered,
  preferred,
}: {
  asked?: string | null | undefined;
  remembered?: string | null | undefined;
  preferred: readonly string[];
}): Language {
  const fromQuery = supportedLang(asked);
  if (fromQuery) return fromQuery;
  if (isLang(remembered)) return remembered;
  for (const tag of preferred) {
    const found = supportedLang(tag);
    if (found) return found;
  }
  return 'en';
}

/**
 * The language of a request to the demo's servers: its `?lang=` (`asked`), else the last choice in
 * its Cookie header, else its Accept-Language, else English.
 */
export function requestLang(asked: string | null | undefined, headers: { cookie?: string; 'accept-language'?: string }): Language {
  return chooseLang({ asked, remembered: langFromCookie(headers.cookie), preferred: acceptedLanguages(headers['accept-language']) });
}

/** The language tags of an Accept-Language header, most wanted first (`q=0`, "not this one", left out; `*` too). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/i.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The language remembered in a Cookie header, if any. */
export function langFromCookie(header: string | undefined): Language | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [name, value] = pair.split('=').map((part) => part.trim());
    if (name === LANG_KEY && isLang(value)) return value;
  }
  return undefined;
}

/** The `document.cookie` assignment that remembers `lang` for the server (the whole site, a year). */
export function langCookie(lang: Language): string {
  return `${LANG_KEY}=${lang}; path=/; max-age=${COOKIE_SECONDS}; samesite=lax`;
}
