/**
 * Checks of a typed username against the rule "up to 20 half-width letters and digits",
 * with the half-width form to suggest. Pure: shared by the guide and the request form.
 */

/** The longest username the rule allows. */
export const USERNAME_MAX_LENGTH = 20;

/** What can be wrong with a typed username. */
export type UsernameFinding =
  /** Full-width letters, digits or spaces (ｔａｒｏ１２３). */
  | 'full-width'
  /** Spaces before, inside or after it. */
  | 'spaces'
  /** An e-mail address: never a username. */
  | 'email'
  /** More than 20 characters once made half-width. */
  | 'too-long'
  /** Characters other than half-width letters and digits remain. */
  | 'other-characters';

export interface UsernameDiagnosis {
  /** The username as typed. */
  input: string;
  /** What is wrong, in order of importance; empty when it fits the rule. */
  findings: UsernameFinding[];
  /** The half-width form without spaces, when it differs from the input and fits the rule. */
  suggestion?: string;
  /** Length once made half-width and stripped of spaces. */
  length: number;
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const SPACES = /[\s\u3000]/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const VALID = /^[A-Za-z0-9]+$/;

/** Full-width ASCII and the ideographic space to half-width, nothing else touched. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Diagnoses a typed username (empty input: no findings). */
export function diagnoseUsername(input: string): UsernameDiagnosis {
  const half = toHalfWidth(input);
  const compact = half.replace(/\s+/g, '');
  const findings: UsernameFinding[] = [];
  if (!input) return { input, findings, length: 0 };
  if (EMAIL.test(compact)) findings.push('email');
  if (FULL_WIDTH.test(input)) findings.push('full-width');
  if (SPACES.test(input)) findings.push('spaces');
  if (!findings.includes('email') && compact && !VALID.test(compact)) findings.push('other-characters');
  if ([...compact].length > USERNAME_MAX_LENGTH) findings.push('too-long');
  const fits = VALID.test(compact) && compact.length <= USERNAME_MAX_LENGTH;
  const suggestion = fits && compact !== input ? compact : undefined;
  return { input, findings, length: [...compact].length, ...(suggestion ? { suggestion } : {}) };
}
