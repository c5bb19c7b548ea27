/**
 * The schema of localized text, shared by flow definitions and request templates.
 */
import * as z from 'zod/mini';

/** A non-empty string of reasonable length. */
export const nonEmpty = z.string().check(z.minLength(1), z.maxLength(20000));

/**
 * Text shown to the user: one string for every language, or one string per language tag (at
 * least one: `{}` would show nothing).
 */
export const textSchema = z.union([
  nonEmpty,
  z
    .record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "ja" or "en"')), nonEmpty)
    .check(z.refine((text) => Object.keys(text).length > 0, 'text in at least one language')),
]);
