/**
 * Checks of a typed username against the site's rule (by default "up to 20 half-width letters
 * and digits"; a site profile may say otherwise), with the half-width form to suggest. Pure:
 * shared by the guide and the request form.
 */

/** The longest username the default rule allows. */
export const USERNAME_MAX_LENGTH = 20;

/** A site's username rule (the `username` of a site profile). */
export interface UsernameRule {
  maxLength: number;
  characters: 'alphanumeric' | 'alphanumeric-symbols' | 'any';
  emailAllowed: boolean;
}

/** The default site's rule. */
export const DEFAULT_USERNAME_RULE: Readonly<UsernameRule> = {
  maxLength: USERNAME_MAX_LENGTH,
  characters: 'alphanumeric',
  emailAllowed: false,
};

/** What can be wrong with a typed username. */
export type UsernameFinding =
  /** Full-width letters, digits or spaces (ｔａｒｏ１２３). */
  | 'full-width'
  /** Spaces before, inside or after it. */
  | 'spaces'
  /** An e-mail address, where it is never a username. */
  | 'email'
  /** Longer than the rule allows once made half-width. */
  | 'too-long'
  /** Characters the rule does not allow remain. */
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
const VALID: Record<UsernameRule['characters'], RegExp> = {
  alphanumeric: /^[A-Za-z0-9]+$/,
  'alphanumeric-symbols': /^[\x21-\x7e]+$/,
  any: /^[^\s]+$/u,
};

/** Full-width ASCII and the ideographic space to half-width, nothing else touched. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Diagnoses a typed username against `rule` (the default site's when omitted; empty input: no
 * findings). Where any character is allowed, full-width characters are not a finding.
 */
export function diagnoseUsername(input: string, rule: UsernameRule = DEFAULT_USERNAME_RULE): UsernameDiagnosis {
  const half = rule.characters === 'any' ? input : toHalfWidth(input);
  const compact = half.replace(/\s+/g, '');
  const findings: UsernameFinding[] = [];
  if (!input) return { input, findings, length: 0 };
  const valid = VALID[rule.characters] ?? VALID.alphanumeric;
  const email = EMAIL.test(compact);
  if (email && !rule.emailAllowed) findings.push('email');
  if (rule.characters !== 'any' && FULL_WIDTH.test(input)) findings.push('full-width');
  if (SPACES.test(input)) findings.push('spaces');
  if (!email && compact && !valid.test(compact)) findings.push('other-characters');
  if ([...compact].length > rule.maxLength && !(email && rule.emailAllowed)) findings.push('too-long');
  const fits = (email && rule.emailAllowed) || (valid.test(compact) && [...compact].length <= rule.maxLength);
  const suggestion = fits && compact !== input ? compact : undefined;
  return { input, findings, length: [...compact].length, ...(suggestion ? { suggestion } : {}) };
}
