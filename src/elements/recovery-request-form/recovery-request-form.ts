import { property } from 'lit/decorators.js';
import type { RequestTemplate } from '../../flow/request-template-schema.js';
import type { RequestFlowContext } from '../../request/prefill.js';
import type { SiteProfile, SiteProfileInput } from '../../flow/site-profile.js';
import { BodyModule, LazyBodyElement } from '../shared/lazy-body.js';
import { recoveryRequestFormStyles } from './recovery-request-form.styles.js';
import type { RecoveryRequestFormBody } from './recovery-request-form.body.js';

/**
 * Builds the support request a locked-out user needs (password reissue, login-only username
 * reset or deletion, authentication-code disabling, username lookup, other): the right inquiry
 * type and subject, every identity field with "I don't know" allowed, never a password. It posts
 * the request to the site's endpoint, or gives the text to paste into the site's contact form
 * (and a mailto link). The draft survives a reload until it is sent.
 * Registering it is cheap: its body (the templates, the payload, the views) is fetched when the
 * first form is connected, and `updateComplete` resolves once that has rendered.
 *
 * @summary Support request for a locked-out user.
 * @tag recovery-request-form
 *
 * @fires {CustomEvent<RecoveryRequestSendDetail>} recovery-request-send - The user asked to send (or to get the text of) a valid request. Cancelable: cancel it to send the payload yourself. Detail `{ payload, via }`; `via` is `post` (to `action`) or `text` (the text to paste).
 * @fires {CustomEvent<RequestPayload>} recovery-request-submit - Deprecated: use `recovery-request-send` (fired just before it, cancelable too; detail: the payload itself, not `{ payload, via }`).
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
export class RecoveryRequestForm extends LazyBodyElement<RecoveryRequestFormBody> {
  /** Its state, behaviour and templates: imported when the first one is connected. */
  protected static override bodyModule = new BodyModule(
    () => import('./recovery-request-form.body.js'),
    (module, host: RecoveryRequestForm, i18n) => new module.RecoveryRequestFormBody(host, i18n),
  );

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

  /** Language (`ja`, `en`, `zh-Hans`; `zh-CN` → `zh-Hans`, others → `en`); else the nearest ancestor's `lang`, else the document's. Followed at run time. */
  @property() override lang = '';

  /** How long to wait for the endpoint, in ms. */
  @property({ type: Number }) timeout = 15000;

  /** The heading level of the form's title (2 on its own; `<login-help-flow>` sets 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** What the troubleshooting guide learned (path, error code, username): pre-fills the request. */
  @property({ attribute: false }) flow?: RequestFlowContext;

  /** Request templates of the site (or of the guide's flow): looked up before the built-in ones, so one with a built-in id replaces it. */
  @property({ attribute: false }) templates?: readonly RequestTemplate[];

  /**
   * The site profile (an object, or JSON text as the `site` attribute): the built-in templates ask
   * only for what the site can check and follow its username rule and contact-form labels.
   */
  @property() site?: SiteProfileInput | SiteProfile | string;

  /** The clock, in epoch ms (tests). */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  /** The template in use (undefined for an unknown template id, and until the form has loaded: see `updateComplete`). */
  get requestTemplate(): RequestTemplate | undefined {
    return this.body?.requestTemplate;
  }
}
