import { property } from 'lit/decorators.js';
import type { SiteProfile, SiteProfileInput } from '../../flow/site-profile.js';
import type { CodeMethod } from '../../totp/check.js';
import { BodyModule, LazyBodyElement } from '../shared/lazy-body.js';
import { authCodeExplainerStyles } from './auth-code-explainer.styles.js';
import type { AuthCodeExplainerBody } from './auth-code-explainer.body.js';

/**
 * Explains the three kinds of authentication code (an authenticator app, a printed grid card
 * 乱数表, single-use backup codes) and diagnoses why a typed code is rejected: the device clock,
 * full-width input, letter case and Caps Lock, length, a used backup code, the temporary lock.
 * Registering it is cheap: its body (TOTP, the grid card, the code check) is fetched when the
 * first explainer is connected, and `updateComplete` resolves once that has rendered.
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
export class AuthCodeExplainer extends LazyBodyElement<AuthCodeExplainerBody> {
  /** Its state, behaviour and templates: imported when the first one is connected. */
  protected static override bodyModule = new BodyModule(
    () => import('./auth-code-explainer.body.js'),
    (module, host: AuthCodeExplainer, i18n) => new module.AuthCodeExplainerBody(host, i18n),
  );

  static override styles = authCodeExplainerStyles;

  /** Which code to explain: `totp` (authenticator app), `grid` (printed card), `backup`, or `all` (tabs). */
  @property() method: 'totp' | 'grid' | 'backup' | 'all' = 'all';

  /**
   * `explain` (default): the explanation of the code, its check, and what to do when it is still
   * rejected. `check`: the check of a typed code alone (full-width, length, letters, case), for a
   * page that explains the rest around it.
   */
  @property() view: 'explain' | 'check' = 'explain';

  /** The site's current time (ISO 8601 with a time zone, or epoch ms) to check the device clock against. */
  @property({ attribute: 'server-time' }) serverTime?: string;

  /** A same-origin URL whose response `Date` header gives the site's time (the round trip is corrected). */
  @property({ attribute: 'time-url' }) timeUrl?: string;

  /** Language (`ja`, `en`, `zh-Hans`; `zh-CN` → `zh-Hans`, others → `en`); else the nearest ancestor's `lang`, else the document's. Followed at run time. */
  @property() override lang = '';

  /** Digits of the site's TOTP codes (6–8). */
  @property({ type: Number }) digits = 6;

  /** Characters of the site's backup codes. */
  @property({ attribute: 'backup-length', type: Number }) backupLength = 8;

  /** Where the procedure to stop using authentication codes is explained (a link in the advice). */
  @property({ attribute: 'disable-url' }) disableUrl?: string;

  /**
   * The site profile (an object, or JSON text as the `site` attribute): only the code methods the
   * site offers get a tab, and the lock advice gives the site's lock time.
   */
  @property() site?: SiteProfileInput | SiteProfile | string;

  /** The clock, in epoch ms (tests). */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  /** The method whose explanation and check are shown. */
  get activeMethod(): CodeMethod {
    return this.body?.activeMethod ?? (this.method === 'all' ? 'totp' : this.method);
  }
}
