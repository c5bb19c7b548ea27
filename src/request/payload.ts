/**
 * Building the JSON payload of a request (the shape of DESIGN.md) from what the user typed.
 * No zod here: the form builds payloads without loading the validator.
 */
import { resolveText } from '../flow/text.js';
import { LIST_KINDS, listItems } from './rules.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
import type { RequestFieldValue, RequestPayload } from './validate.js';

export interface RequestPayloadInput {
  template: RequestTemplate;
  /** Field id → what the user typed. Ids the template doesn't have are left out. */
  values?: Readonly<Record<string, string | undefined>>;
  /** Ids of the fields answered "I don't know" (ignored for fields that don't allow it). */
  unknown?: Iterable<string>;
  name: string;
  email: string;
  /** The language of the request: inquiry type and subject are resolved in it. */
  locale: string;
  /** Keep the same key for every retry of one request; default: a new one. */
  idempotencyKey?: string;
}

/** A new idempotency key for one request (a random UUID). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Builds the payload of a request: the template's inquiry type and subject in `locale`, then each
 * field of the template in order: `{ unknown: true }` when answered "I don't know", else the
 * typed value (line endings made `\n`, outer spaces trimmed; for lists, one item per line with
 * blank lines dropped). Fields left empty are left out; `validateRequest` says which are required.
 */
export function requestPayload(input: RequestPayloadInput): RequestPayload {
  const { template, values = {}, locale } = input;
  const unknown = new Set(input.unknown ?? []);
  const fields: Record<string, RequestFieldValue> = {};
  for (const field of template.fields) {
    if (field.allowUnknown && unknown.has(field.id)) {
      fields[field.id] = { unknown: true };
      continue;
    }
    const raw = values[field.id];
    if (typeof raw !== 'string') continue;
    const value = LIST_KINDS.includes(field.kind) ? listItems(raw).join('\n') : raw.replace(/\r\n?/g, '\n').trim();
    if (value) fields[field.id] = value;
  }
  return {
    template: template.id,
    inquiryType: resolveText(template.inquiryType, locale),
    subject: resolveText(template.subject, locale),
    locale,
    idempotencyKey: input.idempotencyKey ?? newIdempotencyKey(),
    name: input.name.trim(),
    email: input.email.trim(),
    fields,
  };
}
