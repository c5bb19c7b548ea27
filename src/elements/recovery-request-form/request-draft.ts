/**
 * The draft of a request as the form handles it (pure: no DOM, no storage): an empty one, the
 * answers the guide and the page already know put into it, those answers following the form's
 * language, a change of answers (with a new idempotency key once the old one was posted), and
 * the payload it makes with the options to check that payload as the endpoint will.
 */
import { newIdempotencyKey, requestPayload } from '../../request/payload.js';
import { prefill, type RequestFlowContext } from '../../request/prefill.js';
import type { RequestTemplate } from '../../flow/request-template-schema.js';
import type { SiteProfile } from '../../flow/site-profile.js';
import type { RequestPayload, ValidateRequestOptions } from '../../request/validate.js';
import type { RequestDraft } from './request-storage.js';

/** A draft with nothing typed, with an idempotency key of its own. */
export function emptyDraft(): RequestDraft {
  return { name: '', email: '', values: {}, unknown: [], idempotencyKey: newIdempotencyKey() };
}

/** What the guide learned with the username the page gives (which wins over the guide's). */
export function prefillContext(flow: RequestFlowContext | undefined, username: string | undefined): RequestFlowContext {
  return { ...flow, ...(username ? { username } : {}) };
}

/**
 * `values` with what `context` knows put into the fields the user has not typed in (into every
 * field it knows when `fresh`), or undefined when that changes nothing.
 */
export function prefilledValues(
  template: RequestTemplate,
  context: RequestFlowContext,
  lang: string,
  values: Readonly<Record<string, string>>,
  fresh: boolean,
): Record<string, string> | undefined {
  const filled = prefill(template, context, lang);
  const next = { ...values };
  let changed = false;
  for (const [id, value] of Object.entries(filled)) {
    if (fresh || !next[id]) {
      next[id] = value;
      changed = true;
    }
  }
  return changed ? next : undefined;
}

/**
 * `values` with the prefilled answers the user has not changed rewritten from `previous` into
 * `language` (what the user typed stays as it is), or undefined when none changes.
 */
export function prefilledInLanguage(
  template: RequestTemplate,
  context: RequestFlowContext,
  values: Readonly<Record<string, string>>,
  previous: string,
  language: string,
): Record<string, string> | undefined {
  const before = prefill(template, context, previous);
  const after = prefill(template, context, language);
  const next = { ...values };
  let changed = false;
  for (const [id, value] of Object.entries(after)) {
    if (next[id] !== undefined && next[id] === before[id] && value !== next[id]) {
      next[id] = value;
      changed = true;
    }
  }
  return changed ? next : undefined;
}

/**
 * `draft` with `change`. Once a key was posted, the server keeps it for that content: changed
 * answers are another request, with a key of its own (the same key with other content is refused
 * with 422). `renewedKey` says the draft got a new key (the posted one is then forgotten).
 */
export function changedDraft(
  draft: RequestDraft,
  change: Partial<RequestDraft>,
  postedKey: string | undefined,
): { draft: RequestDraft; renewedKey: boolean } {
  const renewedKey = postedKey !== undefined && postedKey === draft.idempotencyKey && change.idempotencyKey === undefined;
  return { draft: { ...draft, ...change, ...(renewedKey ? { idempotencyKey: newIdempotencyKey() } : {}) }, renewedKey };
}

/** The payload `draft` makes with `template`, in `locale`. */
export function draftPayload(template: RequestTemplate, draft: RequestDraft, locale: string): RequestPayload {
  return requestPayload({
    template,
    values: draft.values,
    unknown: draft.unknown,
    name: draft.name,
    email: draft.email,
    locale,
    idempotencyKey: draft.idempotencyKey,
  });
}

/** How to check a payload of `template` as the endpoint will: messages in `lang`, the site's username rule. */
export function checkOptions(template: RequestTemplate, site: SiteProfile | undefined, lang: string, now: number): ValidateRequestOptions {
  return { lang, now, templates: [template], ...(site ? { site } : {}) };
}
