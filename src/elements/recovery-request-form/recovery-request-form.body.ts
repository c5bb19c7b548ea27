/**
 * The body of `<recovery-request-form>` (see shared/lazy-body.ts): its state, behaviour and
 * templates, loaded when a form is first connected. The templates, the payload, the plain-text
 * body, the mailto link and the draft storage come with it.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../../localize/msg.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { findRequestTemplate, siteRequestTemplates } from '../../request/templates.js';
import { knownSite, resolveSite, type SiteResolution } from '../shared/site-profile.js';
import { siteProblems } from '../shared/site-problems.js';
import type { SiteProfile } from '../../flow/site-profile.js';
import { newIdempotencyKey, requestPayload } from '../../request/payload.js';
import { requestBody } from '../../request/body.js';
import { requestMailto } from '../../request/mailto.js';
import { isPlainEmailAddress } from '../../request/rules.js';
import type { LocalizedText } from '../../flow/schema.js';
import type { RequestTemplate } from '../../flow/request-template-schema.js';
import type { RequestError } from '../../request/messages.js';
import type { RequestPayload } from '../../request/validate.js';
import { resolveText, textIn } from '../../flow/text.js';
import type { Language } from '../../localize/languages.js';
import type { LanguageController } from '../../localize/language-controller.js';
import { libraryEvent } from '../shared/events.js';
import { reactive, type ElementBody } from '../shared/lazy-body.js';
import { fieldError, fieldView, inSentence, labelText } from './field-view.js';
import { failureView, pasteTextView, sentView } from './outcome-view.js';
import { sendRequest, type SendResult } from './send-request.js';
import { clearDraft, loadDraft, recentRequests, rememberRequestSent, saveDraft, type RequestDraft } from './request-storage.js';
import { prefill } from '../../request/prefill.js';
import type { RecoveryRequestForm } from './recovery-request-form.js';

type Phase = 'editing' | 'sending' | 'failed' | 'text' | 'sent';
type Failure = Exclude<SendResult, { ok: true }>;

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

/** State, behaviour and templates of one `<recovery-request-form>`. */
export class RequestFormBody implements ElementBody {
  constructor(
    readonly host: RecoveryRequestForm,
    private readonly _i18n: LanguageController,
  ) {}

  @reactive private _draft: RequestDraft = { name: '', email: '', values: {}, unknown: [], idempotencyKey: '' };
  @reactive private _phase: Phase = 'editing';
  @reactive private _errors: RequestError[] = [];
  @reactive private _failure?: Failure;
  @reactive private _reference = '';
  @reactive private _copied: 'no' | 'yes' | 'failed' = 'no';
  @reactive private _wait = 0;
  /** The site profile, once checked (`undefined` while a given one is being checked). */
  @reactive private _site: SiteResolution | undefined = { ok: true };

  /** The language the form speaks (or is about to: while it loads, the one asked for). */
  private get _lang(): Language {
    return this._i18n.language ?? this._i18n.wanted;
  }
  private _payload?: RequestPayload;
  private _inFlight = false;
  /** The idempotency key of the last post (its answer may have been lost). */
  private _postedKey?: string;
  private _focus?: string;
  private _waitTimer?: ReturnType<typeof setInterval>;
  private _loadedTemplate?: string;
  private _siteTemplates?: { profile: SiteProfile; templates: RequestTemplate[] };

  /**
   * The template in use: the page's or the flow's own with that id, else the built-in one of the
   * site (undefined for an unknown template id, and while a given site profile is being checked).
   */
  get requestTemplate(): RequestTemplate | undefined {
    const own = findRequestTemplate(this.host.template, this.host.templates ?? []);
    if (own || !this._site?.ok) return own;
    const profile = this._site.profile;
    if (!profile) return findRequestTemplate(this.host.template);
    if (this._siteTemplates?.profile !== profile) this._siteTemplates = { profile, templates: siteRequestTemplates(profile) };
    return findRequestTemplate(this.host.template, this._siteTemplates.templates);
  }

  private _resolveSite(): void {
    const site = this.host.site;
    this._site = knownSite(site);
    if (this._site) return;
    void resolveSite(site, this._lang).then((result) => {
      if (this.host.site !== site) return;
      this._site = result;
      if (this._phase === 'editing') this._applyPrefill(false);
    });
  }

  disconnected(): void {
    clearInterval(this._waitTimer);
  }

  willUpdate(changed: PropertyValues, first: boolean): void {
    if (first || changed.has('site')) this._resolveSite();
    if (this._loadedTemplate !== this.host.template) {
      this._loadedTemplate = this.host.template;
      this._restoreDraft();
    } else if ((changed.has('username') || changed.has('flow')) && this._phase === 'editing') {
      this._applyPrefill(false);
    }
  }

  /**
   * The form now speaks another language: what it wrote itself follows (the prefilled answers the
   * user has not changed, the messages at the fields); what the user typed stays as it is.
   */
  languageChanged(language: Language, previous: Language | undefined): void {
    const template = this.requestTemplate;
    if (!previous || !template) return;
    const context = { ...this.host.flow, ...(this.host.username ? { username: this.host.username } : {}) };
    const before = prefill(template, context, previous);
    const after = prefill(template, context, language);
    const values = { ...this._draft.values };
    let changed = false;
    for (const [id, value] of Object.entries(after)) {
      if (values[id] !== undefined && values[id] === before[id] && value !== values[id]) {
        values[id] = value;
        changed = true;
      }
    }
    if (changed) this._updateDraft({ values });
    if (this._errors.length) void this._revalidate(template, language);
  }

  /** The messages at the fields again, in `language` (only for the fields that have one now). */
  private async _revalidate(template: RequestTemplate, language: Language): Promise<void> {
    const { validateRequest } = await import('../../request/validate.js');
    const site = this._site?.ok ? this._site.profile : undefined;
    const result = validateRequest(this._buildPayload(template), {
      lang: language,
      now: this.host.clock(),
      templates: [template],
      ...(site ? { site } : {}),
    });
    const shown = new Set(this._errors.map((error) => error.field));
    if (this._lang === language && !result.ok) this._errors = result.errors.filter((error) => shown.has(error.field));
  }

  updated(): void {
    if (!this._focus) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this._focus);
    this._focus = undefined;
    target?.focus();
  }

  private _restoreDraft(): void {
    const saved = loadDraft(this.host.template);
    this._phase = 'editing';
    this._errors = [];
    this._failure = undefined;
    this._draft = saved ?? { name: '', email: '', values: {}, unknown: [], idempotencyKey: newIdempotencyKey() };
    this._applyPrefill(!saved);
  }

  /** Fills what the guide and the page know into fields the user has not typed in. */
  private _applyPrefill(fresh: boolean): void {
    const template = this.requestTemplate;
    if (!template) return;
    const filled = prefill(template, { ...this.host.flow, ...(this.host.username ? { username: this.host.username } : {}) }, this._lang);
    const values = { ...this._draft.values };
    let changed = false;
    for (const [id, value] of Object.entries(filled)) {
      if (fresh || !values[id]) {
        values[id] = value;
        changed = true;
      }
    }
    if (changed) this._updateDraft({ values });
  }

  private _updateDraft(change: Partial<RequestDraft>): void {
    // Once a key was posted, the server keeps it for that content: changed answers are another
    // request, with a key of its own (the same key with other content is refused with 422).
    const newKey = this._postedKey !== undefined && this._postedKey === this._draft.idempotencyKey && change.idempotencyKey === undefined;
    this._draft = { ...this._draft, ...change, ...(newKey ? { idempotencyKey: newIdempotencyKey() } : {}) };
    if (newKey) this._postedKey = undefined;
    // The text shown for pasting would no longer match what was typed.
    if (this._phase === 'text') this._phase = 'editing';
    saveDraft(this.host.template, this._draft);
  }

  private _setValue(id: string, value: string): void {
    this._updateDraft({ values: { ...this._draft.values, [id]: value } });
    this._clearError(`fields.${id}`);
  }

  private _clearError(field: string): void {
    if (this._errors.some((error) => error.field === field)) this._errors = this._errors.filter((error) => error.field !== field);
  }

  private _buildPayload(template: RequestTemplate): RequestPayload {
    return requestPayload({
      template,
      values: this._draft.values,
      unknown: this._draft.unknown,
      name: this._draft.name,
      email: this._draft.email,
      locale: this._lang,
      idempotencyKey: this._draft.idempotencyKey,
    });
  }

  private async _onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const template = this.requestTemplate;
    if (!template || this._phase === 'sending') return;
    this._phase = 'sending';
    const payload = this._buildPayload(template);
    const { validateRequest } = await import('../../request/validate.js');
    const site = this._site?.ok ? this._site.profile : undefined;
    const result = validateRequest(payload, { lang: this._lang, now: this.host.clock(), templates: [template], ...(site ? { site } : {}) });
    if (!result.ok) {
      this._phase = 'editing';
      this._errors = result.errors;
      this._focus = '#error-summary';
      return;
    }
    this._errors = [];
    this._payload = payload;
    const proceed = this.host.dispatchEvent(libraryEvent('recovery-request-submit', payload, true));
    if (!proceed) {
      this._phase = 'editing';
      return;
    }
    if (!this.host.action) {
      this._phase = 'text';
      this._copied = 'no';
      this._focus = '#paste-title';
      return;
    }
    await this._send(payload);
  }

  private async _send(payload: RequestPayload): Promise<void> {
    // One request per user action: a second click before the first answer does nothing.
    if (!this.host.action || this._inFlight) return;
    this._inFlight = true;
    this._postedKey = payload.idempotencyKey;
    this._phase = 'sending';
    this._failure = undefined;
    const result = await sendRequest(this.host.action, payload, { timeoutMs: this.host.timeout }).finally(() => (this._inFlight = false));
    if (result.ok) {
      this._reference = result.reference;
      this._phase = 'sent';
      rememberRequestSent(this.host.clock());
      clearDraft(this.host.template);
      this._focus = '#sent-title';
      this.host.dispatchEvent(libraryEvent('recovery-request-sent', { payload, reference: result.reference }));
      return;
    }
    this._phase = 'failed';
    this._failure = result;
    if (result.reason === 'invalid') this._errors = result.errors;
    this._startWait(result.reason === 'rate-limited' ? (result.retryAfterSeconds ?? 0) : 0);
    this._focus = result.reason === 'invalid' && result.errors.length ? '#error-summary' : '[part=failure]';
    const { reason } = result;
    this.host.dispatchEvent(
      libraryEvent('recovery-request-failed', {
        payload,
        reason,
        ...('status' in result ? { status: result.status } : {}),
        ...(result.reason === 'invalid' ? { errors: result.errors } : {}),
      }),
    );
  }

  private _startWait(seconds: number): void {
    clearInterval(this._waitTimer);
    this._wait = seconds;
    if (seconds <= 0) return;
    this._waitTimer = setInterval(() => {
      this._wait = Math.max(0, this._wait - 1);
      if (this._wait === 0) clearInterval(this._waitTimer);
    }, 1000);
  }

  private async _copy(): Promise<void> {
    const area = this.host.renderRoot.querySelector<HTMLTextAreaElement>('#paste-text');
    try {
      await navigator.clipboard.writeText(area?.value ?? '');
      this._copied = 'yes';
    } catch {
      area?.focus();
      area?.select();
      this._copied = 'failed';
    }
  }

  /**
   * The label of the field an error is about (`name`, `email`, `fields.<id>`) and the id of its
   * input, or undefined for an error about no field of the form (the template, the subject…).
   */
  private _errorField(error: RequestError, template: RequestTemplate): { id: string; label: string } | undefined {
    if (error.field === 'name' || error.field === 'email') return { id: `field-${error.field}`, label: this._contactLabel(error.field) };
    const field = error.field.startsWith('fields.')
      ? template.fields.find((candidate) => `fields.${candidate.id}` === error.field)
      : undefined;
    return field ? { id: `field-${field.id}`, label: resolveText(field.label, this._lang) } : undefined;
  }

  /** The label of the person's name or reply address. */
  private _contactLabel(key: 'name' | 'email'): string {
    return key === 'name' ? msg('Name', { id: 'lhe.form.name' }) : msg('E-mail address for the reply', { id: 'lhe.form.email' });
  }

  /** The person's name or reply address: required, with its hint and, after a check, its error. */
  private _contactField(key: 'name' | 'email', hint: string, error: RequestError | undefined) {
    const id = `field-${key}`;
    const update = (value: string) => this._updateDraft(key === 'name' ? { name: value } : { email: value });
    return html`<div class="field" part="field" data-field=${key}>
      <label for=${id}>${labelText(this._contactLabel(key), true)}</label>
      <span class="hint" id="${id}-hint">${hint}</span>
      <input
        id=${id}
        part="input"
        type=${key === 'name' ? 'text' : 'email'}
        autocomplete=${key}
        aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-required="true"
        aria-invalid=${ifDefined(error ? 'true' : undefined)}
        .value=${this._draft[key]}
        @input=${(event: Event) => {
          update((event.target as HTMLInputElement).value);
          this._clearError(key);
        }}
      />
      ${fieldError(id, error, update)}
    </div>`;
  }

  /**
   * Focus on what must be changed: the field's input, or its "I don't know" checkbox while that
   * switches the input off. The link's `#field-…` is not followed (the ids are in the shadow
   * root, and the page's URL is the host's).
   */
  private _goToField(event: Event, id: string): void {
    event.preventDefault();
    const input = this.host.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    const target = input?.disabled ? this.host.renderRoot.querySelector<HTMLInputElement>(`#${id}-unknown`) : input;
    if (!target) return;
    // The whole field (its label above all) in view, as GOV.UK's error summary does.
    target.closest('[part=field]')?.scrollIntoView({ block: 'nearest' });
    target.focus({ preventScroll: true });
  }

  /** One answer to fix: a link that names the field, then says what is wrong, and goes there. */
  private _summaryItem(error: RequestError, template: RequestTemplate) {
    const field = this._errorField(error, template);
    if (!field) return html`<li>${error.message}</li>`;
    const label = field.label;
    const message = inSentence(error.message);
    return html`<li>
      <a href="#${field.id}" @click=${(event: Event) => this._goToField(event, field.id)}
        >${msg(str`${label}: ${message}`, { id: 'lhe.form.errorItem' })}</a
      >
    </li>`;
  }

  private _heading(text: string) {
    const level = Math.min(6, Math.max(1, Math.trunc(this.host.headingLevel) || 2));
    return html`<div role="heading" aria-level=${level} class="title" part="title">${text}</div>`;
  }

  private _loginFirst(template: RequestTemplate) {
    return html`<div class="base" part="base" lang=${this._lang}>
      ${this._heading(requestTitle(template, this._lang))}
      <div class="notice login-first" part="login-first">
        <p class="notice-title">${msg('First log in with your password', { id: 'lhe.form.loginFirst.title' })}</p>
        <p>
          ${msg('To stop authentication codes, support must know which account the request is for. Log in with your username and password; when the screen asks for the authentication code, come back to this help (without entering a code). The form then opens with your username.', { id: 'lhe.form.loginFirst.body' })}
        </p>
      </div>
    </div>`;
  }

  render() {
    const lang = this._lang;
    if (!this._site) return nothing;
    if (!this._site.ok) return siteProblems(this._site.errors, lang);
    const template = this.requestTemplate;
    if (!template) {
      return html`<p class="notice failure" part="base" role="alert">
        ${msg('This request form is not available.', { id: 'lhe.form.unknownTemplate' })}
      </p>`;
    }
    if (template.requiresUsername && !this.host.username && !this._draft.values['username']) return this._loginFirst(template);
    if (this._phase === 'sent') {
      return html`<div class="base" part="base" lang=${lang}>${sentView(this._reference, this._draft.email)}</div>`;
    }
    const errorOf = (field: string) => this._errors.find((error) => error.field === field);
    const busy = this._phase === 'sending';
    const payload =
      this._phase === 'text' || this._failure?.reason === 'rejected' ? (this._payload ?? this._buildPayload(template)) : undefined;
    const recent = recentRequests(this.host.clock()).length > 0;
    return html`<div class="base" part="base" lang=${lang}>
      ${this._heading(requestTitle(template, lang))} ${template.intro ? html`<p>${resolveText(template.intro, lang)}</p>` : nothing}
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
        recent
          ? html`<p class="notice cautions" part="recent-warning" role="note">
              ${msg('A request was already sent from this browser in the last 24 hours. Several requests in a short time mean stricter identity checks: send another only if it asks for something different.', { id: 'lhe.form.recent' })}
            </p>`
          : nothing
      }
      <p class="notice password-notice" part="password-notice" role="note">
        ${msg(html`<strong>Never write your password</strong> anywhere in this request, nor an authentication code. Support never needs them and will never ask for them.`, { id: 'lhe.form.noPassword' })}
      </p>
      ${
        this._errors.length
          ? html`<div class="notice error-summary" part="error-summary" id="error-summary" tabindex="-1" role="alert">
              <p class="notice-title">${msg('Please check these answers:', { id: 'lhe.form.errors' })}</p>
              <ul>
                ${this._errors.map((error) => this._summaryItem(error, template))}
              </ul>
            </div>`
          : nothing
      }
      <form novalidate @submit=${(event: Event) => this._onSubmit(event)} aria-busy=${busy ? 'true' : 'false'}>
        ${this._contactField('name', resolveText(template.nameHint, lang), errorOf('name'))}
        ${this._contactField('email', resolveText(template.emailHint, lang), errorOf('email'))}
        ${template.fields.map((field) =>
          fieldView(field, {
            lang,
            value: this._draft.values[field.id] ?? '',
            // A draft may hold "I don't know" for a field that no longer allows it: that must not
            // switch off an input that has no checkbox to switch it on again.
            unknown: field.allowUnknown && this._draft.unknown.includes(field.id),
            error: errorOf(`fields.${field.id}`),
            onInput: (value) => this._setValue(field.id, value),
            onUnknown: (unknown) => {
              const others = this._draft.unknown.filter((id) => id !== field.id);
              this._updateDraft({ unknown: unknown ? [...others, field.id] : others });
              this._clearError(`fields.${field.id}`);
            },
          }),
        )}
        ${template.privacy ? html`<p class="hint privacy" part="privacy">${resolveText(template.privacy, lang)}</p>` : nothing}
        ${this._failure ? failureView(this._failure, this._wait, () => this._payload && void this._send(this._payload)) : nothing}
        <button type="submit" class="primary" part="submit" ?disabled=${busy} aria-disabled=${busy ? 'true' : 'false'}>
          ${
            busy
              ? msg('Sending…', { id: 'lhe.form.sending' })
              : this.host.action
                ? msg('Send the request', { id: 'lhe.form.send' })
                : msg('Create the text of the request', { id: 'lhe.form.createText' })
          }
        </button>
      </form>
      ${
        payload
          ? pasteTextView({
              text: requestBody(payload, template),
              inquiryType: payload.inquiryType,
              inquiryTypeMeaning: meaningIn(template.inquiryTypeMeaning, payload.inquiryType, lang),
              subject: payload.subject,
              subjectMeaning: meaningIn(template.subjectMeaning, payload.subject, lang),
              subjectSuggested: template.subjectSuggested === true,
              mailto:
                this.host.mailto && isPlainEmailAddress(this.host.mailto) ? requestMailto(this.host.mailto, payload, template) : undefined,
              contactUrl: this.host.contactUrl,
              baseUrl: document.baseURI,
              copied: this._copied,
              onCopy: () => void this._copy(),
            })
          : nothing
      }
    </div>`;
  }
}
