/**
 * Validation of a request payload: the zod/mini schema of its structure, then the rules of its
 * template (required fields, "I don't know", usernames, e-mail, dates, no password), with
 * messages in the request's language. The same code runs in the form and on the server.
 */
import * as z from 'zod/mini';

import { resolveText } from '../flow/text.js';
import { DEFAULT_USERNAME_RULE, type UsernameRule } from '../username/diagnose.js';
import { resolveSiteProfile, type SiteProfile, type SiteProfileInput } from '../flow/site-profile.js';
import { messageLanguage, requestText } from './messages.js';
import type { RequestError, RequestErrorCode, RequestMessageLanguage } from './messages.js';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, TEMPLATE_ID_PATTERN, isPlainEmailAddress, looksLikePassword } from './rules.js';
import { requestFieldIdSchema } from '../flow/request-template-schema.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
import { DEFAULT_REQUEST_TEMPLATES, siteRequestTemplates } from './templates.js';
import { emailSuggestion, valueProblem } from './value-problems.js';

/** A field's answer: what the user wrote, or "I don't know". */
export const requestFieldValueSchema = z.union([z.string().check(z.maxLength(20000)), z.strictObject({ unknown: z.literal(true) })]);

/** The longest idempotency key accepted (a UUID has 36 characters). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

/**
 * The structure of a request payload, as `<recovery-request-form>` sends it. String lists
 * (username candidates, dates) are one item per line. `validateRequest` adds the template's rules.
 */
export const requestPayloadSchema = z.strictObject({
  /** The template id (`password-reissue`, …). */
  template: z.string().check(z.maxLength(80), z.regex(TEMPLATE_ID_PATTERN)),
  /** The template's inquiry type in the request's language. */
  inquiryType: z.string().check(z.maxLength(500)),
  /** The template's subject in the request's language. */
  subject: z.string().check(z.maxLength(500)),
  /** The language of the request (`ja`, `en`, `ja-JP`, …). */
  locale: z.string().check(z.maxLength(35), z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  /** A new random key per request, kept across retries; also sent as the `Idempotency-Key` header. */
  idempotencyKey: z.string().check(z.regex(IDEMPOTENCY_KEY_PATTERN)),
  /** A name registered on the account. */
  name: z.string().check(z.maxLength(NAME_MAX_LENGTH)),
  /** Where the reply goes. */
  email: z.string().check(z.maxLength(EMAIL_MAX_LENGTH)),
  /** Field id → answer. */
  fields: z.record(requestFieldIdSchema, requestFieldValueSchema),
});

/** A request payload (see `requestPayloadSchema`). */
export type RequestPayload = z.infer<typeof requestPayloadSchema>;
export type RequestFieldValue = z.infer<typeof requestFieldValueSchema>;

export interface ValidateRequestOptions {
  /** The language of the messages; default: the payload's `locale`, else English. */
  lang?: string;
  /** The present moment (ms since the epoch or a Date), for "not in the future"; default: now. */
  now?: number | Date;
  /** The templates a payload may name; default: the built-in ones (of the site `site` describes). */
  templates?: readonly RequestTemplate[];
  /** The site profile: its username rule, and its templates unless `templates` is given. */
  site?: SiteProfileInput | SiteProfile;
}

export type ValidateRequestResult = { ok: true; payload: RequestPayload } | { ok: false; errors: RequestError[] };

/**
 * Validates a request payload (any JSON value). Never throws: every problem is returned as
 * `{ field, code, message }`, `field` being a key of the payload or `fields.<id>`.
 */
export function validateRequest(input: unknown, options: ValidateRequestOptions = {}): ValidateRequestResult {
  let lang: RequestMessageLanguage = messageLanguage(options.lang);
  try {
    const localeOfInput = isRecord(input) && typeof input['locale'] === 'string' ? input['locale'] : undefined;
    lang = messageLanguage(options.lang ?? localeOfInput);
    const parsed = requestPayloadSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: structureErrors(parsed.error.issues, input, lang) };
    const now = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
    const templates = options.templates ?? (options.site ? siteRequestTemplates(options.site) : DEFAULT_REQUEST_TEMPLATES);
    const rule = options.site ? resolveSiteProfile(options.site).username : DEFAULT_USERNAME_RULE;
    const errors = ruleErrors(parsed.data, templates, now, lang, rule);
    return errors.length ? { ok: false, errors } : { ok: true, payload: parsed.data };
  } catch {
    return { ok: false, errors: [{ field: '', code: 'invalid', message: requestText.invalid(lang) }] };
  }
}

function ruleErrors(
  payload: RequestPayload,
  templates: readonly RequestTemplate[],
  now: number,
  lang: RequestMessageLanguage,
  rule: UsernameRule,
): RequestError[] {
  const errors: RequestError[] = [];
  const add = (field: string, code: RequestErrorCode, message: string, suggestion?: string) =>
    errors.push({ field, code, message, ...(suggestion !== undefined ? { suggestion } : {}) });

  const template = templates.find((candidate) => candidate.id === payload.template);
  if (!template) {
    add(
      'template',
      'unknown-template',
      requestText.unknownTemplate(
        lang,
        payload.template,
        templates.map((t) => t.id),
      ),
    );
    return errors;
  }
  for (const key of ['inquiryType', 'subject'] as const) {
    const expected = resolveText(template[key], payload.locale);
    if (payload[key] !== expected) add(key, 'mismatch', requestText.mismatch(lang, expected), expected);
  }

  if (!payload.name.trim()) add('name', 'required', requestText.required(lang, false));
  else if (looksLikePassword(payload.name)) add('name', 'password-like', requestText.passwordLike(lang));

  if (!payload.email.trim()) add('email', 'required', requestText.required(lang, false));
  else if (!isPlainEmailAddress(payload.email))
    add('email', 'email', requestText.email(lang, emailSuggestion(payload.email)), emailSuggestion(payload.email));

  for (const id of Object.keys(payload.fields)) {
    if (!template.fields.some((field) => field.id === id))
      add(`fields.${id}`, 'unknown-field', requestText.unknownField(lang, id, template.id));
  }

  for (const field of template.fields) {
    const value = ownValue(payload.fields, field.id);
    const path = `fields.${field.id}`;
    if (typeof value === 'object') {
      if (!field.allowUnknown) {
        if (field.id === 'username' && template.requiresUsername) add(path, 'username-required', requestText.usernameRequired(lang));
        else add(path, 'unknown-not-allowed', requestText.unknownNotAllowed(lang));
      }
      continue;
    }
    if (value === undefined || value.trim() === '') {
      if (field.id === 'username' && template.requiresUsername) add(path, 'username-required', requestText.usernameRequired(lang));
      else if (field.required) add(path, 'required', requestText.required(lang, field.allowUnknown));
      continue;
    }
    const problem = valueProblem(field, value, now, lang, rule);
    if (problem) add(path, problem.code, problem.message, problem.suggestion);
  }

  if (template.requiresOneOf) {
    const known = template.requiresOneOf.fields.some((id) => {
      const value = ownValue(payload.fields, id);
      return typeof value === 'string' && value.trim() !== '';
    });
    if (!known) add(`fields.${template.requiresOneOf.fields[0]}`, 'requires-one-of', resolveText(template.requiresOneOf.message, lang));
  }
  return errors;
}

function structureErrors(issues: readonly z.core.$ZodIssue[], input: unknown, lang: RequestMessageLanguage): RequestError[] {
  const errors: RequestError[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    const value = valueAt(input, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        if (value === undefined) errors.push({ field, code: 'required', message: requestText.required(lang, false) });
        else errors.push({ field, code: 'invalid-type', message: requestText.invalidType(lang, issue.expected) });
        break;
      case 'too_big':
        errors.push({
          field,
          code: 'too-long',
          message: requestText.tooLong(lang, Number(issue.maximum), typeof value === 'string' ? value.length : 0),
        });
        break;
      case 'invalid_format':
        errors.push({ field, code: 'invalid-format', message: requestText.invalidFormat(lang) });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          errors.push({ field: field ? `${field}.${key}` : key, code: 'unknown-key', message: requestText.unknownKey(lang, key) });
        }
        break;
      case 'invalid_key':
        errors.push({ field, code: 'unknown-field', message: requestText.unknownKey(lang, String(issue.path.at(-1))) });
        break;
      case 'invalid_union':
        errors.push({ field, code: 'invalid-type', message: requestText.invalidType(lang, 'field-value') });
        break;
      default:
        errors.push({ field, code: 'invalid', message: requestText.invalid(lang) });
    }
  }
  return errors;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key as string];
  }
  return current;
}

/** `fields[id]` if it is the object's own key (never an inherited `constructor`). */
function ownValue(fields: RequestPayload['fields'], id: string): RequestFieldValue | undefined {
  return Object.hasOwn(fields, id) ? fields[id] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
