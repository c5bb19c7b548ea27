/**
 * The body of `<recovery-request-form>` (see shared/lazy-body.ts): its state and behaviour, as a
 * reactive controller of the form, loaded when a form is first connected. The views
 * (editing-view.ts, field-view.ts, outcome-view.ts), the draft (request-draft.ts, with the
 * payload), the sending (request-sending.ts, send-request.ts) and the draft storage come with it.
 */
import { html, nothing } from 'lit';
import { findRequestTemplate, siteRequestTemplates } from '../../request/templates.js';
import { knownSite, resolveSite, type SiteResolution } from '../shared/site-profile.js';
import { siteProblems } from '../shared/site-problems.js';
import type { SiteProfile } from '../../flow/site-profile.js';
import type { RequestTemplate } from '../../flow/request-template-schema.js';
import type { RequestError } from '../../request/messages.js';
import type { RequestPayload } from '../../request/validate.js';
import type { Language } from '../../localize/languages.js';
import type { LanguageController } from '../../localize/language-controller.js';
import { PropertyChanges, type ElementBody } from '../shared/lazy-body.js';
import { editingView, goToField, loginFirstView, unavailableView } from './editing-view.js';
import { sentView } from './outcome-view.js';
import type { SendFailure } from './send-request.js';
import { RequestSending } from './request-sending.js';
import {
  changedDraft,
  checkOptions,
  draftPayload,
  emptyDraft,
  prefillContext,
  prefilledInLanguage,
  prefilledValues,
} from './request-draft.js';
import { clearDraft, loadDraft, recentRequests, rememberRequestSent, saveDraft, type RequestDraft } from './request-storage.js';
import type { RecoveryRequestForm } from './recovery-request-form.js';

/** What a form shows: each change goes through `_set`, which re-renders the host. */
interface FormState {
  draft: RequestDraft;
  phase: 'editing' | 'sending' | 'failed' | 'text' | 'sent';
  errors: RequestError[];
  failure?: SendFailure;
  reference: string;
  copied: 'no' | 'yes' | 'failed';
  /** Seconds before a retry is possible. */
  wait: number;
  /** The site profile, once checked (`undefined` while a given one is being checked). */
  site: SiteResolution | undefined;
}

/** State and behaviour of one `<recovery-request-form>`, a reactive controller of it. */
export class RecoveryRequestFormBody implements ElementBody {
  /** Adds itself to `host`'s controllers (connected at once if `host` is). */
  constructor(
    readonly host: RecoveryRequestForm,
    private readonly _i18n: LanguageController,
  ) {
    host.addController(this);
  }

  private _state: FormState = {
    draft: { name: '', email: '', values: {}, unknown: [], idempotencyKey: '' },
    phase: 'editing',
    errors: [],
    reference: '',
    copied: 'no',
    wait: 0,
    site: { ok: true },
  };
  private readonly _changes = new PropertyChanges(this.host, ['site', 'username', 'flow'] as const);
  private readonly _sending = new RequestSending(this.host, (wait) => this._set({ wait }));
  /** The language of the last update (what prefilled answers and messages are written in). */
  private _language?: Language;
  private _payload?: RequestPayload;
  private _focus?: string;
  private _loadedTemplate?: string;
  private _siteTemplates?: { profile: SiteProfile; templates: RequestTemplate[] };

  /** The language the form speaks (or is about to: while it loads, the one asked for). */
  private get _lang(): Language {
    return this._i18n.language ?? this._i18n.wanted;
  }

  /** Changes the state, and re-renders the host if a value is not the one it was (`!==`). */
  private _set(patch: Partial<FormState>): void {
    if ((Object.keys(patch) as (keyof FormState)[]).every((key) => patch[key] === this._state[key])) return;
    this._state = { ...this._state, ...patch };
    this.host.requestUpdate();
  }

  /**
   * The template in use: the page's or the flow's own with that id, else the built-in one of the
   * site (undefined for an unknown template id, and while a given site profile is being checked).
   */
  get requestTemplate(): RequestTemplate | undefined {
    const own = findRequestTemplate(this.host.template, this.host.templates ?? []);
    const site = this._state.site;
    if (own || !site?.ok) return own;
    const profile = site.profile;
    if (!profile) return findRequestTemplate(this.host.template);
    if (this._siteTemplates?.profile !== profile) this._siteTemplates = { profile, templates: siteRequestTemplates(profile) };
    return findRequestTemplate(this.host.template, this._siteTemplates.templates);
  }

  private _resolveSite(): void {
    const site = this.host.site;
    this._set({ site: knownSite(site) });
    if (this._state.site) return;
    void resolveSite(site, this._lang).then((result) => {
      if (this.host.site !== site) return;
      this._set({ site: result });
      if (this._state.phase === 'editing') this._applyPrefill(false);
    });
  }

  /** Before each render of the host (after its `willUpdate`): follows the properties and the language that changed. */
  hostUpdate(): void {
    const changed = this._changes.take();
    if (changed.has('site')) this._resolveSite();
    if (this._loadedTemplate !== this.host.template) {
      this._loadedTemplate = this.host.template;
      this._restoreDraft();
    } else if ((changed.has('username') || changed.has('flow')) && this._state.phase === 'editing') {
      this._applyPrefill(false);
    }
    const language = this._i18n.language;
    if (language && language !== this._language) {
      const previous = this._language;
      this._language = language;
      this._languageChanged(language, previous);
    }
  }

  /**
   * The form now speaks another language: what it wrote itself follows (the prefilled answers the
   * user has not changed, the messages at the fields); what the user typed stays as it is.
   */
  private _languageChanged(language: Language, previous: Language | undefined): void {
    const template = this.requestTemplate;
    if (!previous || !template) return;
    const values = prefilledInLanguage(template, this._prefillContext(), this._state.draft.values, previous, language);
    if (values) this._updateDraft({ values });
    if (this._state.errors.length) void this._revalidate(template, language);
  }

  /** The messages at the fields again, in `language` (only for the fields that have one now). */
  private async _revalidate(template: RequestTemplate, language: Language): Promise<void> {
    const { validateRequest } = await import('../../request/validate.js');
    const result = validateRequest(this._buildPayload(template), checkOptions(template, this._siteProfile(), language, this.host.clock()));
    const shown = new Set(this._state.errors.map((error) => error.field));
    if (this._lang === language && !result.ok) this._set({ errors: result.errors.filter((error) => shown.has(error.field)) });
  }

  /** After each render of the host: focus where the last action asked. */
  hostUpdated(): void {
    if (!this._focus) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this._focus);
    this._focus = undefined;
    target?.focus();
  }

  private _siteProfile(): SiteProfile | undefined {
    return this._state.site?.ok ? this._state.site.profile : undefined;
  }

  private _prefillContext() {
    return prefillContext(this.host.flow, this.host.username);
  }

  private _restoreDraft(): void {
    const saved = loadDraft(this.host.template);
    this._set({ phase: 'editing', errors: [], failure: undefined, draft: saved ?? emptyDraft() });
    this._applyPrefill(!saved);
  }

  /** Fills what the guide and the page know into fields the user has not typed in. */
  private _applyPrefill(fresh: boolean): void {
    const template = this.requestTemplate;
    if (!template) return;
    const values = prefilledValues(template, this._prefillContext(), this._lang, this._state.draft.values, fresh);
    if (values) this._updateDraft({ values });
  }

  private _updateDraft(change: Partial<RequestDraft>): void {
    const { draft, renewedKey } = changedDraft(this._state.draft, change, this._sending.postedKey);
    if (renewedKey) this._sending.postedKey = undefined;
    // The text shown for pasting would no longer match what was typed.
    this._set({ draft, ...(this._state.phase === 'text' ? { phase: 'editing' as const } : {}) });
    saveDraft(this.host.template, draft);
  }

  private _clearError(field: string): void {
    const { errors } = this._state;
    if (errors.some((error) => error.field === field)) this._set({ errors: errors.filter((error) => error.field !== field) });
  }

  private _buildPayload(template: RequestTemplate): RequestPayload {
    return draftPayload(template, this._state.draft, this._lang);
  }

  private async _onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const template = this.requestTemplate;
    if (!template || this._state.phase === 'sending') return;
    this._set({ phase: 'sending' });
    const payload = this._buildPayload(template);
    const { validateRequest } = await import('../../request/validate.js');
    const result = validateRequest(payload, checkOptions(template, this._siteProfile(), this._lang, this.host.clock()));
    if (!result.ok) {
      this._set({ phase: 'editing', errors: result.errors });
      this._focus = '#error-summary';
      return;
    }
    this._set({ errors: [] });
    this._payload = payload;
    if (!this._sending.announce(payload, this.host.action ? 'post' : 'text')) {
      this._set({ phase: 'editing' });
      return;
    }
    if (!this.host.action) {
      this._set({ phase: 'text', copied: 'no' });
      this._focus = '#paste-title';
      return;
    }
    await this._send(payload);
  }

  private async _send(payload: RequestPayload): Promise<void> {
    // One request per user action: a second click before the first answer does nothing.
    const sending = this.host.action ? this._sending.post(this.host.action, payload, this.host.timeout) : undefined;
    if (!sending) return;
    this._set({ phase: 'sending', failure: undefined });
    const result = await sending;
    if (result.ok) {
      this._set({ reference: result.reference, phase: 'sent' });
      rememberRequestSent(this.host.clock());
      clearDraft(this.host.template);
      this._focus = '#sent-title';
    } else {
      this._set({ phase: 'failed', failure: result, ...(result.reason === 'invalid' ? { errors: result.errors } : {}) });
      this._sending.waitBeforeRetry(result.reason === 'rate-limited' ? (result.retryAfterSeconds ?? 0) : 0);
      this._focus = result.reason === 'invalid' && result.errors.length ? '#error-summary' : '[part=failure]';
    }
    this._sending.report(payload, result);
  }

  private async _copy(): Promise<void> {
    const area = this.host.renderRoot.querySelector<HTMLTextAreaElement>('#paste-text');
    try {
      await navigator.clipboard.writeText(area?.value ?? '');
      this._set({ copied: 'yes' });
    } catch {
      area?.focus();
      area?.select();
      this._set({ copied: 'failed' });
    }
  }

  render() {
    const lang = this._lang;
    const { site, draft, phase, failure } = this._state;
    if (!site) return nothing;
    if (!site.ok) return siteProblems(site.errors, lang);
    const template = this.requestTemplate;
    if (!template) return unavailableView();
    const frame = { lang, template, headingLevel: this.host.headingLevel };
    if (template.requiresUsername && !this.host.username && !draft.values['username']) return loginFirstView(frame);
    if (phase === 'sent') return html`<div class="base" part="base" lang=${lang}>${sentView(this._state.reference, draft.email)}</div>`;
    return editingView({
      ...frame,
      draft,
      errors: this._state.errors,
      busy: phase === 'sending',
      posts: Boolean(this.host.action),
      recent: recentRequests(this.host.clock()).length > 0,
      failure,
      wait: this._state.wait,
      pasted: phase === 'text' || failure?.reason === 'rejected' ? (this._payload ?? this._buildPayload(template)) : undefined,
      mailto: this.host.mailto,
      contactUrl: this.host.contactUrl,
      copied: this._state.copied,
      onSubmit: (event) => void this._onSubmit(event),
      onContact: (key, value) => this._updateDraft(key === 'name' ? { name: value } : { email: value }),
      onValue: (id, value) => {
        this._updateDraft({ values: { ...this._state.draft.values, [id]: value } });
        this._clearError(`fields.${id}`);
      },
      onUnknown: (id, unknown) => {
        const others = this._state.draft.unknown.filter((other) => other !== id);
        this._updateDraft({ unknown: unknown ? [...others, id] : others });
        this._clearError(`fields.${id}`);
      },
      onClearError: (field) => this._clearError(field),
      onGoToField: (id) => goToField(this.host.renderRoot, id),
      onRetry: () => this._payload && void this._send(this._payload),
      onCopy: () => void this._copy(),
    });
  }
}
