/**
 * Site-dependent content: the conditions (`when`) and placeholders (`{{…}}`) a flow or a request
 * template may carry, resolved for one site profile.
 *
 * - `when` on a step, choice, link, list text or request field keeps it only if the condition
 *   holds: a flag name (`grid`), a negated flag (`!grid`), flags joined by `|` (any of them), or
 *   an array of those (all of them).
 * - In text, `{{name}}` is replaced by a value in the text's language, `{{#flag}}…{{/flag}}` is
 *   kept only if the flag holds and `{{^flag}}…{{/flag}}` only if it does not (the section name
 *   may be any condition, such as `grid|backup`; sections nest).
 *
 * Flags: `loginOnlyUsername`, `captcha`, `totp`, `grid`, `backup`, `codes` (any code method),
 * `lock.supportCanUnlock`, `username.caseSensitive`, `username.emailAllowed`,
 * `resetLosesEncryptedData`, `postalDelivery`, `siteName` (the profile names the site),
 * `identity.<field>` (support can check that request field).
 * Values: `site`, `Site` (capitalized), `username.maxLength`, `username.rule`, `lock.duration`,
 * `codeMethods`, `label.inquiryType` and `label.subject.<template id>` (the exact labels of the
 * site's contact form, quoted, with their meaning in a language other than the form's).
 */
import { IDENTITY_FIELDS, type SiteProfile } from './site-profile.js';
import { resolveText } from './text.js';
import { formatDuration, usernameRuleText, wordsFor } from './site-words.js';

export { formatDuration, usernameRuleText } from './site-words.js';
import { DEFAULT_SUBJECTS, inquiryTypeLabel, quoteLabel, subjectLabel } from './contact-form-labels.js';

/** A condition: a flag expression or a list of them that must all hold. */
export type SiteCondition = string | readonly string[];

/** Something in the content that cannot be resolved (a template bug, not a user's). */
export class SiteTemplateError extends Error {
  override name = 'SiteTemplateError';
}

/** Every flag name a condition may use. */
export const SITE_FLAGS: readonly string[] = [
  'loginOnlyUsername',
  'captcha',
  'totp',
  'grid',
  'backup',
  'codes',
  'lock.supportCanUnlock',
  'username.caseSensitive',
  'username.emailAllowed',
  'resetLosesEncryptedData',
  'postalDelivery',
  'siteName',
  ...IDENTITY_FIELDS.map((field) => `identity.${field}`),
];

/** The flags that hold for `profile`. */
export function siteFlags(profile: SiteProfile): ReadonlySet<string> {
  const on = new Set<string>();
  const set = (name: string, value: boolean) => value && on.add(name);
  set('loginOnlyUsername', profile.loginOnlyUsername);
  set('captcha', profile.captcha);
  for (const method of profile.codeMethods) on.add(method);
  set('codes', profile.codeMethods.length > 0);
  set('lock.supportCanUnlock', profile.lock.supportCanUnlock);
  set('username.caseSensitive', profile.username.caseSensitive);
  set('username.emailAllowed', profile.username.emailAllowed);
  set('resetLosesEncryptedData', profile.resetLosesEncryptedData);
  set('postalDelivery', profile.postalDelivery);
  set('siteName', profile.siteName !== undefined);
  for (const field of profile.identity) on.add(`identity.${field}`);
  return on;
}

function flagHolds(flag: string, flags: ReadonlySet<string>): boolean {
  if (!SITE_FLAGS.includes(flag)) throw new SiteTemplateError(`unknown site flag \`${flag}\` (known: ${SITE_FLAGS.join(', ')})`);
  return flags.has(flag);
}

/** Whether `condition` holds for `flags` (no condition always holds). */
export function conditionHolds(condition: SiteCondition | undefined, flags: ReadonlySet<string>): boolean {
  if (condition === undefined) return true;
  const all = typeof condition === 'string' ? [condition] : condition;
  return all.every((expression) =>
    expression.split('|').some((term) => {
      const name = term.trim();
      return name.startsWith('!') ? !flagHolds(name.slice(1), flags) : flagHolds(name, flags);
    }),
  );
}

/** The values `{{name}}` stands for, in `lang`. */
export function siteValues(profile: SiteProfile, lang: string): Readonly<Record<string, string>> {
  const words = wordsFor(lang);
  const site = profile.siteName !== undefined ? resolveText(profile.siteName, lang) : words.site;
  return {
    site,
    Site: site.charAt(0).toUpperCase() + site.slice(1),
    'username.maxLength': String(profile.username.maxLength),
    'username.rule': usernameRuleText(profile.username, lang),
    'lock.duration': formatDuration(profile.lock.minutes, lang),
    codeMethods: words.list(profile.codeMethods.map((method) => words.methods[method])),
    'label.inquiryType': quoteLabel(inquiryTypeLabel(profile), lang),
    ...Object.fromEntries(
      [...new Set([...Object.keys(DEFAULT_SUBJECTS), ...Object.keys(profile.contactForm.subjects ?? {})])].map((id) => [
        `label.subject.${id}`,
        quoteLabel(subjectLabel(profile, id)!, lang),
      ]),
    ),
  };
}

const SECTION = /\{\{([#^])([\w.|!]+)\}\}((?:(?!\{\{[#^])[\s\S])*?)\{\{\/\2\}\}/g;
const VALUE = /\{\{([\w.-]+)\}\}/g;

/** `text` (one language's string) with its sections and values resolved. */
export function renderSiteText(text: string, flags: ReadonlySet<string>, values: Readonly<Record<string, string>>): string {
  if (!text.includes('{{')) return text;
  let out = text;
  // Innermost sections first, so that sections may nest.
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(SECTION, (_, sign: string, condition: string, inner: string) =>
      conditionHolds(condition, flags) === (sign === '#') ? inner : '',
    );
  }
  out = out.replace(VALUE, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new SiteTemplateError(`unknown placeholder ${whole} (known: ${Object.keys(values).join(', ')})`);
    return value;
  });
  if (out.includes('{{')) throw new SiteTemplateError(`an unclosed or misplaced section in "${text.slice(0, 80)}…"`);
  return out;
}

/** Resolves the site content of texts for one profile, caching each language's values. */
export class SiteTextRenderer {
  readonly flags: ReadonlySet<string>;
  private readonly values = new Map<string, Readonly<Record<string, string>>>();
  constructor(readonly profile: SiteProfile) {
    this.flags = siteFlags(profile);
  }
  /** Whether `condition` holds for the profile. */
  holds(condition: SiteCondition | undefined): boolean {
    return conditionHolds(condition, this.flags);
  }
  /** One language's string, resolved. */
  string(text: string, lang: string): string {
    let values = this.values.get(lang);
    if (!values) this.values.set(lang, (values = siteValues(this.profile, lang)));
    return renderSiteText(text, this.flags, values);
  }
  /** A text (one string, or one per language; `when` and other keys dropped), resolved. */
  text<T extends string | Readonly<Record<string, string>>>(text: T): T {
    if (typeof text === 'string') return this.string(text, 'en') as T;
    const out: Record<string, string> = {};
    for (const [lang, value] of Object.entries(text)) if (lang !== 'when') out[lang] = this.string(value, lang);
    return out as T;
  }
}
