import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { totp, secondsLeft, DEFAULT_PERIOD } from '../../totp/hotp.js';
import { sampleGrid, randomChallenge } from '../../totp/grid.js';
import { checkCode, type CodeCheck, type CodeMethod } from '../../totp/check.js';
import { fetchClockSkew, isSkewTooLarge, parseServerTime } from '../../totp/skew.js';
import { supportedLocale, useLocale, localeIsReady, elementLanguage } from '../../localize/localization.js';
import { authCodeExplainerStyles } from './auth-code-explainer.styles.js';
import { backupView, gridView, totpView, type ClockCheck } from './method-views.js';
import { codeCheckView } from './code-check-view.js';

/** A well-known demo secret: the sample code is an illustration, never a real one. */
const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';
const METHODS: readonly CodeMethod[] = ['totp', 'grid', 'backup'];
const GRID_COLUMNS = 10;
const GRID_ROWS = 5;

/**
 * Explains the three kinds of authentication code (an authenticator app, a printed grid card
 * 乱数表, single-use backup codes) and diagnoses why a typed code is rejected: the device clock,
 * full-width input, letter case and Caps Lock, length, a used backup code, the temporary lock.
 *
 * @summary Authentication-code help and diagnosis.
 * @tag auth-code-explainer
 *
 * @csspart base - The explainer's frame.
 * @csspart tabs - The method tabs (with `method="all"`).
 * @csspart tab - One method tab.
 * @csspart panel - The explanation of the chosen method.
 * @csspart sample - The live sample code with its countdown ring.
 * @csspart sample-code - The sample code's digits.
 * @csspart ring - The ring counting down the seconds left.
 * @csspart clock - The device-clock check.
 * @csspart case-note - The note that grid-card answers are case-sensitive.
 * @csspart grid - The sample grid card (a table).
 * @csspart answer - How the sample challenge's answer is assembled.
 * @csspart another - The "show another example" button.
 * @csspart input - The "check the code you typed" field.
 * @csspart findings - What the check found.
 * @csspart use-half-width - The button that takes the half-width form of the code.
 * @csspart still-rejected - What to do when a code that looks right is rejected.
 *
 * @cssprop --login-help-accent-text - Text on the accent colour (buttons).
 * @cssprop --login-help-focus-ring - Focus indicator (a box-shadow).
 * @cssprop --login-help-max-width - Largest width. Default 42rem.
 * @cssprop --login-help-accent - Tabs, ring, buttons and links.
 * @cssprop --login-help-text - Body text colour.
 * @cssprop --login-help-muted - Hints.
 * @cssprop --login-help-surface - Background of fields.
 * @cssprop --login-help-subtle - Background of notices and table headers.
 * @cssprop --login-help-border - Borders and the ring's track.
 * @cssprop --login-help-warning-bg - The highlighted grid cells.
 * @cssprop --login-help-warning-border - The outline of highlighted grid cells.
 * @cssprop --login-help-danger - Border of problems.
 * @cssprop --login-help-success - Border of good news.
 * @cssprop --login-help-radius - Corner radius.
 * @cssprop --login-help-gap - Space between blocks.
 */
@localized()
export class AuthCodeExplainer extends LitElement {
  static override styles = authCodeExplainerStyles;

  /** Which code to explain: `totp` (authenticator app), `grid` (printed card), `backup`, or `all` (tabs). */
  @property() method: 'totp' | 'grid' | 'backup' | 'all' = 'all';

  /** The site's current time (ISO 8601 with a time zone, or epoch ms) to check the device clock against. */
  @property({ attribute: 'server-time' }) serverTime?: string;

  /** A same-origin URL whose response `Date` header gives the site's time (the round trip is corrected). */
  @property({ attribute: 'time-url' }) timeUrl?: string;

  /** Language (`ja`, `en`); else the nearest ancestor's `lang`, else the document's. */
  @property() override lang = '';

  /** Digits of the site's TOTP codes (6–8). */
  @property({ type: Number }) digits = 6;

  /** Characters of the site's backup codes. */
  @property({ attribute: 'backup-length', type: Number }) backupLength = 8;

  /** Where the procedure to stop using authentication codes is explained (a link in the advice). */
  @property({ attribute: 'disable-url' }) disableUrl?: string;

  /** The clock, in epoch ms (tests). */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private _active: CodeMethod = 'totp';
  @state() private _input = '';
  @state() private _capsLock = false;
  @state() private _sample?: { code: string; left: number; period: number };
  @state() private _clock: ClockCheck = { state: 'off' };
  @state() private _grid: string[][] = [];
  @state() private _challenge: string[] = [];
  @state() private _localeSettled = false;

  private _timer?: ReturnType<typeof setInterval>;
  private _sampleStep = -1;
  private _skewRequest?: AbortController;
  private _lang = 'en';

  override connectedCallback(): void {
    super.connectedCallback();
    this._tick();
    this._timer = setInterval(() => this._tick(), 1000);
    if (!this._grid.length) this._newChallenge();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this._timer);
    this._timer = undefined;
    this._skewRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = elementLanguage(this);
    if (lang !== this._lang || !this.hasUpdated) {
      this._lang = lang;
      void useLocale(lang).then(() => (this._localeSettled = true));
    }
    if (changed.has('method') && this.method !== 'all') this._active = this.method;
    if (changed.has('serverTime') || changed.has('timeUrl')) this._checkClock();
  }

  /** The method whose explanation and check are shown. */
  get activeMethod(): CodeMethod {
    return this.method === 'all' ? this._active : this.method;
  }

  private _tick(): void {
    const now = this.clock();
    const period = DEFAULT_PERIOD;
    const step = Math.floor(now / 1000 / period);
    const left = secondsLeft(now, period);
    if (step !== this._sampleStep) {
      this._sampleStep = step;
      void totp({ secret: DEMO_SECRET, time: now, period, digits: 6 })
        .then((code) => (this._sample = { code, left: secondsLeft(this.clock(), period), period }))
        .catch(() => (this._sample = undefined));
    } else if (this._sample) {
      this._sample = { ...this._sample, left };
    }
  }

  private _checkClock(): void {
    this._skewRequest?.abort();
    const server = this.serverTime !== undefined ? parseServerTime(this.serverTime) : undefined;
    if (server !== undefined) {
      const offsetMs = server - this.clock();
      this._clock = { state: 'measured', offsetMs, tooLarge: isSkewTooLarge(offsetMs) };
      return;
    }
    if (!this.timeUrl) {
      this._clock = { state: 'off' };
      return;
    }
    const url = new URL(this.timeUrl, document.baseURI);
    if (url.origin !== location.origin) {
      // Browsers hide the Date header of other origins: refuse rather than report a wrong clock.
      this._clock = { state: 'failed' };
      return;
    }
    const request = (this._skewRequest = new AbortController());
    this._clock = { state: 'checking' };
    fetchClockSkew(url, { now: () => this.clock(), signal: request.signal })
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

  private _check(): CodeCheck | undefined {
    try {
      return checkCode(this._input, this.activeMethod, { digits: this.digits, backupLength: this.backupLength });
    } catch {
      return checkCode(this._input, this.activeMethod);
    }
  }

  private _onTabKey(event: KeyboardEvent): void {
    const index = METHODS.indexOf(this._active);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % METHODS.length
        : event.key === 'ArrowLeft' ? (index + METHODS.length - 1) % METHODS.length
          : event.key === 'Home' ? 0
            : event.key === 'End' ? METHODS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    this._active = METHODS[next]!;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this._active}`)?.focus());
  }

  private _tabs() {
    if (this.method !== 'all') return nothing;
    const labels: Record<CodeMethod, string> = {
      totp: msg('Authenticator app', { id: 'lhe.code.tab.totp' }),
      grid: msg('Grid card', { id: 'lhe.code.tab.grid' }),
      backup: msg('Backup code', { id: 'lhe.code.tab.backup' }),
    };
    return html`<div class="tabs" part="tabs" role="tablist" aria-label=${msg('Which kind of code do you use?', { id: 'lhe.code.tabs' })} @keydown=${this._onTabKey}>
      ${METHODS.map(
        (method) => html`<button
          type="button"
          class="tab"
          part="tab"
          role="tab"
          id="tab-${method}"
          aria-selected=${method === this._active ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${method === this._active ? 0 : -1}
          @click=${() => (this._active = method)}
        >
          ${labels[method]}
        </button>`,
      )}
    </div>`;
  }

  protected override render() {
    if (!this._localeSettled && !localeIsReady(this._lang)) return nothing;
    const locale = supportedLocale(this._lang);
    const method = this.activeMethod;
    const panel =
      method === 'totp'
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
        role=${this.method === 'all' ? 'tabpanel' : nothing}
        aria-labelledby=${this.method === 'all' ? `tab-${method}` : nothing}
      >
        ${panel}
      </div>
      ${codeCheckView({
        method,
        input: this._input,
        check: this._input ? this._check() : undefined,
        capsLock: this._capsLock,
        disableUrl: this.disableUrl,
        baseUrl: document.baseURI,
        onInput: (value) => (this._input = value),
        onKey: (event) => (this._capsLock = event.getModifierState?.('CapsLock') ?? false),
        onUse: (value) => {
          this._input = value;
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus());
        },
      })}
    </div>`;
  }
}
