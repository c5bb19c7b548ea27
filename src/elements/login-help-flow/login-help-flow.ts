import { property } from 'lit/decorators.js';
import type { FlowStep } from '../../flow/schema.js';
import type { SiteProfile, SiteProfileInput } from '../../flow/site-profile.js';
import { loginHelpFlowStyles } from './login-help-flow.styles.js';
import { LoginHelpFlowBody } from './login-help-flow.body.js';
import { BodyElement } from '../shared/element-body.js';

/**
 * A step-by-step troubleshooting guide for a login page, rendered from a JSON flow definition.
 * It can start at the step that explains the error the login just returned, counts down a
 * temporary lock, and checks the username the user typed.
 *
 * @summary Login troubleshooting guide.
 * @tag login-help-flow
 *
 * @fires {CustomEvent<LoginHelpNavigatedDetail>} login-help-navigated - The user moved to another step. Detail `{ from, to, path, action }`.
 * @fires {CustomEvent<LoginHelpResolvedDetail>} login-help-resolved - The user reached an end step. Detail `{ step, outcome, path, error }`; `outcome` is `resolved`, `request` or `contact`.
 * @fires {CustomEvent<LoginHelpFailedDetail>} login-help-failed - The flow definition could not be loaded or is invalid. Detail `{ errors: [{ path, message, rule }] }`.
 * @fires {CustomEvent<LoginHelpUsernameFixedDetail>} login-help-username-fixed - The user chose the suggested half-width form of the username. Detail `{ original, username }`.
 * @fires {CustomEvent<LoginHelpNavigateDetail>} login-help-navigate - Deprecated: use `login-help-navigated` (fired just before it, same detail).
 * @fires {CustomEvent<LoginHelpErrorDetail>} login-help-error - Deprecated: use `login-help-failed` (fired just before it, same detail).
 * @fires {CustomEvent<LoginHelpUsernameFixDetail>} login-help-username-fix - Deprecated: use `login-help-username-fixed` (fired just before it, same detail).
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
 * @csspart choice-link - A choice as a link to the static help page, shown instead of the buttons when scripting is off (`page-url`).
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
export class LoginHelpFlow extends BodyElement<LoginHelpFlowBody> {
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

  /** The site profile (an object, or JSON as the `site` attribute): the built-in flow and the elements it embeds follow it; a given `flow` has its `when` and `{{…}}` resolved with it. A bad one shows the error state. */
  @property() site?: SiteProfileInput | SiteProfile | string;

  /** The site's static help page (`helpPage`, CLI `page`): without JavaScript, the choices of a server-rendered guide link to its sections. */
  @property({ attribute: 'page-url' }) pageUrl?: string;

  /** `hash` (default): the path taken is kept in the URL hash and survives a reload. `none`: it is not. */
  @property() persist: 'hash' | 'none' = 'hash';

  /** The clock, in epoch ms (for a server-corrected clock or tests). */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  protected readonly body = new LoginHelpFlowBody(this);

  /** The step shown now (undefined while loading or in the error state). */
  get currentStep(): FlowStep | undefined {
    return this.body.currentStep;
  }

  /** The step ids from the entry step to the current one. */
  get path(): readonly string[] {
    return this.body.path;
  }
}
