/**
 * Checks of a typed authentication code against what the method expects, as data (problem codes,
 * expected length): the element words them in the user's language. Pure: no DOM.
 */
import { MAX_DIGITS, MIN_DIGITS } from './hotp.js';
import { GRID_ANSWER_LENGTH } from './grid.js';
import { normalizeCode, type CodeChange } from './normalize.js';

/** The kinds of authentication code: an authenticator app (TOTP), a printed grid card (乱数表), a single-use backup code. */
export type CodeMethod = 'totp' | 'grid' | 'backup';

/** The methods {@link checkCode} knows. */
export const CODE_METHODS: readonly CodeMethod[] = ['totp', 'grid', 'backup'];

/** The default length of a backup code (half-width letters and digits). */
export const DEFAULT_BACKUP_LENGTH = 8;

/** What can be wrong with a typed code, reported in this order. */
export type CodeProblem =
  /** Nothing was typed (or only spaces and hyphens). */
  | 'empty'
  /** It was typed in full-width characters: the half-width `value` is the suggestion. */
  | 'full-width'
  /** A TOTP code has digits only, and this has letters. */
  | 'letters-in-totp'
  /** Characters other than half-width letters and digits remain (kana, punctuation, …). */
  | 'other-characters'
  /** The length differs from `expectedLength` (counted on `value`). */
  | 'wrong-length';

/** The order in which {@link checkCode} reports its problems. */
export const CODE_PROBLEMS: readonly CodeProblem[] = ['empty', 'full-width', 'letters-in-totp', 'other-characters', 'wrong-length'];

/** Options of {@link checkCode}. */
export interface CheckCodeOptions {
  /** Digits of a TOTP code, 6–8 (default 6). */
  digits?: number;
  /** Characters of a backup code (default {@link DEFAULT_BACKUP_LENGTH}). */
  backupLength?: number;
}

/** The result of {@link checkCode}. */
export interface CodeCheck {
  /** The normalised code (see `normalizeCode`): what to submit, or to suggest when it differs from the input. */
  value: string;
  /** What normalisation changed. */
  changes: CodeChange[];
  /** What is wrong, in the order of {@link CODE_PROBLEMS}; empty when the code looks right. */
  problems: CodeProblem[];
  /** The length the method expects: TOTP `digits`, grid 6, backup `backupLength`. */
  expectedLength: number;
}

const ASCII_LETTER = /^[A-Za-z]$/;
const ALPHANUMERIC = /^[0-9A-Za-z]$/;

/**
 * Normalises a typed code and checks it against `method`: a TOTP code is `digits` (default 6)
 * digits; a grid-card answer {@link GRID_ANSWER_LENGTH} letters or digits (case kept); a backup
 * code `backupLength` (default 8) letters or digits. An empty code reports only `'empty'`.
 *
 * @example checkCode('１２３４５', 'totp') // { value: '12345', problems: ['full-width', 'wrong-length'], expectedLength: 6, … }
 * @throws {RangeError} for an unknown method, `digits` other than 6–8, or a `backupLength` that is not a positive integer.
 */
export function checkCode(
  text: string,
  method: CodeMethod,
  { digits = 6, backupLength = DEFAULT_BACKUP_LENGTH }: CheckCodeOptions = {},
): CodeCheck {
  if (!CODE_METHODS.includes(method)) {
    throw new RangeError(`method must be one of ${CODE_METHODS.join(', ')}, got ${JSON.stringify(method)}.`);
  }
  if (!Number.isInteger(digits) || digits < MIN_DIGITS || digits > MAX_DIGITS) {
    throw new RangeError(`digits must be an integer from ${MIN_DIGITS} to ${MAX_DIGITS}, got ${String(digits)}.`);
  }
  if (!Number.isInteger(backupLength) || backupLength < 1) {
    throw new RangeError(`backupLength must be a positive integer, got ${String(backupLength)}.`);
  }
  const expectedLength = method === 'totp' ? digits : method === 'grid' ? GRID_ANSWER_LENGTH : backupLength;
  const { value, changes } = normalizeCode(text);
  const problems: CodeProblem[] = [];
  if (!value) return { value, changes, problems: ['empty'], expectedLength };
  if (changes.includes('full-width')) problems.push('full-width');
  const chars = [...value];
  if (method === 'totp' && chars.some((char) => ASCII_LETTER.test(char))) problems.push('letters-in-totp');
  // Letters in a TOTP code are reported as 'letters-in-totp' above, not again here.
  if (chars.some((char) => !ALPHANUMERIC.test(char))) problems.push('other-characters');
  if (chars.length !== expectedLength) problems.push('wrong-length');
  return { value, changes, problems, expectedLength };
}
