/**
 * What the form shows while the user fills it in: its heading, the cautions, the summary of the
 * answers to fix, the name, e-mail and template fields, why the last send failed (with the retry
 * button), the submit button and, once made, the text to paste. Also what it shows instead when
 * the request needs the username first, or when its template is unknown. Functions of a context
 * object: the body's state and its callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../localize/msg.js';
import type { LocalizedText } from '../../flow/schema.js';
import type { RequestTemplate } from '../../flow/request-template-schema.js';
import type { RequestError } from '../../request/messages.js';
import type { RequestPayload } from '../../request/validate.js';
import { resolveText, textIn } from '../../flow/text.js';
import { requestBody } from '../../request/body.js';
import { requestMailto } from '../../request/mailto.js';
import { isPlainEmailAddress } from '../../request/rules.js';
import { fieldError, fieldView, inSentence, labelText } from './field-view.js';
import { failureView, pasteTextView } from './outcome-view.js';
import type { SendFailure } from './send-request.js';
import type { RequestDraft } from './request-storage.js';

/** What the form's frame and heading need. */
export interface FrameContext {
  lang: string;
  template: RequestTemplate;
  /** The heading level of the form's title. */
  headingLevel: number;
}

/** The form being filled in: the body's state, and what to do when the user acts. */
export interface EditingContext extends FrameContext {
  draft: RequestDraft;
  errors: readonly RequestError[];
  /** A request is being checked or sent: the form is busy and its button off. */
  busy: boolean;
  /** The form posts to the site's endpoint (else it makes the text to paste). */
  posts: boolean;
  /** A request was sent from this browser in the last 24 hours. */
  recent: boolean;
  failure: SendFailure | undefined;
  /** Seconds before a retry is possible. */
  wait: number;
  /** The payload whose text to paste is shown, if any. */
  pasted: RequestPayload | undefined;
  /** Support's e-mail address (a mailto link with the text). */
  mailto: string | undefined;
  /** The site's contact form. */
  contactUrl: string | undefined;
  copied: 'no' | 'yes' | 'failed';
  onSubmit: (event: Event) => void;
  /** The person's name or reply address changed. */
  onContact: (key: 'name' | 'email', value: string) => void;
  /** The answer of a template field changed. */
  onValue: (id: string, value: string) => void;
  /** The "I don't know" of a template field changed. */
  onUnknown: (id: string, unknown: boolean) => void;
  /** The error about `field` (`name`, `email`, `fields.<id>`) no longer applies. */
  onClearError: (field: string) => void;
  /** A link of the error summary was followed to the field whose input is `#id`. */
  onGoToField: (id: string) => void;
  onRetry: () => void;
  onCopy: () => void;
}

/**
 * What an exact label of the site's contact form means in `lang`: only a meaning written for that
 * language (never a fallback to another), and only when it says something the label does not.
 */
function meaningIn(meaning: LocalizedText | undefined, label: string, lang: string): string | undefined {
  const text = textIn(meaning, lang);
  return text && text !== label ? text : undefined;
}

/** The form's heading: the subject's meaning in the reader's language, else the subject. */
function requestTitle(template: RequestTemplate, lang: string): string {
  const subject = resolveText(template.subject, lang);
  return meaningIn(template.subjectMeaning, subject, lang) ?? subject;
}

/** The form's title, at the heading level asked for (2 when that is not a level). */
function headingView({ template, lang, headingLevel }: FrameContext): TemplateResult {
  const level = Math.min(6, Math.max(1, Math.trunc(headingLevel) || 2));
  return html`<div role="heading" aria-level=${level} class="title" part="title">${requestTitle(template, lang)}</div>`;
}

/** Instead of the form, when the request needs the username and the form has none. */
export function loginFirstView(context: FrameContext): TemplateResult {
  return html`<div class="base" part="base" lang=${context.lang}>
    ${headingView(context)}
    <div class="notice login-first" part="login-first">
      <p class="notice-title">${msg('First log in with your password', { id: 'lhe.form.loginFirst.title' })}</p>
      <p>
        ${msg('To stop authentication codes, support must know which account the request is for. Log in with your username and password; when the screen asks for the authentication code, come back to this help (without entering a code). The form then opens with your username.', { id: 'lhe.form.loginFirst.body' })}
      </p>
    </div>
  </div>`;
}

/** Instead of the form, when `template` names no template of the page, the flow, the site or the built-in ones. */
export function unavailableView(): TemplateResult {
  return html`<p class="notice failure" part="base" role="alert">
    ${msg('This request form is not available.', { id: 'lhe.form.unknownTemplate' })}
  </p>`;
}

/** The label of the person's name or reply address. */
function contactLabel(key: 'name' | 'email'): string {
  return key === 'name' ? msg('Name', { id: 'lhe.form.name' }) : msg('E-mail address for the reply', { id: 'lhe.form.email' });
}

/**
 * The label of the field an error is about (`name`, `email`, `fields.<id>`) and the id of its
 * input, or undefined for an error about no field of the form (the template, the subject…).
 */
function errorField(error: RequestError, { template, lang }: FrameContext): { id: string; label: string } | undefined {
  if (error.field === 'name' || error.field === 'email') return { id: `field-${error.field}`, label: contactLabel(error.field) };
  const field = error.field.startsWith('fields.')
    ? template.fields.find((candidate) => `fields.${candidate.id}` === error.field)
    : undefined;
  return field ? { id: `field-${field.id}`, label: resolveText(field.label, lang) } : undefined;
}

/**
 * Focus on what must be changed in `root`: the input `#id`, or its "I don't know" checkbox while
 * that switches the input off.
 */
export function goToField(root: ParentNode, id: string): void {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  const target = input?.disabled ? root.querySelector<HTMLInputElement>(`#${id}-unknown`) : input;
  if (!target) return;
  // The whole field (its label above all) in view, as GOV.UK's error summary does.
  target.closest('[part=field]')?.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}

/**
 * One answer to fix: a link that names the field, then says what is wrong, and goes there. The
 * link's `#field-…` is not followed (the ids are in the shadow root, and the page's URL is the host's).
 */
function summaryItem(error: RequestError, context: EditingContext): TemplateResult {
  const field = errorField(error, context);
  if (!field) return html`<li>${error.message}</li>`;
  const label = field.label;
  const message = inSentence(error.message);
  return html`<li>
    <a
      href="#${field.id}"
      @click=${(event: Event) => {
        event.preventDefault();
        context.onGoToField(field.id);
      }}
      >${msg(str`${label}: ${message}`, { id: 'lhe.form.errorItem' })}</a
    >
  </li>`;
}

/** The person's name or reply address: required, with its hint and, after a check, its error. */
function contactField(key: 'name' | 'email', hint: string, error: RequestError | undefined, context: EditingContext): TemplateResult {
  const id = `field-${key}`;
  const update = (value: string) => context.onContact(key, value);
  return html`<div class="field" part="field" data-field=${key}>
    <label for=${id}>${labelText(contactLabel(key), true)}</label>
    <span class="hint" id="${id}-hint">${hint}</span>
    <input
      id=${id}
      part="input"
      type=${key === 'name' ? 'text' : 'email'}
      autocomplete=${key}
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      aria-required="true"
      aria-invalid=${ifDefined(error ? 'true' : undefined)}
      .value=${context.draft[key]}
      @input=${(event: Event) => {
        update((event.target as HTMLInputElement).value);
        context.onClearError(key);
      }}
    />
    ${fieldError(id, error, update)}
  </div>`;
}

/** The text to paste into the site's contact form, for `payload`. */
function pasteView(payload: RequestPayload, context: EditingContext): TemplateResult {
  const { template, lang, mailto } = context;
  return pasteTextView({
    text: requestBody(payload, template),
    inquiryType: payload.inquiryType,
    inquiryTypeMeaning: meaningIn(template.inquiryTypeMeaning, payload.inquiryType, lang),
    subject: payload.subject,
    subjectMeaning: meaningIn(template.subjectMeaning, payload.subject, lang),
    subjectSuggested: template.subjectSuggested === true,
    mailto: mailto && isPlainEmailAddress(mailto) ? requestMailto(mailto, payload, template) : undefined,
    contactUrl: context.contactUrl,
    baseUrl: document.baseURI,
    copied: context.copied,
    onCopy: context.onCopy,
  });
}

/** The form being filled in (or sent, or failed to send), and the text to paste once made. */
export function editingView(context: EditingContext): TemplateResult {
  const { lang, template, draft, errors, busy } = context;
  const errorOf = (field: string) => errors.find((error) => error.field === field);
  return html`<div class="base" part="base" lang=${lang}>
    ${headingView(context)} ${template.intro ? html`<p>${resolveText(template.intro, lang)}</p>` : nothing}
    ${
      template.cautions.length
        ? html`<div class="notice cautions" part="cautions">
            <p class="notice-title">${msg('Before you send', { id: 'lhe.form.cautions' })}</p>
            <ul>
              ${template.cautions.map((caution) => html`<li>${resolveText(caution, lang)}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${
      context.recent
        ? html`<p class="notice cautions" part="recent-warning" role="note">
            ${msg('A request was already sent from this browser in the last 24 hours. Several requests in a short time mean stricter identity checks: send another only if it asks for something different.', { id: 'lhe.form.recent' })}
          </p>`
        : nothing
    }
    <p class="notice password-notice" part="password-notice" role="note">
      ${msg(html`<strong>Never write your password</strong> anywhere in this request, nor an authentication code. Support never needs them and will never ask for them.`, { id: 'lhe.form.noPassword' })}
    </p>
    ${
      errors.length
        ? html`<div class="notice error-summary" part="error-summary" id="error-summary" tabindex="-1" role="alert">
            <p class="notice-title">${msg('Please check these answers:', { id: 'lhe.form.errors' })}</p>
            <ul>
              ${errors.map((error) => summaryItem(error, context))}
            </ul>
          </div>`
        : nothing
    }
    <form novalidate @submit=${context.onSubmit} aria-busy=${busy ? 'true' : 'false'}>
      ${contactField('name', resolveText(template.nameHint, lang), errorOf('name'), context)}
      ${contactField('email', resolveText(template.emailHint, lang), errorOf('email'), context)}
      ${template.fields.map((field) =>
        fieldView(field, {
          lang,
          value: draft.values[field.id] ?? '',
          // A draft may hold "I don't know" for a field that no longer allows it: that must not
          // switch off an input that has no checkbox to switch it on again.
          unknown: field.allowUnknown && draft.unknown.includes(field.id),
          error: errorOf(`fields.${field.id}`),
          onInput: (value) => context.onValue(field.id, value),
          onUnknown: (unknown) => context.onUnknown(field.id, unknown),
        }),
      )}
      ${template.privacy ? html`<p class="hint privacy" part="privacy">${resolveText(template.privacy, lang)}</p>` : nothing}
      ${context.failure ? failureView(context.failure, context.wait, context.onRetry) : nothing}
      <button type="submit" class="primary" part="submit" ?disabled=${busy} aria-disabled=${busy ? 'true' : 'false'}>
        ${
          busy
            ? msg('Sending…', { id: 'lhe.form.sending' })
            : context.posts
              ? msg('Send the request', { id: 'lhe.form.send' })
              : msg('Create the text of the request', { id: 'lhe.form.createText' })
        }
      </button>
    </form>
    ${context.pasted ? pasteView(context.pasted, context) : nothing}
  </div>`;
}
