/**
 * A site profile: the facts of one site that the built-in flow and request templates depend on
 * (its username rule, its lock, the code methods it offers, what support can check …).
 *
 * No zod here: the elements read profiles without loading the validator
 * (site-profile-schema.ts has the schema, parse-site-profile.ts the validation).
 */
import type { LocalizedText } from './schema.js';
import type { RequestTemplateId } from './constants.js';

/** Characters a username may hold. */
export const USERNAME_CHARACTER_SETS = ['alphanumeric', 'alphanumeric-symbols', 'any'] as const;
export type UsernameCharacters = (typeof USERNAME_CHARACTER_SETS)[number];

/** Kinds of authentication code a site may offer. */
export const CODE_METHODS = ['totp', 'grid', 'backup'] as const;
export type CodeMethod = (typeof CODE_METHODS)[number];

/** Request fields that identify an account, which a site may or may not be able to check. */
export const IDENTITY_FIELDS = [
  'userNumber',
  'publicName',
  'registeredAt',
  'usageDates',
  'accountCode',
  'ownerCode',
  'inviteKeys',
  'profile',
  'registrationNetwork',
  'loginNetworks',
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** The labels of the site's own contact form that a request must name exactly. */
export interface ContactFormLabels {
  /** The inquiry type to choose, exactly as the form shows it. */
  inquiryType?: string;
  /** The subject to write, by request template id (`password-reissue` …). */
  subjects?: Partial<Record<RequestTemplateId | (string & {}), string>>;
}

/** A site profile as a site writes it: every key optional, a missing key means the default. */
export interface SiteProfileInput {
  $schema?: string;
  /** The site's name as users know it, per language (default: "this site"). */
  siteName?: LocalizedText;
  username?: {
    /** The longest username (default 20). */
    maxLength?: number;
    /** What a username may contain (default `alphanumeric`: half-width letters and digits). */
    characters?: UsernameCharacters;
    /** Whether `Taro` and `taro` are different usernames (default false). */
    caseSensitive?: boolean;
    /** Whether an e-mail address also logs in (default false). */
    emailAllowed?: boolean;
  };
  /** Whether users can set a login-only username (default true). */
  loginOnlyUsername?: boolean;
  lock?: {
    /** How long login stays blocked after too many wrong passwords or codes (default 60). */
    minutes?: number;
    /** Whether support can lift a lock by hand (default false). */
    supportCanUnlock?: boolean;
  };
  /** The authentication codes the site offers (default all three; `[]`: no two-step verification). */
  codeMethods?: CodeMethod[];
  /** Whether the login form may ask for a CAPTCHA (default true). */
  captcha?: boolean;
  /** The identity facts support can check, by request field (default all ten). */
  identity?: IdentityField[];
  /** Whether a password reset loses data encrypted with the password (default true). */
  resetLosesEncryptedData?: boolean;
  /** Whether a new password or username may be sent by post (default true). */
  postalDelivery?: boolean;
  /** The exact labels of the site's contact form (default: the seed site's Japanese labels). */
  contactForm?: ContactFormLabels;
}

/** A profile with every default filled in: what the flow and the templates are built from. */
export interface SiteProfile {
  siteName?: LocalizedText;
  username: { maxLength: number; characters: UsernameCharacters; caseSensitive: boolean; emailAllowed: boolean };
  loginOnlyUsername: boolean;
  lock: { minutes: number; supportCanUnlock: boolean };
  codeMethods: CodeMethod[];
  captcha: boolean;
  identity: IdentityField[];
  resetLosesEncryptedData: boolean;
  postalDelivery: boolean;
  contactForm: ContactFormLabels;
}

/** The profile of the site the built-in flow was written for: today's behaviour. */
export const defaultSiteProfile: Readonly<SiteProfile> = Object.freeze<SiteProfile>({
  username: { maxLength: 20, characters: 'alphanumeric', caseSensitive: false, emailAllowed: false },
  loginOnlyUsername: true,
  lock: { minutes: 60, supportCanUnlock: false },
  codeMethods: [...CODE_METHODS],
  captcha: true,
  identity: [...IDENTITY_FIELDS],
  resetLosesEncryptedData: true,
  postalDelivery: true,
  contactForm: {},
});

/**
 * `input` with every missing key taken from the default profile. Lists are kept in their
 * canonical order without repeats, so that equal profiles compare equal.
 */
export function resolveSiteProfile(input: SiteProfileInput | SiteProfile | undefined | null): SiteProfile {
  const given = input ?? {};
  const d = defaultSiteProfile;
  const ordered = <T extends string>(all: readonly T[], picked: readonly T[] | undefined, fallback: readonly T[]): T[] =>
    all.filter((item) => (picked ?? fallback).includes(item));
  return {
    ...(given.siteName !== undefined ? { siteName: given.siteName } : {}),
    username: { ...d.username, ...given.username },
    loginOnlyUsername: given.loginOnlyUsername ?? d.loginOnlyUsername,
    lock: { ...d.lock, ...given.lock },
    codeMethods: ordered(CODE_METHODS, given.codeMethods, d.codeMethods),
    captcha: given.captcha ?? d.captcha,
    identity: ordered(IDENTITY_FIELDS, given.identity, d.identity),
    resetLosesEncryptedData: given.resetLosesEncryptedData ?? d.resetLosesEncryptedData,
    postalDelivery: given.postalDelivery ?? d.postalDelivery,
    contactForm: { ...given.contactForm },
  };
}

/** Whether `profile` describes the default site (then the built-in flow is used unchanged). */
export function isDefaultSiteProfile(profile: SiteProfile): boolean {
  return JSON.stringify(profile) === JSON.stringify(resolveSiteProfile(defaultSiteProfile));
}
