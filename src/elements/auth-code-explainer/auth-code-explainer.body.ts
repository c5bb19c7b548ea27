/**
 * The body of `<auth-code-explainer>` (see shared/lazy-body.ts): its state, behaviour and
 * templates, loaded when an explainer is first connected, as a reactive controller of the
 * explainer. TOTP on Web Crypto, the grid card and the code check come with it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../localize/msg.js';
import { sampleGrid, randomChallenge } from '../../totp/grid.js';
import { checkCode, type CodeCheck, type CodeMethod } from '../../totp/check.js';
import type { Language } from '../../localize/languages.js';
import type { LanguageController } from '../../localize/language-controller.js';
import { PropertyChanges, type ElementBody } from '../shared/lazy-body.js';
import { siteProblems } from '../shared/site-problems.js';
import { tabKeyTarget } from '../shared/tab-keys.js';
import { backupView, gridView, totpView, type ClockCheck } from './method-views.js';
import { codeCheckView, type CodeLock } from './code-check-view.js';
import { checkDeviceClock } from './device-clock-check.js';
import { SampleCodeTicker, type SampleCode } from './sample-code-ticker.js';
import { knownSite, resolveSite, type SiteResolution } from '../shared/site-profile.js';
import { formatDuration } from '../../flow/site-words.js';
import type { AuthCodeExplainer } from './auth-code-explainer.js';

const METHODS: readonly CodeMethod[] = ['totp', 'grid', 'backup'];
const GRID_COLUMNS = 10;
const GRID_ROWS = 5;
/** The pause in typing after which the code check says what it found (once, not at each key). */
const SETTLE_MS = 800;

/** What an explainer shows: each change goes through `_set`, which re-renders the host. */
interface ExplainerState {
  active: CodeMethod;
  input: string;
  capsLock: boolean;
  /** The input and Caps Lock as they were when typing last settled: what the live region speaks of. */
  settled: { input: string; capsLock: boolean };
  repeat: boolean;
  sample?: SampleCode;
  clock: ClockCheck;
  grid: string[][];
  challenge: string[];
  site: SiteResolution | undefined;
}

/** State, behaviour and templates of one `<auth-code-explainer>`, a reactive controller of it. */
export class AuthCodeExplainerBody implements ElementBody {
  /** Adds itself to `host`'s controllers (connected at once if `host` is). */
  constructor(
    readonly host: AuthCodeExplainer,
    private readonly _i18n: LanguageController,
  ) {
    host.addController(this);
  }

  private _state: ExplainerState = {
    active: 'totp',
    input: '',
    capsLock: false,
    settled: { input: '', capsLock: false },
    repeat: false,
    clock: { state: 'off' },
    grid: [],
    challenge: [],
    site: { ok: true },
  };
  private readonly _changes = new PropertyChanges(this.host, ['site', 'method', 'serverTime', 'timeUrl'] as const);
  private readonly _sampleTicker = new SampleCodeTicker(
    () => this.host.clock(),
    (sample) => this._set({ sample }),
  );
  private _settleTimer?: ReturnType<typeof setTimeout>;
  private _skewRequest?: AbortController;
  /** The language the explainer speaks (or is about to: while it loads, the one asked for). */
  private get _lang(): Language {
    return this._i18n.language ?? this._i18n.wanted;
  }

  /** Changes the state, and re-renders the host if a value is not the one it was (`!==`). */
  private _set(patch: Partial<ExplainerState>): void {
    if ((Object.keys(patch) as (keyof ExplainerState)[]).every((key) => patch[key] === this._state[key])) return;
    this._state = { ...this._state, ...patch };
    this.host.requestUpdate();
  }

  /** The host was connected: the sample code ticks, the grid card gets its first challenge. */
  hostConnected(): void {
    this._sampleTicker.start();
    if (!this._state.grid.length) this._newChallenge();
  }

  /** The host was disconnected: timers and the clock request stop. */
  hostDisconnected(): void {
    this._sampleTicker.stop();
    clearTimeout(this._settleTimer);
    this._settleTimer = undefined;
    this._skewRequest?.abort();
  }

  /** Before each render of the host (after its `willUpdate`): follows the properties that changed. */
  hostUpdate(): void {
    const changed = this._changes.take();
    if (changed.has('site')) this._resolveSite();
    if (changed.has('method') && this.host.method !== 'all') this._set({ active: this.host.method });
    if (changed.has('serverTime') || changed.has('timeUrl')) this._checkClock();
  }

  /** The method whose explanation and check are shown. */
  get activeMethod(): CodeMethod {
    if (this.host.method !== 'all') return this.host.method;
    const methods = this._methods;
    return methods.includes(this._state.active) ? this._state.active : methods[0]!;
  }

  /** The methods the site offers (all three without a profile, or for a profile that offers none). */
  private get _methods(): readonly CodeMethod[] {
    const offered = this._state.site?.ok ? this._state.site.profile?.codeMethods : undefined;
    return offered?.length ? METHODS.filter((method) => offered.includes(method)) : METHODS;
  }

  private _resolveSite(): void {
    const site = this.host.site;
    this._set({ site: knownSite(site) });
    if (!this._state.site) {
      void resolveSite(site, this._lang).then((result) => {
        if (this.host.site === site) this._set({ site: result });
      });
    }
  }

  private _checkClock(): void {
    this._skewRequest?.abort();
    const request = (this._skewRequest = new AbortController());
    checkDeviceClock(this.host, (clock) => this._set({ clock }), request.signal);
  }

  private _newChallenge(): void {
    this._set({
      grid: sampleGrid({ columns: GRID_COLUMNS, rows: GRID_ROWS }),
      challenge: randomChallenge({ columns: GRID_COLUMNS, rows: GRID_ROWS }),
    });
  }

  private _check(input: string): CodeCheck | undefined {
    if (!input) return undefined;
    try {
      return checkCode(input, this.activeMethod, { digits: this.host.digits, backupLength: this.host.backupLength });
    } catch {
      return checkCode(input, this.activeMethod);
    }
  }

  /** Says what the check found once typing pauses: each key restarts the wait. */
  private _settleLater(): void {
    clearTimeout(this._settleTimer);
    this._settleTimer = setTimeout(() => this._settle(false), SETTLE_MS);
  }

  /** Typing has settled: the live region speaks of the input as it is now (`again`: even if unchanged). */
  private _settle(again: boolean): void {
    clearTimeout(this._settleTimer);
    this._settleTimer = undefined;
    const { input, capsLock, settled, repeat } = this._state;
    if (settled.input !== input || settled.capsLock !== capsLock) {
      this._set({ settled: { input, capsLock } });
    } else if (again) {
      this._set({ repeat: !repeat });
    }
  }

  private _onTabKey(event: KeyboardEvent): void {
    const methods = this._methods;
    const next = tabKeyTarget(event.key, methods.indexOf(this.activeMethod), methods.length);
    if (next < 0) return;
    event.preventDefault();
    this._set({ active: methods[next]! });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#tab-${this._state.active}`)?.focus());
  }

  private _tabs() {
    // One method offered: its explanation, without a tab list of one.
    if (this.host.method !== 'all' || this._methods.length < 2) return nothing;
    const labels: Record<CodeMethod, string> = {
      totp: msg('Authenticator app', { id: 'lhe.code.tab.totp' }),
      grid: msg('Grid card', { id: 'lhe.code.tab.grid' }),
      backup: msg('Backup code', { id: 'lhe.code.tab.backup' }),
    };
    return html`<div
      class="tabs"
      part="tabs"
      role="tablist"
      aria-label=${msg('Which kind of code do you use?', { id: 'lhe.code.tabs' })}
      @keydown=${(event: KeyboardEvent) => this._onTabKey(event)}
    >
      ${this._methods.map(
        (method) =>
          html`<button
            type="button"
            class="tab"
            part="tab"
            role="tab"
            id="tab-${method}"
            aria-selected=${method === this.activeMethod ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${method === this.activeMethod ? 0 : -1}
            @click=${() => this._set({ active: method })}
          >
            ${labels[method]}
          </button>`,
      )}
    </div>`;
  }

  /** The explainer's shadow-root content. */
  render() {
    const locale = this._lang;
    const { site, input, settled } = this._state;
    if (!site) return nothing;
    if (!site.ok) return siteProblems(site.errors, locale);
    const method = this.activeMethod;
    const tabbed = this.host.method === 'all' && this._methods.length > 1;
    const profile = site.profile;
    const lock: CodeLock = {
      duration: formatDuration(profile?.lock.minutes ?? 60, locale),
      supportCanUnlock: profile?.lock.supportCanUnlock ?? false,
    };
    const check = codeCheckView({
      method,
      methods: this._methods,
      lock,
      advice: this.host.view !== 'check',
      input,
      check: this._check(input),
      capsLock: this._state.capsLock,
      settled: { ...settled, check: this._check(settled.input) },
      repeat: this._state.repeat,
      disableUrl: this.host.disableUrl,
      baseUrl: document.baseURI,
      onInput: (value) => {
        this._set({ input: value });
        this._settleLater();
      },
      onKey: (event) => {
        const capsLock = event.getModifierState?.('CapsLock') ?? false;
        if (capsLock === this._state.capsLock) return;
        this._set({ capsLock });
        this._settleLater();
      },
      onSettle: (again) => this._settle(again),
      onUse: (value) => {
        this._set({ input: value });
        this._settle(false);
        void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('#code')?.focus());
      },
    });
    // `view="check"`: the code check alone (the page around it explains); else the explanation, then the check.
    const explanation =
      this.host.view === 'check'
        ? check
        : method === 'totp'
          ? totpView(this._state.sample, this._state.clock, locale)
          : method === 'grid'
            ? gridView(this._state.grid, this._state.challenge, () => this._newChallenge())
            : backupView();
    return html`<div class="base" part="base" lang=${locale}>
      ${this._tabs()}
      <div
        class="panel"
        part="panel"
        id="panel"
        role=${ifDefined(tabbed ? 'tabpanel' : undefined)}
        aria-labelledby=${tabbed ? `tab-${method}` : nothing}
      >
        ${explanation}
      </div>
      ${this.host.view === 'check' ? nothing : check}
    </div>`;
  }
}
