/**
 * Which link targets a flow may use: http(s), mailto, or a relative URL. Everything else
 * (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused, whatever its casing,
 * whatever whitespace or control characters are hidden in it (browsers strip those), and
 * whether or not it is spelt with HTML character references (`&#106;avascript:`,
 * `javascript&colon;`, `java&#x09;script:`): an href written into HTML unescaped somewhere (a
 * static page, a server template, a CMS) is decoded by the HTML parser before the URL parser reads it.
 */

import { ALLOWED_LINK_SCHEMES, SCHEME, STRIPPED } from './dom-links.js';

export { ALLOWED_LINK_SCHEMES, isExternalLink } from './dom-links.js';

// Named character references that spell a character a scheme or the noise in it is made of
// (none spells a letter or a digit); `amp` also for a reference spelt in two rounds (`&amp;#106;`).
const NAMED: Readonly<Record<string, string>> = {
  Tab: '\t',
  NewLine: '\n',
  colon: ':',
  plus: '+',
  period: '.',
  amp: '&',
  AMP: '&',
  nbsp: '\u00a0',
  NonBreakingSpace: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  hairsp: '\u200a',
  ZeroWidthSpace: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  MediumSpace: '\u205f',
};
const REFERENCE = /&#0*(\d{1,8});?|&#[xX]0*([0-9a-fA-F]{1,6});?|&(amp|AMP);?|&([A-Za-z][A-Za-z0-9]{1,31});/g;

/** The character a numeric reference stands for (U+FFFD for none, as the HTML parser reads it). */
function codePoint(value: number): string {
  return value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff) ? '\ufffd' : String.fromCodePoint(value);
}

/**
 * `href` with its numeric character references and the named ones a scheme could be spelt with
 * decoded, again until nothing changes (at most four rounds: `&amp;#106;` is `&#106;` is `j`).
 * Only for reading the scheme: the href itself is never changed.
 */
function decodeReferences(href: string): string {
  let text = href;
  for (let round = 0; round < 4 && text.includes('&'); round++) {
    const decoded = text.replace(REFERENCE, (whole, decimal?: string, hex?: string, amp?: string, name?: string) => {
      if (decimal !== undefined) return codePoint(Number(decimal));
      if (hex !== undefined) return codePoint(parseInt(hex, 16));
      if (amp !== undefined) return '&';
      return (name !== undefined && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined) ?? whole;
    });
    if (decoded === text) break;
    text = decoded;
  }
  return text;
}

/**
 * The scheme of `href` in lowercase (`"https"`), or `''` for a relative URL. An href whose scheme
 * is spelt with character references has the scheme they spell (`&#106;avascript:` → `javascript`).
 */
export function linkScheme(href: string): string {
  const compact = decodeReferences(href).replace(STRIPPED, '');
  // A backslash or an encoded colon does not start a scheme in the URL parser, but a colon does.
  const match = SCHEME.exec(compact);
  return match ? match[1]!.toLowerCase() : '';
}

/** Whether `href` may be rendered as a link. */
export function isAllowedLink(href: string): boolean {
  const scheme = linkScheme(href);
  return scheme === '' || (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme);
}
