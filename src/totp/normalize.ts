/**
 * Normalisation of a typed authentication code: what a Japanese IME, a copy from an e-mail or a
 * code printed in groups adds to it, taken out again. Letter case is never changed: grid-card
 * answers are case-sensitive. Pure: no DOM.
 */

/** What {@link normalizeCode} changed, in this order. */
export type CodeChange =
  /** Full-width digits or Latin letters (０–９, Ａ–Ｚ, ａ–ｚ) were made half-width. */
  | 'full-width'
  /** Spaces were removed: ASCII space, tab, line breaks, the ideographic space U+3000, no-break and zero-width spaces. */
  | 'spaces'
  /** Hyphens and dashes were removed, and the Japanese long vowel mark ー that the hyphen key types in kana mode. */
  | 'hyphens';

/** The order in which {@link normalizeCode} reports its changes. */
export const CODE_CHANGES: readonly CodeChange[] = ['full-width', 'spaces', 'hyphens'];

/** The result of {@link normalizeCode}. */
export interface NormalizedCode {
  /** The code with full-width letters and digits made half-width and spaces and hyphens removed. */
  value: string;
  /** What was changed, in the order of {@link CODE_CHANGES}, each at most once; empty when nothing was. */
  changes: CodeChange[];
}

/** Full-width digits U+FF10–FF19 and Latin letters U+FF21–FF3A, U+FF41–FF5A. */
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/**
 * Whitespace (`\s` covers space, tab, line breaks, U+00A0, U+3000 and U+FEFF) and the zero-width
 * characters that come along when a code is copied from an e-mail or a web page.
 */
const SPACES = /[\s\u200b-\u200d\u2060]/g;

/**
 * Hyphens and dashes people type or paste between groups of a code:
 * - `-` U+002D, the soft hyphen U+00AD, U+2010–2015 (hyphen … horizontal bar), U+2043 (hyphen bullet),
 *   U+2212 (minus sign), U+FE58 and U+FE63 (small em dash, small hyphen-minus), U+FF0D (full-width hyphen-minus);
 * - U+30FC `ー` (katakana-hiragana prolonged sound mark) and U+FF70 `ｰ` (its half-width form): with a
 *   Japanese IME in kana mode, the `-` key types `ー`, so a user copying `123-456` off a card types
 *   `１２３ー４５６`. No code has a long vowel mark in it, so it is always a hyphen meant.
 */
const HYPHENS = /[-\u00ad\u2010-\u2015\u2043\u2212\ufe58\ufe63\uff0d\u30fc\uff70]/g;

/**
 * Normalises a typed code: full-width digits and Latin letters to half-width; spaces and hyphens
 * (including the Japanese long vowel mark `ー`, which the hyphen key types in kana mode) removed.
 * Letter case is kept. Anything else (kana, punctuation) is left for the caller's checks.
 *
 * @example normalizeCode('１２３ ４５６') // { value: '123456', changes: ['full-width', 'spaces'] }
 */
export function normalizeCode(text: string): NormalizedCode {
  const changes: CodeChange[] = [];
  let value = text;
  const step = (change: CodeChange, pattern: RegExp, replace: (char: string) => string) => {
    const next = value.replace(pattern, replace);
    if (next !== value) changes.push(change);
    value = next;
  };
  step('full-width', FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  step('spaces', SPACES, () => '');
  step('hyphens', HYPHENS, () => '');
  return { value, changes };
}
