/**
 * Which link targets a flow may use: http(s), mailto, or a relative URL. Everything else
 * (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused, whatever its casing and
 * whatever whitespace or control characters are hidden in it (browsers strip those).
 */

/** Schemes a flow link may use. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

// ASCII control characters and whitespace: the URL parser removes tabs and newlines anywhere
// and leading/trailing C0 controls and spaces, so "java\tscript:" is still "javascript:".
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const STRIPPED = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme of `href` in lowercase (`"https"`), or `''` for a relative URL. */
export function linkScheme(href: string): string {
  const compact = href.replace(STRIPPED, '');
  // A backslash or an encoded colon does not start a scheme in the URL parser, but a colon does.
  const match = SCHEME.exec(compact);
  return match ? match[1]!.toLowerCase() : '';
}

/** Whether `href` may be rendered as a link. */
export function isAllowedLink(href: string): boolean {
  const scheme = linkScheme(href);
  return scheme === '' || (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme);
}

/**
 * Whether `href` leaves the page's site (absolute with another origin, or mailto).
 * Relative URLs stay on the site. Without a base (Node), every absolute http(s) URL leaves.
 */
export function isExternalLink(href: string, base?: string): boolean {
  const scheme = linkScheme(href);
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
