/**
 * Link checks for links the elements set through the DOM (Lit attribute bindings): an href there
 * is never parsed as HTML, so a character reference in it (`&#106;`) is text, not a character, and
 * the scheme is read as written — `&#106;avascript:` is a harmless relative URL in the DOM. Where
 * an href is written into HTML (the static page, a server template), use `isAllowedLink` from
 * links.ts, which reads the scheme the references spell; `parseFlow` refuses such hrefs anyway.
 * Kept apart so that the guide's bundle does not carry the character-reference decoder.
 */

/** Schemes a flow link may use. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

// ASCII control characters and whitespace: the URL parser removes tabs and newlines anywhere
// and leading/trailing C0 controls and spaces, so "java\tscript:" is still "javascript:".
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
export const STRIPPED = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
export const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme of `href` as the URL parser reads it from the DOM, in lowercase, or `''` for a relative URL. */
export function domLinkScheme(href: string): string {
  const match = SCHEME.exec(href.replace(STRIPPED, ''));
  return match ? match[1]!.toLowerCase() : '';
}

/** Whether `href`, set as an attribute through the DOM, may be a link. */
export function isAllowedDomLink(href: string): boolean {
  const scheme = domLinkScheme(href);
  return scheme === '' || (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme);
}

/**
 * Whether `href` leaves the page's site (absolute with another origin, or mailto).
 * Relative URLs stay on the site. Without a base (Node), every absolute http(s) URL leaves.
 */
export function isExternalLink(href: string, base?: string): boolean {
  const scheme = domLinkScheme(href);
  if (scheme === 'mailto') return true;
  const trimmed = href.trim();
  if (scheme === '' && !trimmed.startsWith('//') && !trimmed.startsWith('\\\\')) return false;
  if (!base) return true;
  try {
    return new URL(trimmed, base).origin !== new URL(base).origin;
  } catch {
    return true;
  }
}
