/**
 * The zod schema of a site profile (see site-profile.ts for what each key means). Every key is
 * optional: a missing key means the default site's value.
 */
import * as z from 'zod/mini';

import { textSchema, nonEmpty } from './text-schema.js';
import { CODE_METHODS, IDENTITY_FIELDS, USERNAME_CHARACTER_SETS } from './site-profile.js';

/** The message of the refinement below (parseSiteProfile words it in the asked language). */
export const REPEATED_VALUE = 'each value at most once';

/** A list of distinct values of `values`. */
const setOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).check(z.refine((list) => new Set(list).size === list.length, REPEATED_VALUE));

/** The zod schema of a site profile. */
export const siteProfileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  siteName: z.optional(textSchema),
  username: z.optional(
    z.strictObject({
      maxLength: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(256))),
      characters: z.optional(z.enum(USERNAME_CHARACTER_SETS)),
      caseSensitive: z.optional(z.boolean()),
      emailAllowed: z.optional(z.boolean()),
    }),
  ),
  loginOnlyUsername: z.optional(z.boolean()),
  lock: z.optional(
    z.strictObject({
      minutes: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10080))),
      supportCanUnlock: z.optional(z.boolean()),
    }),
  ),
  codeMethods: z.optional(setOf(CODE_METHODS)),
  captcha: z.optional(z.boolean()),
  identity: z.optional(setOf(IDENTITY_FIELDS)),
  resetLosesEncryptedData: z.optional(z.boolean()),
  postalDelivery: z.optional(z.boolean()),
  contactForm: z.optional(
    z.strictObject({
      inquiryType: z.optional(nonEmpty.check(z.maxLength(200))),
      subjects: z.optional(
        z.record(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a request template id')), nonEmpty.check(z.maxLength(200))),
      ),
    }),
  ),
});

const objectKeys = (schema: unknown): string[] => Object.keys((schema as { def: { shape: object } }).def.shape);
const innerKeys = (key: string): string[] => {
  const optional = (siteProfileSchema.def.shape as Record<string, { def: { innerType?: unknown } }>)[key];
  return optional ? objectKeys(optional.def.innerType) : [];
};

/** The keys allowed at `path` inside a profile (for "did you mean"). */
export function siteProfileKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return objectKeys(siteProfileSchema);
  if (path.length === 1 && typeof path[0] === 'string') return innerKeys(path[0]);
  return [];
}
