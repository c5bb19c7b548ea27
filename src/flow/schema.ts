/**
 * The zod schema of a flow definition (format version 1).
 *
 * Built on `zod/mini` so that validation costs a few kilobytes in the element's bundle.
 * Structure only: references between steps, reachability, link schemes and the like are
 * graph rules checked by `parseFlow` (see parse.ts).
 */
import * as z from 'zod/mini';

import { AUTH_CODE_METHODS, OUTCOMES } from './constants.js';
import { textSchema } from './text-schema.js';
import { requestTemplatesSchema } from './request-template-schema.js';
import { siteProfileSchema } from './site-profile-schema.js';

export * from './constants.js';

/** A step id: letters, digits, `-` and `_`, so that it can travel in a URL hash. */
export const stepIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, 'a step id uses letters, digits, "-" and "_" (at most 80)'));

export { textSchema } from './text-schema.js';

export const linkSchema = z.strictObject({
  label: textSchema,
  href: z.string().check(z.minLength(1), z.maxLength(2000)),
});

export const choiceSchema = z.strictObject({
  label: textSchema,
  next: stepIdSchema,
  description: z.optional(textSchema),
});

const textList = z.array(textSchema);

/** Fields every kind of step may carry. */
const commonStepFields = {
  id: stepIdSchema,
  title: textSchema,
  /** Paragraphs, in order. */
  body: z.optional(textList),
  /** A bulleted list (a checklist's items are ticked by the user). */
  items: z.optional(textList),
  /** Warnings shown in a highlighted box before anything else. */
  cautions: z.optional(textList),
  links: z.optional(z.array(linkSchema)),
  /** Buttons that lead to other steps. */
  choices: z.optional(z.array(choiceSchema)),
  /** The step a single "continue" button leads to. */
  next: z.optional(stepIdSchema),
  nextLabel: z.optional(textSchema),
  /** Checks of what the user typed that this step shows (`username`). */
  diagnose: z.optional(z.array(z.enum(['username']))),
  /** Overrides the outcome implied by the kind (for an end step). */
  outcome: z.optional(z.enum(OUTCOMES)),
};

export const stepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('info'), ...commonStepFields }),
  z.strictObject({ kind: z.literal('choice'), ...commonStepFields }),
  z.strictObject({ kind: z.literal('checklist'), ...commonStepFields }),
  z.strictObject({
    kind: z.literal('request'),
    ...commonStepFields,
    /** The request template the embedded form uses. */
    template: z.string().check(z.minLength(1)),
  }),
  z.strictObject({
    kind: z.literal('auth-code'),
    ...commonStepFields,
    method: z.optional(z.enum(AUTH_CODE_METHODS)),
    /** What the embedded explainer shows: `explain` (default) or `check` (the code check alone). */
    view: z.optional(z.enum(['explain', 'check'])),
  }),
  z.strictObject({
    kind: z.literal('contact'),
    ...commonStepFields,
    /** The contact form; else the flow's `contactUrl`, else the element's `contact-url`. */
    href: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  }),
  z.strictObject({ kind: z.literal('resolved'), ...commonStepFields }),
]);

/** The zod schema of a whole flow definition. */
export const flowSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.number(),
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  title: z.optional(textSchema),
  /** Languages every text must be given in (checked by `parseFlow`). */
  languages: z.optional(z.array(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)))),
  /** The first step. */
  start: stepIdSchema,
  /** Login error code → the step that explains it. */
  errors: z.optional(z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'a login error code such as "locked"')), stepIdSchema)),
  /** The site's contact form, used by `contact` steps that name none. */
  contactUrl: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  /** Request templates of this flow: new ones, or built-in ones replaced (same id). */
  templates: z.optional(requestTemplatesSchema),
  /**
   * The site profile this flow was made for (`applySiteProfile` writes it): the request form and
   * the code explainer its steps embed follow it, unless the element is given its own `site`.
   */
  site: z.optional(siteProfileSchema),
  steps: z.array(stepSchema).check(z.minLength(1)),
});

export type LocalizedText = z.infer<typeof textSchema>;
export type FlowLink = z.infer<typeof linkSchema>;
export type FlowChoice = z.infer<typeof choiceSchema>;
export type FlowStep = z.infer<typeof stepSchema>;
export type FlowDefinition = z.infer<typeof flowSchema>;
