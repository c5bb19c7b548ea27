import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { inLanguage, msg, str } from '../../localize/msg.js';
import type { FlowProblem } from '../../flow/parse.js';
import { FlowEngine, type FlowTransition } from '../../flow/engine.js';
import type { FlowDefinition, FlowStep } from '../../flow/schema.js';
import { resolveText } from '../../flow/text.js';
import { timeLeft } from '../../flow/countdown.js';
import { LockCountdown } from './lock-countdown.js';
import { LanguageController } from '../../localize/language-controller.js';
import type { Language } from '../../localize/languages.js';
import { libraryEvent, type LoginHelpNavigateDetail } from '../shared/events.js';
import { loginHelpFlowStyles } from './login-help-flow.styles.js';
import { stepBody, type StepViewContext } from './step-view.js';
import { countdownNotice, errorState } from './notices.js';
import { HashPath } from './hash-state.js';
import { defineElement } from '../shared/define-element.js';
import type { SiteProfile, SiteProfileInput } from '../../flow/site-profile.js';
import { loadDefaultFlow, loadFlowSource } from './flow-source.js';
import { embeddedElements } from './embedded-elements.js';
import { breadcrumb, pathControls } from './path-nav.js';

let usernameModule: Promise<typeof import('./username-notice.js')> | undefined;

/**
 * A step-by-step troubleshooting guide for a login page, rendered from a JSON flow definition.
 * It can start at the step that explains the error the login just returned, counts down a
 * temporary lock, and checks the username the user typed.
 *
 * @summary Login troubleshooting guide.
 * @tag login-help-flow
 *
 * @fires {CustomEvent<LoginHelpNavigateDetail>} login-help-navigate - The user moved to another step. Detail `{ from, to, path, action }`.
 * @fires {CustomEvent<LoginHelpResolvedDetail>} login-help-resolved - The user reached an end step. Detail `{ step, outcome, path, error }`; `outcome` is `resolved`, `request` or `contact`.
 * @fires {CustomEvent<LoginHelpErrorDetail>} login-help-error - The flow definition could not be loaded or is invalid. Detail `{ errors: [{ path, message, rule }] }`.
 * @fires {CustomEvent<LoginHelpUsernameFixDetail>} login-help-username-fix - The user chose the suggested half-width form of the username. Detail `{ original, username }`.
 *
 * @slot request - Shown on request steps instead of the built-in `<recovery-request-form>` (for example, the site's own form).
 * @slot auth-code - Shown on authentication-code steps instead of the built-in `<auth-code-explainer>`.
 *
 * @csspart base - The guide's frame.
 * @csspart error - The frame in the error state (with `base`).
 * @csspart problems - The list of definition problems in the error state.
 * @csspart breadcrumb - The path taken.
 * @csspart countdown - The lock countdown.
 * @csspart step - The current step.
 * @csspart title - The step's heading.
 * @csspart diagnostics - The check of the typed username.
 * @csspart use-suggestion - The button that takes the half-width username.
 * @csspart cautions - A step's warnings.
 * @csspart items - A step's bulleted list.
 * @csspart checklist - A checklist step's list (things to check for oneself: to read, nothing to tick).
 * @csspart links - A step's links.
 * @csspart contact - The link to the site's contact form.
 * @csspart choices - The group of choice buttons.
 * @csspart choice - One choice button.
 * @csspart next - The continue button.
 * @csspart controls - The back and start-over buttons.
 * @csspart back - The back button.
 * @csspart restart - The start-over button.
 *
 * @cssprop --login-help-accent - Buttons, links and focus ring. Default #1a56db (dark: #6ea8fe).
 * @cssprop --login-help-accent-text - Text on the accent colour.
 * @cssprop --login-help-text - Body text colour.
 * @cssprop --login-help-muted - Secondary text colour.
 * @cssprop --login-help-surface - Background of the guide.
 * @cssprop --login-help-subtle - Background of notices.
 * @cssprop --login-help-border - Borders.
 * @cssprop --login-help-warning-bg - Background of cautions and the countdown.
 * @cssprop --login-help-warning-border - Border of cautions and the countdown.
 * @cssprop --login-help-danger - Border of problems.
 * @cssprop --login-help-success - Border of good news.
 * @cssprop --login-help-radius - Corner radius. Default 8px.
 * @cssprop --login-help-gap - Space between blocks. Default 0.75rem.
 * @cssprop --login-help-max-width - Largest width. Default 42rem.
 * @cssprop --login-help-focus-ring - Focus indicator (a box-shadow).
 */
export class LoginHelpFlow extends LitElement {
  static override styles = loginHelpFlowStyles;

  /** The flow definition as an object (takes precedence over `src`). Validated with `parseFlow`. */
  @property({ attribute: false }) flow?: unknown;

  /** URL of a flow definition (JSON). Neither `flow` nor `src`: the built-in default flow. */
  @property() src?: string;

  /** Id of the step to start at. */
  @property() start?: string;

  /** The login error code the page just got (`invalid-credentials`, `system-error`, `captcha-required`, `locked`, `code-invalid`, `code-locked`, `unknown`): the guide starts at its step. */
  @property() error?: string;

  /** Language (`ja`, `en`, `zh-Hans`; `zh-CN` → `zh-Hans`, others → `en`); else the nearest ancestor's `lang`, else the document's. Followed at run time. */
  @property() override lang = '';

  /** When the login lock lifts (ISO 8601 or epoch ms): shows a live countdown. Passing it tells the user that the account exists: see README. */
  @property({ attribute: 'retry-at' }) retryAt?: string;

  /** The username the user typed: checked for full-width characters, length, an e-mail address and spaces. */
  @property() username?: string;

  /** The site's contact form, for steps that send the user to support and whose flow names none. */
  @property({ attribute: 'contact-url' }) contactUrl?: string;

  /** The endpoint the embedded `<recovery-request-form>` posts requests to (its `action`). */
  @property({ attribute: 'request-action' }) requestAction?: string;

  /** Support's e-mail address for the embedded `<recovery-request-form>` (its `mailto`). */
  @property({ attribute: 'request-mailto' }) requestMailto?: string;

  /**
   * The site profile (an object, or JSON text as the `site` attribute): the site's username rule,
   * lock, code methods, what support can check … The built-in flow, and the form and explainer its
   * steps embed, follow it; a given `flow` has its `when` conditions and `{{…}}` placeholders
   * resolved with it. A bad profile shows the error state, like a bad flow.
   */
  @property() site?: SiteProfileInput | SiteProfile | string;

  /** `hash` (default): the path taken is kept in the URL hash and survives a reload. `none`: it is not. */
  @property() persist: 'hash' | 'none' = 'hash';

  /** The clock, in epoch ms (for a server-corrected clock or tests). */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private _problems?: readonly FlowProblem[];
  @state() private _flow?: FlowDefinition;
  /** The site profile in force: the `site` given, else the flow's own, else the default site's. */
  @state() private _profile?: SiteProfile;
  @state() private _announcement = '';
  /** The step whose embedded explainer or form is rendered (one task after the step). */
  @state() private _embedFor?: string;
  /** The username check (username-notice.ts), loaded when a username is first given. */
  @state() private _usernameView?: typeof import('./username-notice.js');

  @query('h2') private _heading?: HTMLElement;

  private _engine?: FlowEngine;
  private _loadToken = 0;
  private _focusHeading = false;
  /** Set when the user takes the half-width username: focus then goes to the username check. */
  private _focusUsernameCheck = false;
  /** The username the user took from the suggestion (the check says so while it is the username). */
  private _usernameTaken?: string;
  /** The path taken, kept in the URL hash (`persist="hash"`). */
  private readonly _hashPath = new HashPath(this);
  /** The lock's countdown: ticks while `retry-at` is ahead; says so when the lock ends. */
  private readonly _countdown = new LockCountdown(this, () => {
    this._announcement = this._i18n.run(() => msg('You can try to log in again now.', { id: 'lhe.countdown.ended' }));
  });
  /** The guide's language: its own `lang`, else the nearest ancestor's, else the document's. */
  private readonly _i18n = new LanguageController(this, { prepare: (language) => this._prepareLanguage(language) });

  /** Resolves once rendered in the language asked for (its UI text and flow text loaded). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending = this._i18n.pending; pending; pending = this._i18n.pending) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The step shown now (undefined while loading or in the error state). */
  get currentStep(): FlowStep | undefined {
    return this._engine?.current;
  }

  /** The step ids from the entry step to the current one. */
  get path(): readonly string[] {
    return this._engine?.path ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('flow') || changed.has('src') || changed.has('site') || !this.hasUpdated) {
      void this._load();
    } else if (this._flow && (changed.has('start') || changed.has('error'))) {
      this._begin(this._flow, false);
    }
    if (this.username && !this._usernameView) {
      usernameModule ??= import('./username-notice.js');
      void usernameModule.then((view) => (this._usernameView = view));
    }
    if (changed.has('retryAt') || !this.hasUpdated) {
      this._countdown.sync();
    }
  }

  protected override updated(): void {
    // The explainer and the form are registered on first need: pages that never show such a step
    // never load them. They are also rendered a task after the step itself, so that the heading
    // is shown and focused at once and the heavier element follows.
    const step = this._engine?.current;
    if (step?.kind === 'auth-code')
      void import('../auth-code-explainer/auth-code-explainer.js').then((module) =>
        defineElement('auth-code-explainer', module.AuthCodeExplainer),
      );
    if (step?.kind === 'request' && !this.querySelector(':scope > [slot=request]')) {
      void import('../recovery-request-form/recovery-request-form.js').then((module) =>
        defineElement('recovery-request-form', module.RecoveryRequestForm),
      );
    }
    if (step && (step.kind === 'auth-code' || step.kind === 'request') && this._embedFor !== step.id) {
      setTimeout(() => (this._embedFor = this._engine?.current.id));
    }
    if (this._focusHeading && this._heading) {
      this._focusHeading = false;
      this._heading.focus();
    }
    // The suggestion's button is gone: focus goes to the check, which now says the username fits
    // (reading it is the announcement, so the live region says nothing more).
    if (this._focusUsernameCheck) {
      this._focusUsernameCheck = false;
      this.renderRoot.querySelector<HTMLElement>('[part~=diagnostics][tabindex]')?.focus();
    }
  }

  /**
   * What the guide needs before it speaks `language` besides its UI text: the built-in flow's text
   * in it (the walk keeps its place), or the problems of a bad definition described in it.
   */
  private _prepareLanguage(language: Language): Promise<unknown> | void {
    if (!this.hasUpdated) return;
    if (this._problems) return this._load(language);
    if (this._flow && this.flow === undefined && !this.src) {
      const token = this._loadToken;
      return loadDefaultFlow(language, this._profile).then((flow) => token === this._loadToken && this._adopt(flow));
    }
  }

  /** Loads and checks the site profile and the flow, with their messages in `lang`. */
  private async _load(lang: Language = this._i18n.wanted): Promise<void> {
    const token = ++this._loadToken;
    const loaded = await loadFlowSource({
      flow: this.flow,
      src: this.src,
      site: this.site,
      lang,
      fetchFailed: (source, reason) =>
        inLanguage(lang, () => msg(str`The flow definition could not be loaded from ${source} (${reason}).`, { id: 'lhe.error.fetch' })),
    });
    if (token !== this._loadToken) return;
    if (!loaded.ok) return this._fail(loaded.problems);
    this._problems = undefined;
    this._profile = loaded.profile;
    this._begin(loaded.flow, true);
  }

  /** The same flow with another language's text: the walk keeps its place (on a new definition, its path is restored). */
  private _adopt(flow: FlowDefinition): void {
    const engine = this._engine;
    if (!engine) return;
    // The default site's flow gains the language in the same definition: only the text changes.
    if (flow === this._flow) return this.requestUpdate();
    const next = new FlowEngine(flow, { step: this.start, error: this.error });
    next.restore(engine.serialize());
    this._engine = next;
    this._flow = flow;
  }

  private _fail(problems: readonly FlowProblem[]): void {
    this._flow = undefined;
    this._engine = undefined;
    this._problems = problems;
    this._announcement = this._i18n.run(() => msg('This help guide could not be shown', { id: 'lhe.error.title' }));
    this.dispatchEvent(libraryEvent('login-help-error', { errors: problems.map(({ path, message, rule }) => ({ path, message, rule })) }));
  }

  private _begin(flow: FlowDefinition, restoreFromHash: boolean): void {
    const engine = new FlowEngine(flow, { step: this.start, error: this.error });
    if (restoreFromHash) this._hashPath.restore(engine);
    else this._hashPath.save(engine);
    this._engine = engine;
    this._flow = flow;
    this.requestUpdate();
  }

  private _move(transition: FlowTransition | null, action: LoginHelpNavigateDetail['action']): void {
    const engine = this._engine;
    if (!transition || !engine) return;
    // The URL is written after the new step is on screen: it is not on the way to it.
    void this.updateComplete.then(() => this._hashPath.save(engine));
    // Focus on the new heading is the announcement of the step: the live region does not repeat it.
    this._focusHeading = true;
    this.requestUpdate();
    this.dispatchEvent(libraryEvent('login-help-navigate', { ...transition, action }));
    const outcome = engine.outcome;
    if (outcome && action !== 'back' && action !== 'breadcrumb' && action !== 'restart') {
      this.dispatchEvent(
        libraryEvent('login-help-resolved', {
          step: engine.current.id,
          outcome,
          path: [...engine.path],
          ...(engine.error ? { error: engine.error } : {}),
        }),
      );
    }
  }

  private _useUsername(username: string): void {
    const original = this.username ?? '';
    this.username = username;
    this._usernameTaken = username;
    this._focusUsernameCheck = true;
    this.dispatchEvent(libraryEvent('login-help-username-fix', { original, username }));
  }

  protected override render() {
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>`;
    // Nothing until the guide's language is ready: no flash of English before Japanese.
    const lang = this._i18n.language;
    if (!lang) return live;
    if (this._problems) return html`${errorState(this._problems, lang)}${live}`;
    const engine = this._engine;
    if (!engine || !this._flow) {
      return html`<div class="base" part="base" aria-busy="true">${msg('Loading help…', { id: 'lhe.flow.loading' })}</div>
        ${live}`;
    }
    const step = engine.current;
    const move = (transition: FlowTransition | null, action: LoginHelpNavigateDetail['action']) => this._move(transition, action);
    // The page's own form in the `request` slot replaces the built-in one (which is then not loaded).
    const builtInForm = step.kind === 'request' && !this.querySelector(':scope > [slot=request]');
    const ctx: StepViewContext = {
      lang,
      contactHref: this.contactUrl || this._flow.contactUrl,
      baseUrl: document.baseURI,
      builtInForm,
      onChoose: (index) => this._move(engine.choose(index), 'choose'),
      onNext: () => this._move(engine.next(), 'next'),
    };
    const retryAt = this._countdown.retryAt;
    const left = retryAt !== undefined ? timeLeft(retryAt, this._countdown.now) : undefined;
    // Once the lock is over, its step no longer says it is on (the flow's title stays in the path).
    const title =
      left?.totalSeconds === 0 && this._isLockStep(step.id)
        ? msg('You can try to log in again', { id: 'lhe.countdown.endedTitle' })
        : resolveText(step.title, lang);
    const embedded = embeddedElements({
      engine,
      flow: this._flow,
      lang,
      profile: this._profile,
      embedFor: this._embedFor,
      builtInForm,
      username: this.username,
      requestAction: this.requestAction,
      requestMailto: this.requestMailto,
      contactUrl: this.contactUrl,
      onSlotChange: () => this.requestUpdate(),
    });
    return html`<div class="base" part="base" lang=${lang}>
        ${breadcrumb(engine, lang, move)}
        <section class="step ${engine.outcome ? 'end' : ''}" part="step" aria-labelledby="step-title">
          <h2 id="step-title" tabindex="-1" part="title">${title}</h2>
          ${retryAt !== undefined && left ? countdownNotice(left, retryAt, this._countdown.now, lang) : nothing}
          ${step.diagnose?.includes('username') ? this._usernameNotice() : nothing} ${stepBody(step, ctx, embedded)}
        </section>
        ${pathControls(engine, move)}
      </div>
      ${live}`;
  }

  /** The check of the username the user typed, by the site's rule (its module loads once a username is given). */
  private _usernameNotice() {
    const view = this._usernameView;
    return view && this.username
      ? view.usernameNotice(this.username, this._profile, (name) => this._useUsername(name), this.username === this._usernameTaken)
      : nothing;
  }

  /** Whether `id` is the step of a lock the `retry-at` time ends (the flow's `locked` or `code-locked` error). */
  private _isLockStep(id: string): boolean {
    const errors = this._flow?.errors;
    return !!errors && (errors['locked'] === id || errors['code-locked'] === id);
  }
}
