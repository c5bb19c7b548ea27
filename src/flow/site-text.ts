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
import { primaryLanguage, resolveText } from './text.js';
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

/** Words the values are made of, per language; another language gets English. */
const WORDS = {
  ja: {
    site: 'このサイト',
    hours: (n: number) => `${n}時間`,
    minutes: (n: number) => `${n}分`,
    join: (hours: string, minutes: string) => `${hours}${minutes}`,
    rule: { alphanumeric: '半角英数字', 'alphanumeric-symbols': '半角英数字と記号', any: '文字' },
    ruleText: (max: number, chars: string) => `${max}文字以内の${chars}`,
    methods: { totp: '認証アプリ（TOTP）', grid: '乱数表', backup: 'バックアップコード' },
    list: (items: string[]) => items.join('、'),
  },
  en: {
    site: 'this site',
    hours: (n: number) => `${n} hour${n === 1 ? '' : 's'}`,
    minutes: (n: number) => `${n} minute${n === 1 ? '' : 's'}`,
    join: (hours: string, minutes: string) => `${hours} ${minutes}`,
    rule: { alphanumeric: 'half-width letters and digits', 'alphanumeric-symbols': 'half-width letters, digits and symbols', any: 'characters' },
    ruleText: (max: number, chars: string) => `up to ${max} ${chars}`,
    methods: { totp: 'an authenticator app (TOTP)', grid: 'a grid card', backup: 'backup codes' },
    list: (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`),
  },
};

function wordsFor(lang: string) {
  return primaryLanguage(lang) === 'ja' ? WORDS.ja : WORDS.en;
}

/** "1 hour", "30 minutes", "1 hour 30 minutes" (or 「1時間」「30分」 …) for a number of minutes. */
export function formatDuration(minutes: number, lang: string): string {
  const words = wordsFor(lang);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return words.minutes(rest);
  return rest ? words.join(words.hours(hours), words.minutes(rest)) : words.hours(hours);
}

/** "up to 20 half-width letters and digits" (「20文字以内の半角英数字」 …) for a username rule. */
export function usernameRuleText(rule: Pick<SiteProfile['username'], 'maxLength' | 'characters'>, lang: string): string {
  const words = wordsFor(lang);
  return words.ruleText(rule.maxLength, words.rule[rule.characters] ?? words.rule.alphanumeric);
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
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(SECTION, (_, sign: string, condition: string, inner: string) => (conditionHolds(condition, flags) === (sign === '#') ? inner : ''));
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
