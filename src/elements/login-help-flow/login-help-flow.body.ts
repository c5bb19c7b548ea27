/**
 * The body of `<login-help-flow>` (see shared/element-body.ts): a Lit reactive
 * controller holding the guide's behaviour and templates, made of smaller controllers — where the
 * definition comes from (`FlowSource`), the walk and its URL hash (`FlowWalk`), the lock countdown
 * (`LockCountdown`), the embedded elements (`EmbeddedElements`), the username check
 * (`UsernameCheck`) and the language (`LanguageController`). Unlike the other two elements'
 * bodies it comes with the element, not lazily: the guide's first step must not wait for a fetch.
 */
import { html, nothing } from 'lit';
import { msg } from '../../localize/msg.js';
import type { FlowProblem } from '../../flow/parse.js';
import type { FlowEngine } from '../../flow/engine.js';
import type { FlowDefinition, FlowStep } from '../../flow/schema.js';
import { resolveText } from '../../flow/text.js';
import { timeLeft } from '../../flow/instant.js';
import { LanguageController } from '../../localize/language-controller.js';
import type { Language } from '../../localize/languages.js';
import { fireRenamed } from '../shared/events.js';
import type { ElementBody } from '../shared/element-body.js';
import { stepContent, type StepViewContext } from './step-view.js';
import { FlowSource } from './flow-source.js';
import { FlowWalk, type MoveAction } from './flow-walk.js';
import { LockCountdown } from './lock-countdown.js';
import { EmbeddedElements, embeddedElements } from './embedded-elements.js';
import { UsernameCheck } from './username-check.js';
import { breadcrumb, pathControls } from './path-nav.js';
import type { LoginHelpFlow } from './login-help-flow.js';

/** Behaviour and templates of one `<login-help-flow>`. */
export class LoginHelpFlowBody implements ElementBody {
  /** The guide's language: its own `lang`, else the nearest ancestor's, else the document's. */
  readonly i18n: LanguageController;
  private readonly _source: FlowSource;
  private readonly _walk: FlowWalk;
  private readonly _countdown: LockCountdown;
  private readonly _embedded: EmbeddedElements;
  private readonly _username: UsernameCheck;
  /** The lock countdown and error state views (notices.ts), loaded when one is first needed. */
  private _notices?: typeof import('./notices.js');
  private _noticesLoad?: Promise<unknown>;
  /** What the live region says (a step change is announced by focus on its heading instead). */
  private _announcement = '';
  private _focusHeading = false;

  constructor(private readonly _host: LoginHelpFlow) {
    // The language first: the controllers after it update inside its `msg` scope.
    this.i18n = new LanguageController(_host, { prepare: (language) => this._source.prepare(language) });
    this._source = new FlowSource(_host, {
      language: () => this.i18n.wanted,
      loaded: (flow, sameWalk) => (sameWalk ? this._walk.adopt(flow) : this._walk.begin(flow, true)),
      failed: (problems) => this._fail(problems),
    });
    this._walk = new FlowWalk(_host, { moved: () => (this._focusHeading = true), loading: () => this._source.loading });
    this._countdown = new LockCountdown(_host, () =>
      this._announce(this.i18n.run(() => msg('You can try to log in again now.', { id: 'lhe.countdown.ended' }))),
    );
    this._embedded = new EmbeddedElements(_host, () => this._walk.engine?.current);
    this._username = new UsernameCheck(_host);
    _host.addController(this);
  }

  /** The step shown now (undefined while loading or in the error state). */
  get currentStep(): FlowStep | undefined {
    return this._walk.engine?.current;
  }

  /** The step ids from the entry step to the current one. */
  get path(): readonly string[] {
    return this._walk.engine?.path ?? [];
  }

  /** Resolves when what the guide loads for its current state (the notices) has arrived. */
  get loading(): Promise<unknown> | undefined {
    return this._notices ? undefined : this._noticesLoad;
  }

  hostUpdate(): void {
    if (this._notices || this._noticesLoad) return;
    if (this._source.problems || this._countdown.retryAt !== undefined) {
      this._noticesLoad = import('./notices.js').then((module) => {
        this._notices = module;
        this._host.requestUpdate();
      });
    }
  }

  /** Whether the guide renders its content (a step or the error state), not a loading state. */
  ready(): boolean {
    if (!this.i18n.language) return false;
    if ((this._source.problems || this._countdown.retryAt !== undefined) && !this._notices) return false;
    if (this._source.problems) return true;
    const step = this._walk.engine?.current;
    if (!step) return false;
    return !(step.diagnose?.includes('username') && this._host.username && !this._username.loaded);
  }

  hostUpdated(): void {
    // Focus on the new heading is the announcement of the step: the live region does not repeat it.
    if (!this._focusHeading) return;
    this._focusHeading = false;
    this._host.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private _announce(text: string): void {
    this._announcement = text;
    this._host.requestUpdate();
  }

  private _fail(problems: readonly FlowProblem[]): void {
    this._walk.stop();
    this._announce(this.i18n.run(() => msg('This help guide could not be shown', { id: 'lhe.error.title' })));
    const errors = problems.map(({ path, message, rule }) => ({ path, message, rule }));
    fireRenamed(this._host, { old: 'login-help-error', now: 'login-help-failed' }, { errors });
  }

  render(): unknown {
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>`;
    // Nothing until the guide's language is ready: no flash of English before Japanese.
    const lang = this.i18n.language;
    if (!lang) return live;
    const notices = this._notices;
    if (this._source.problems && notices) return html`${notices.errorState(this._source.problems, lang)}${live}`;
    const engine = this._walk.engine;
    if (!engine || this._source.problems) {
      return html`<div class="base" part="base" aria-busy="true">${msg('Loading help…', { id: 'lhe.flow.loading' })}</div>
        ${live}`;
    }
    return html`${this._stepView(engine, lang)}${live}`;
  }

  private _stepView(engine: FlowEngine, lang: Language) {
    const step = engine.current;
    const flow = engine.flow;
    const move = (transition: Parameters<FlowWalk['move']>[0], action: MoveAction) => this._walk.move(transition, action);
    const host = this._host;
    // The page's own form in the `request` slot replaces the built-in one (which is then not loaded).
    const builtInForm = step.kind === 'request' && !this._embedded.pageForm;
    const ctx: StepViewContext = {
      lang,
      contactHref: host.contactUrl || flow.contactUrl,
      pageHref: host.pageUrl,
      baseUrl: document.baseURI,
      builtInForm,
      onChoose: (index) => move(engine.choose(index), 'choose'),
      onNext: () => move(engine.next(), 'next'),
    };
    const embedded = embeddedElements({
      engine,
      flow,
      lang,
      profile: this._source.profile,
      embedFor: this._embedded.embedFor,
      builtInForm,
      username: host.username,
      requestAction: host.requestAction,
      requestMailto: host.requestMailto,
      contactUrl: host.contactUrl,
      onSlotChange: () => host.requestUpdate(),
    });
    const retryAt = this._countdown.retryAt;
    const left = retryAt !== undefined ? timeLeft(retryAt, this._countdown.now) : undefined;
    // Once the lock is over, its step no longer says it is on (the flow's title stays in the path).
    const title =
      left?.totalSeconds === 0 && isLockStep(flow, step.id)
        ? msg('You can try to log in again', { id: 'lhe.countdown.endedTitle' })
        : resolveText(step.title, lang);
    return html`<div class="base" part="base" lang=${lang}>
      ${breadcrumb(engine, lang, move)}
      <section class="step ${engine.outcome ? 'end' : ''}" part="step" aria-labelledby="step-title">
        <h2 id="step-title" tabindex="-1" part="title">${title}</h2>
        ${retryAt !== undefined && left && this._notices ? this._notices.countdownNotice(left, retryAt, this._countdown.now, lang) : nothing}
        ${step.diagnose?.includes('username') ? this._username.render(this._source.profile) : nothing} ${stepContent(step, ctx, embedded)}
      </section>
      ${pathControls(engine, move)}
    </div>`;
  }
}

/** Whether `id` is the step of a lock the `retry-at` time ends (the flow's `locked` or `code-locked` error). */
function isLockStep(flow: FlowDefinition, id: string): boolean {
  const errors = flow.errors;
  return !!errors && (errors['locked'] === id || errors['code-locked'] === id);
}
