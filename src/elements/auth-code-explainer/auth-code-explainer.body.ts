/**
 * The body of `<auth-code-explainer>` (see shared/lazy-body.ts): its state, behaviour and
 * templates, loaded when an explainer is first connected. TOTP on Web Crypto, the grid card and
 * the code check come with it.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../localize/msg.js';
import { totp, secondsLeft, DEFAULT_PERIOD } from '../../totp/hotp.js';
import { sampleGrid, randomChallenge } from '../../totp/grid.js';
import { checkCode, type CodeCheck, type CodeMethod } from '../../totp/check.js';
import { fetchClockSkew, isSkewTooLarge, parseServerTime } from '../../totp/skew.js';
import type { Language } from '../../localize/languages.js';
import type { LanguageController } from '../../localize/language-controller.js';
import { reactive, type ElementBody } from '../shared/lazy-body.js';
import { siteProblems } from '../shared/site-problems.js';
import { backupView, gridView, totpView, type ClockCheck } from './method-views.js';
import { codeCheckView, type CodeLock } from './code-check-view.js';
import { knownSite, resolveSite, type SiteResolution } from '../shared/site-profile.js';
import { formatDuration } from '../../flow/site-words.js';
import type { AuthCodeExplainer } from './auth-code-explainer.js';

/** A well-known demo secret: the sample code is an illustration, never a real one. */
const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';
const METHODS: readonly CodeMethod[] = ['totp', 'grid', 'backup'];
const GRID_COLUMNS = 10;
const GRID_ROWS = 5;
/** The pause in typing after which the code check says what it found (once, not at each key). */
const SETTLE_MS = 800;

/** State, behaviour and templates of one `<auth-code-explainer>`. */
export class AuthCodeExplainerBody implements ElementBody {
  constructor(
    readonly host: AuthCodeExplainer,
    private readonly _i18n: LanguageController,
  ) {}

  @reactive private _active: CodeMethod = 'totp';
  @reactive private _input = '';
  @reactive private _capsLock = false;
  /** The input and Caps Lock as they were when typing last settled: what the live region speaks of. */
  @reactive private _settled = { input: '', capsLock: false };
  @reactive private _repeat = false;
  @reactive private _sample?: { code: string; left: number; period: number };
  @reactive private _clock: ClockCheck = { state: 'off' };
  @reactive private _grid: string[][] = [];
  @reactive private _challenge: string[] = [];
  @reactive private _site: SiteResolution | undefined = { ok: true };

  private _timer?: ReturnType<typeof setInterval>;
  private _settleTimer?: ReturnType<typeof setTimeout>;
  private _sampleStep = -1;
  private _skewRequest?: AbortController;
  /** The language the explainer speaks (or is about to: while it loads, the one asked for). */
  private get _lang(): Language {
    return this._i18n.language ?? this._i18n.wanted;
  }

  connected(): void {
    this._tick();
    this._timer = setInterval(() => this._tick(), 1000);
    if (!this._grid.length) this._newChallenge();
  }

  disconnected(): void {
    clearInterval(this._timer);
    this._timer = undefined;
    clearTimeout(this._settleTimer);
    this._settleTimer = undefined;
    this._skewRequest?.abort();
  }

  willUpdate(changed: PropertyValues, first: boolean): void {
    if (first || changed.has('site')) this._resolveSite();
    if ((first || changed.has('method')) && this.host.method !== 'all') this._active = this.host.method;
    if (first || changed.has('serverTime') || changed.has('timeUrl')) this._checkClock();
  }

  /** The method whose explanation and check are shown. */
  get activeMethod(): CodeMethod {
    if (this.host.method !== 'all') return this.host.method;
    const methods = this._methods;
    return methods.includes(this._active) ? this._active : methods[0]!;
  }

  /** The methods the site offers (all three without a profile, or for a profile that offers none). */
  private get _methods(): readonly CodeMethod[] {
    const offered = this._site?.ok ? this._site.profile?.codeMethods : undefined;
    return offered?.length ? METHODS.filter((method) => offered.includes(method)) : METHODS;
  }

  private _resolveSite(): void {
    const site = this.host.site;
    this._site = knownSite(site);
    if (!this._site) {
      void resolveSite(site, this._lang).then((result) => {
        if (this.host.site === site) this._site = result;
      });
    }
  }

  private _tick(): void {
    const now = this.host.clock();
    const period = DEFAULT_PERIOD;
    const step = Math.floor(now / 1000 / period);
    const left = secondsLeft(now, period);
    if (step !== this._sampleStep) {
      this._sampleStep = step;
      void totp({ secret: DEMO_SECRET, time: now, period, digits: 6 })
        .then((code) => (this._sample = { code, left: secondsLeft(this.host.clock(), period), period }))
        .catch(() => (this._sample = undefined));
    } else if (this._sample) {
      this._sample = { ...this._sample, left };
    }
  }

  private _checkClock(): void {
    this._skewRequest?.abort();
    const server = this.host.serverTime !== undefined ? parseServerTime(this.host.serverTime) : undefined;
    if (server !== undefined) {
      const offsetMs = server - this.host.clock();
      this._clock = { state: 'measured', offsetMs, tooLarge: isSkewTooLarge(offsetMs) };
      return;
    }
    if (!this.host.timeUrl) {
      this._clock = { state: 'off' };
      return;
    }
    const url = new URL(this.host.timeUrl, document.baseURI);
    if (url.origin !== location.origin) {
      // Browsers hide the Date header of other origins: refuse rather than report a wrong clock.
      this._clock = { state: 'failed' };
      return;
    }
    const request = (this._skewRequest = new AbortController());
    this._clock = { state: 'checking' };
    fetchClockSkew(url, { now: () => this.host.clock(), signal: request.signal })
      .then(({ offsetMs }) => {
        if (!request.signal.aborted) this._clock = { state: 'measured', offsetMs, tooLarge: isSkewTooLarge(offsetMs) };
      })
      .catch(() => {
        if (!request.signal.aborted) this._clock = { state: 'failed' };
      });
  }

  private _newChallenge(): void {
    this._grid = sampleGrid({ columns: GRID_COLUMNS, rows: GRID_ROWS });
    this._challenge = randomChallenge({ columns: GRID_COLUMNS, rows: GRID_ROWS });
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
    if (this._settled.input !== this._input || this._settled.capsLock !== this._capsLock) {
      this._settled = { input: this._input, capsLock: this._capsLock };
    } else if (again) {
      this._repeat = !this._repeat;
    }
  }

  private _onTabKey(event: KeyboardEvent): void {
    const methods = this._methods;
    const index = methods.indexOf(this.activeMethod);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % methods.length
        : event.key === 'ArrowLeft'
          ? (index + methods.length - 1) % methods.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? methods.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    this._active = methods[next]!;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#tab-${this._active}`)?.focus());
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
            @click=${() => (this._active = method)}
          >
            ${labels[method]}
          </button>`,
      )}
    </div>`;
  }

  render() {
    const locale = this._lang;
    if (!this._site) return nothing;
    if (!this._site.ok) return siteProblems(this._site.errors, locale);
    const method = this.activeMethod;
    const tabbed = this.host.method === 'all' && this._methods.length > 1;
    const profile = this._site.profile;
    const lock: CodeLock = {
      duration: formatDuration(profile?.lock.minutes ?? 60, locale),
      supportCanUnlock: profile?.lock.supportCanUnlock ?? false,
    };
    const check = codeCheckView({
      method,
      methods: this._methods,
      lock,
      advice: this.host.view !== 'check',
      input: this._input,
      check: this._check(this._input),
      capsLock: this._capsLock,
      settled: { ...this._settled, check: this._check(this._settled.input) },
      repeat: this._repeat,
      disableUrl: this.host.disableUrl,
      baseUrl: document.baseURI,
      onInput: (value) => {
        this._input = value;
        this._settleLater();
      },
      onKey: (event) => {
        const capsLock = event.getModifierState?.('CapsLock') ?? false;
        if (capsLock === this._capsLock) return;
        this._capsLock = capsLock;
        this._settleLater();
      },
      onSettle: (again) => this._settle(again),
      onUse: (value) => {
        this._input = value;
        this._settle(false);
        void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('#code')?.focus());
      },
    });
    // `view="check"`: the code check alone (the page around it explains); else the explanation, then the check.
    const explanation =
      this.host.view === 'check'
        ? check
        : method === 'totp'
          ? totpView(this._sample, this._clock, locale)
          : method === 'grid'
            ? gridView(this._grid, this._challenge, () => this._newChallenge())
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
