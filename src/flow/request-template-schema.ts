/**
 * The zod schema of a request template: what a support request asks for and says.
 *
 * Built on `zod/mini`, like the flow schema, so that a flow definition can carry its own
 * `templates` later and have them checked the same way. The built-in templates are in
 * src/request/templates.ts; they import only the types from here.
 */
import * as z from 'zod/mini';

import { textSchema } from './text-schema.js';
import { FIELD_ID_PATTERN, REQUEST_FIELD_KINDS, TEMPLATE_ID_PATTERN } from './request-template-rules.js';

/** A field id: a camelCase identifier such as `username` or `usageDates`. */
export const requestFieldIdSchema = z
  .string()
  .check(z.regex(FIELD_ID_PATTERN, 'a field id is a camelCase identifier such as "usageDates" (at most 64 characters)'));

/** One thing the request asks for. */
export const requestFieldSchema = z.strictObject({
  id: requestFieldIdSchema,
  label: textSchema,
  /** What the field holds: decides the input, the checks and the length limit. */
  kind: z.enum(REQUEST_FIELD_KINDS),
  /** A value (or, where allowed, "I don't know") must be given. */
  required: z.boolean(),
  /** "I don't know" is an answer: the payload then holds `{ unknown: true }`. */
  allowUnknown: z.boolean(),
  /** A longer explanation shown under the label. */
  hint: z.optional(textSchema),
});

/** At least one of these fields must have a value (not "I don't know"), else `message` is shown. */
export const requiresOneOfSchema = z.strictObject({
  fields: z.array(requestFieldIdSchema).check(z.minLength(2)),
  message: textSchema,
});

/** A request template. */
export const requestTemplateSchema = z
  .strictObject({
    id: z.string().check(z.regex(TEMPLATE_ID_PATTERN, 'a template id is lowercase words joined by "-"'), z.maxLength(80)),
    /** The inquiry type to choose in the site's contact form: its exact label, in the form's language. */
    inquiryType: textSchema,
    /** What the inquiry type means, for readers of other languages (`{ "en": "…" }`): shown beside the exact label. */
    inquiryTypeMeaning: z.optional(textSchema),
    /** The subject to write: the exact label the site expects (or, with `subjectSuggested`, an example). */
    subject: textSchema,
    /** What the subject means, for readers of other languages: shown beside it, and the form's heading in those languages. */
    subjectMeaning: z.optional(textSchema),
    /** The site's form has no fixed subject for this request: `subject` is only an example of a short one. */
    subjectSuggested: z.optional(z.boolean()),
    /** A paragraph shown before the cautions. */
    intro: z.optional(textSchema),
    /** What to know before sending, shown before the form. */
    cautions: z.array(textSchema),
    /**
     * How the personal information given is used, where the site states it (the built-in
     * templates do for the password reissue, the login-only username reset and the code disable).
     */
    privacy: z.optional(textSchema),
    /** What to write as the name. */
    nameHint: textSchema,
    /** Which e-mail address to give. */
    emailHint: textSchema,
    fields: z.array(requestFieldSchema).check(z.minLength(1)),
    /**
     * The user must first log in with the password so that the site knows the account (the
     * `username` field is then required and "I don't know" is not an answer).
     */
    requiresUsername: z.optional(z.boolean()),
    /** Fields of which at least one must be known for the request to be possible. */
    requiresOneOf: z.optional(requiresOneOfSchema),
  })
  .check(
    z.refine((template) => new Set(template.fields.map((field) => field.id)).size === template.fields.length, {
      message: 'two fields have the same id',
      path: ['fields'],
    }),
    z.refine((template) => !template.requiresUsername || template.fields.some((field) => field.id === 'username'), {
      message: 'a template with `requiresUsername` needs a `username` field',
      path: ['requiresUsername'],
    }),
    z.refine((template) => (template.requiresOneOf?.fields ?? []).every((id) => template.fields.some((field) => field.id === id)), {
      message: '`requiresOneOf` names a field the template does not have',
      path: ['requiresOneOf', 'fields'],
    }),
  );

/** A list of templates with distinct ids (what a flow definition may carry). */
export const requestTemplatesSchema = z
  .array(requestTemplateSchema)
  .check(
    z.refine((templates) => new Set(templates.map((template) => template.id)).size === templates.length, 'two templates have the same id'),
  );

export type RequestField = z.infer<typeof requestFieldSchema>;
export type RequestTemplate = z.infer<typeof requestTemplateSchema>;
