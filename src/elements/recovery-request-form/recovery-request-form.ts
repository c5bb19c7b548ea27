import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { findRequestTemplate } from '../../request/templates.js';
import { newIdempotencyKey, requestPayload } from '../../request/payload.js';
import { requestBody } from '../../request/body.js';
import { requestMailto } from '../../request/mailto.js';
import { isPlainEmailAddress } from '../../request/rules.js';
import type { RequestTemplate } from '../../request/template-schema.js';
import type { RequestError } from '../../request/messages.js';
import type { RequestPayload } from '../../request/validate.js';
import { resolveText } from '../../flow/text.js';
import { supportedLocale, useLocale, localeIsReady, elementLanguage } from '../../localize/localization.js';
import { libraryEvent } from '../../events.js';
import { recoveryRequestFormStyles } from './recovery-request-form.styles.js';
import { fieldError, fieldView, labelText } from './field-view.js';
import { failureView, pasteTextView, sentView } from './outcome-view.js';
import { sendRequest, type SendResult } from './send-request.js';
import { clearDraft, loadDraft, recentRequests, rememberRequestSent, saveDraft, type RequestDraft } from './request-storage.js';
import { prefill, type RequestFlowContext } from '../../request/prefill.js';

type Phase = 'editing' | 'sending' | 'failed' | 'text' | 'sent';
type Failure = Exclude<SendResult, { ok: true }>;

/**
 * Builds the support request a locked-out user needs (password reissue, login-only username
 * reset or deletion, authentication-code disabling, username lookup, other): the right inquiry
 * type and subject, every identity field with "I don't know" allowed, never a password. It posts
 * the request to the site's endpoint, or gives the text to paste into the site's contact form
 * (and a mailto link). The draft survives a reload until it is sent.
 *
 * @summary Support request for a locked-out user.
 * @tag recovery-request-form
 *
 * @fires {CustomEvent<RequestPayload>} recovery-request-submit - The user asked to send (or to get the text of) a valid request. Cancelable: cancel it to send the payload yourself. Detail: the payload.
 * @fires {CustomEvent<RecoveryRequestSentDetail>} recovery-request-sent - The endpoint accepted the request. Detail `{ payload, reference }`.
 * @fires {CustomEvent<RecoveryRequestFailedDetail>} recovery-request-failed - Sending failed. Detail `{ payload, reason, status?, errors? }`; `reason` is `invalid`, `rate-limited`, `rejected`, `server`, `timeout`, `offline` or `network`.
 *
 * @csspart base - The form's frame.
 * @csspart title - The heading.
 * @csspart cautions - What to know before sending.
 * @csspart recent-warning - The warning that this browser sent a request in the last 24 hours.
 * @csspart password-notice - The permanent "never write your password" notice.
 * @csspart login-first - The explanation shown instead of the form when a template needs the username and it is missing.
 * @csspart error-summary - The list of answers to fix.
 * @csspart field - One field (label, hint, input, "I don't know", error).
 * @csspart input - A field's input.
 * @csspart unknown - A field's "I don't know" checkbox.
 * @csspart field-error - A field's error.
 * @csspart use-suggestion - The button that applies a suggested fix.
 * @csspart privacy - How the personal information is used.
 * @csspart submit - The send (or "create the text") button.
 * @csspart failure - Why sending failed, with the retry button.
 * @csspart retry - The retry button.
 * @csspart paste-text - The text for the site's contact form and how to send it.
 * @csspart text - The text itself.
 * @csspart copy - The copy button.
 * @csspart mailto - The link that opens the request in an e-mail app.
 * @csspart sent - The confirmation with the reference number.
 *
 * @cssprop --login-help-accent-text - Text on the accent colour (buttons).
 * @cssprop --login-help-focus-ring - Focus indicator (a box-shadow).
 * @cssprop --login-help-max-width - Largest width. Default 42rem.
 * @cssprop --login-help-accent - Buttons, links and focus ring.
 * @cssprop --login-help-text - Body text colour.
 * @cssprop --login-help-muted - Hints.
 * @cssprop --login-help-surface - Background of fields.
 * @cssprop --login-help-subtle - Background of notices.
 * @cssprop --login-help-border - Borders.
 * @cssprop --login-help-warning-bg - Background of cautions.
 * @cssprop --login-help-warning-border - Border of cautions.
 * @cssprop --login-help-danger - Errors.
 * @cssprop --login-help-success - The confirmation.
 * @cssprop --login-help-radius - Corner radius.
 * @cssprop --login-help-gap - Space between blocks.
 */
@localized()
export class RecoveryRequestForm extends LitElement {
  static override styles = recoveryRequestFormStyles;

  /** Which request: `password-reissue`, `login-username-reset`, `two-factor-disable`, `username-lookup` or `contact`. */
  @property() template = 'contact';

  /** The site's endpoint: the request is POSTed there as JSON with an `Idempotency-Key` header. Without it, the form gives the text to paste. */
  @property() action?: string;

  /** An e-mail address for support: offers a mailto link with the request (when there is no `action`). */
  @property() mailto?: string;

  /** The site's contact form, linked from the instructions to paste the text. */
  @property({ attribute: 'contact-url' }) contactUrl?: string;

  /** The username the user typed or the site knows: pre-fills the username field. */
  @property() username?: string;

  /** Language (`ja`, `en`); else the nearest ancestor's `lang`, else the document's. */
  @property() override lang = '';

  /** How long to wait for the endpoint, in ms. */
  @property({ type: Number }) timeout = 15000;

  /** The heading level of the form's title (2 on its own; `<login-help-flow>` sets 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** What the troubleshooting guide learned (path, error code, username): pre-fills the request. */
  @property({ attribute: false }) flow?: RequestFlowContext;

  /** Request templates of the site (or of the guide's flow): looked up before the built-in ones, so one with a built-in id replaces it. */
  @property({ attribute: false }) templates?: readonly RequestTemplate[];

  /** The clock, in epoch ms (tests). */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private _draft: RequestDraft = { name: '', email: '', values: {}, unknown: [], idempotencyKey: '' };
  @state() private _phase: Phase = 'editing';
  @state() private _errors: RequestError[] = [];
  @state() private _failure?: Failure;
  @state() private _reference = '';
  @state() private _copied: 'no' | 'yes' | 'failed' = 'no';
  @state() private _wait = 0;
  @state() private _localeSettled = false;

  private _lang = 'en';
  private _payload?: RequestPayload;
  private _inFlight = false;
  private _focus?: string;
  private _waitTimer?: ReturnType<typeof setInterval>;
  private _loadedTemplate?: string;

  /** The template in use (undefined for an unknown template id). */
  get requestTemplate(): RequestTemplate | undefined {
    return findRequestTemplate(this.template, this.templates ?? []) ?? findRequestTemplate(this.template);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this._waitTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = elementLanguage(this);
    if (lang !== this._lang || !this.hasUpdated) {
      this._lang = lang;
      void useLocale(lang).then(() => (this._localeSettled = true));
    }
    if (this._loadedTemplate !== this.template) {
      this._loadedTemplate = this.template;
      this._restoreDraft();
    } else if ((changed.has('username') || changed.has('flow')) && this._phase === 'editing') {
      this._applyPrefill(false);
    }
  }

  protected override updated(): void {
    if (!this._focus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this._focus);
    this._focus = undefined;
    target?.focus();
  }

  private _restoreDraft(): void {
    const saved = loadDraft(this.template);
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
    const filled = prefill(template, { ...this.flow, ...(this.username ? { username: this.username } : {}) }, this._lang);
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
    this._draft = { ...this._draft, ...change };
    // The text shown for pasting would no longer match what was typed.
    if (this._phase === 'text') this._phase = 'editing';
    saveDraft(this.template, this._draft);
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
      locale: supportedLocale(this._lang),
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
    const result = validateRequest(payload, { lang: this._lang, now: this.clock(), templates: [template] });
    if (!result.ok) {
      this._phase = 'editing';
      this._errors = result.errors;
      this._focus = '#error-summary';
      return;
    }
    this._errors = [];
    this._payload = payload;
    const proceed = this.dispatchEvent(libraryEvent('recovery-request-submit', payload, true));
    if (!proceed) {
      this._phase = 'editing';
      return;
    }
    if (!this.action) {
      this._phase = 'text';
      this._copied = 'no';
      this._focus = '#paste-title';
      return;
    }
    await this._send(payload);
  }

  private async _send(payload: RequestPayload): Promise<void> {
    // One request per user action: a second click before the first answer does nothing.
    if (!this.action || this._inFlight) return;
    this._inFlight = true;
    this._phase = 'sending';
    this._failure = undefined;
    const result = await sendRequest(this.action, payload, { timeoutMs: this.timeout }).finally(() => (this._inFlight = false));
    if (result.ok) {
      this._reference = result.reference;
      this._phase = 'sent';
      rememberRequestSent(this.clock());
      clearDraft(this.template);
      this._focus = '#sent-title';
      this.dispatchEvent(libraryEvent('recovery-request-sent', { payload, reference: result.reference }));
      return;
    }
    this._phase = 'failed';
    this._failure = result;
    if (result.reason === 'invalid') this._errors = result.errors;
    this._startWait(result.reason === 'rate-limited' ? (result.retryAfterSeconds ?? 0) : 0);
    this._focus = result.reason === 'invalid' && result.errors.length ? '#error-summary' : '[part=failure]';
    const { reason } = result;
    this.dispatchEvent(
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
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-text');
    try {
      await navigator.clipboard.writeText(area?.value ?? '');
      this._copied = 'yes';
    } catch {
      area?.focus();
      area?.select();
      this._copied = 'failed';
    }
  }

  private _heading(text: string) {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<div role="heading" aria-level=${level} class="title" part="title">${text}</div>`;
  }

  private _loginFirst(template: RequestTemplate) {
    return html`<div class="base" part="base" lang=${supportedLocale(this._lang)}>
      ${this._heading(resolveText(template.subject, this._lang))}
      <div class="notice login-first" part="login-first">
        <p class="notice-title">${msg('First log in with your password', { id: 'lhe.form.loginFirst.title' })}</p>
        <p>
          ${msg('To stop authentication codes, support must know which account the request is for. Log in with your username and password; when the screen asks for the authentication code, come back to this help (without entering a code). The form then opens with your username.', { id: 'lhe.form.loginFirst.body' })}
        </p>
      </div>
    </div>`;
  }

  protected override render() {
    if (!this._localeSettled && !localeIsReady(this._lang)) return nothing;
    const lang = this._lang;
    const template = this.requestTemplate;
    if (!template) {
      return html`<p class="notice failure" part="base" role="alert">${msg('This request form is not available.', { id: 'lhe.form.unknownTemplate' })}</p>`;
    }
    if (template.requiresUsername && !this.username && !this._draft.values['username']) return this._loginFirst(template);
    if (this._phase === 'sent') {
      return html`<div class="base" part="base" lang=${supportedLocale(lang)}>${sentView(this._reference, this._draft.email)}</div>`;
    }
    const errorOf = (field: string) => this._errors.find((error) => error.field === field);
    const busy = this._phase === 'sending';
    const payload = this._phase === 'text' || this._failure?.reason === 'rejected' ? (this._payload ?? this._buildPayload(template)) : undefined;
    const recent = recentRequests(this.clock()).length > 0;
    return html`<div class="base" part="base" lang=${supportedLocale(lang)}>
      ${this._heading(resolveText(template.subject, lang))}
      ${template.intro ? html`<p>${resolveText(template.intro, lang)}</p>` : nothing}
      <div class="notice cautions" part="cautions">
        <p class="notice-title">${msg('Before you send', { id: 'lhe.form.cautions' })}</p>
        <ul>
          ${template.cautions.map((caution) => html`<li>${resolveText(caution, lang)}</li>`)}
        </ul>
      </div>
      ${recent
        ? html`<p class="notice cautions" part="recent-warning" role="note">
            ${msg('A request was already sent from this browser in the last 24 hours. Several requests in a short time mean stricter identity checks: send another only if it asks for something different.', { id: 'lhe.form.recent' })}
          </p>`
        : nothing}
      <p class="notice password-notice" part="password-notice" role="note">
        ${msg(html`<strong>Never write your password</strong> anywhere in this request, nor an authentication code. Support never needs them and will never ask for them.`, { id: 'lhe.form.noPassword' })}
      </p>
      ${this._errors.length
        ? html`<div class="notice error-summary" part="error-summary" id="error-summary" tabindex="-1" role="alert">
            <p class="notice-title">${msg('Please check these answers:', { id: 'lhe.form.errors' })}</p>
            <ul>
              ${this._errors.map((error) => html`<li>${error.message}</li>`)}
            </ul>
          </div>`
        : nothing}
      <form novalidate @submit=${this._onSubmit} aria-busy=${busy ? 'true' : 'false'}>
        <div class="field" part="field" data-field="name">
          <label for="field-name">${labelText(msg('Name', { id: 'lhe.form.name' }), true)}</label>
          <span class="hint" id="field-name-hint">${resolveText(template.nameHint, lang)}</span>
          <input id="field-name" part="input" type="text" autocomplete="name" aria-describedby="field-name-hint ${errorOf('name') ? 'field-name-error' : ''}" aria-invalid=${errorOf('name') ? 'true' : 'false'} .value=${this._draft.name} @input=${(event: Event) => { this._updateDraft({ name: (event.target as HTMLInputElement).value }); this._clearError('name'); }} />
          ${fieldError('field-name', errorOf('name'), (value) => this._updateDraft({ name: value }))}
        </div>
        <div class="field" part="field" data-field="email">
          <label for="field-email">${labelText(msg('E-mail address for the reply', { id: 'lhe.form.email' }), true)}</label>
          <span class="hint" id="field-email-hint">${resolveText(template.emailHint, lang)}</span>
          <input id="field-email" part="input" type="email" autocomplete="email" aria-describedby="field-email-hint ${errorOf('email') ? 'field-email-error' : ''}" aria-invalid=${errorOf('email') ? 'true' : 'false'} .value=${this._draft.email} @input=${(event: Event) => { this._updateDraft({ email: (event.target as HTMLInputElement).value }); this._clearError('email'); }} />
          ${fieldError('field-email', errorOf('email'), (value) => this._updateDraft({ email: value }))}
        </div>
        ${template.fields.map((field) =>
          fieldView(field, {
            lang,
            value: this._draft.values[field.id] ?? '',
            unknown: this._draft.unknown.includes(field.id),
            error: errorOf(`fields.${field.id}`),
            onInput: (value) => this._setValue(field.id, value),
            onUnknown: (unknown) => {
              const others = this._draft.unknown.filter((id) => id !== field.id);
              this._updateDraft({ unknown: unknown ? [...others, field.id] : others });
              this._clearError(`fields.${field.id}`);
            },
          }),
        )}
        <p class="hint privacy" part="privacy">${resolveText(template.privacy, lang)}</p>
        ${this._failure ? failureView(this._failure, this._wait, () => this._payload && void this._send(this._payload)) : nothing}
        <button type="submit" class="primary" part="submit" ?disabled=${busy} aria-disabled=${busy ? 'true' : 'false'}>
          ${busy
            ? msg('Sending…', { id: 'lhe.form.sending' })
            : this.action
              ? msg('Send the request', { id: 'lhe.form.send' })
              : msg('Create the text of the request', { id: 'lhe.form.createText' })}
        </button>
      </form>
      ${payload
        ? pasteTextView({
            text: requestBody(payload, template),
            inquiryType: payload.inquiryType,
            subject: payload.subject,
            mailto: this.mailto && isPlainEmailAddress(this.mailto) ? requestMailto(this.mailto, payload, template) : undefined,
            contactUrl: this.contactUrl,
            baseUrl: document.baseURI,
            copied: this._copied,
            onCopy: () => void this._copy(),
          })
        : nothing}
    </div>`;
  }
}
