import { property } from 'lit/decorators.js';
import type { SiteProfile, SiteProfileInput } from '../../flow/site-profile.js';
import { BodyElement } from '../shared/element-body.js';
import { loginHelpFlowStudioStyles } from './login-help-flow-studio.styles.js';
import { LoginHelpFlowStudioBody } from './login-help-flow-studio.body.js';

/**
 * A studio for writing a flow definition: the JSON in an editor with each problem underlined where
 * it is and its did-you-mean fix one action away, completion of step ids, error codes, template
 * ids, kinds and languages; beside it the live guide, the graph of the steps and the lists (paths
 * to an end, missing texts, unreached steps). With `api` it reads and saves one file through the
 * `login-help-elements studio` server (asking before it overwrites a file changed on disk);
 * without, it edits `text` in memory.
 *
 * @summary Flow definition editor with problems, live guide and graph.
 * @tag login-help-flow-studio
 *
 * @fires {CustomEvent<LoginHelpFlowChangedDetail>} login-help-flow-changed - The user changed the text (typing, a fix, undo, the built-in flow). Detail `{ text, valid }`.
 * @fires {CustomEvent<LoginHelpFlowSavedDetail>} login-help-flow-saved - The file was saved. Detail `{ version }`.
 *
 * @csspart base - The studio's frame.
 * @csspart toolbar - The file name, Undo, Redo, Save and the status.
 * @csspart editor - The JSON editor.
 * @csspart problems - The list of problems.
 * @csspart problem - One problem's button (moves the editor to it).
 * @csspart fix - The button that applies a problem's fix.
 * @csspart tabs - The Guide, Graph and Lists tabs.
 * @csspart guide - The live guide's panel.
 * @csspart live-guide - The live guide itself (a `<login-help-flow>`).
 * @csspart graph - The graph's panel.
 * @csspart node - One step of the graph.
 * @csspart lists - The lists' panel: paths to an end with their outcome, texts missing in a language, steps nothing reaches.
 * @csspart dialog - The dialog shown when the file changed on disk.
 *
 * @cssprop --login-help-accent - Buttons, links, focus ring and the graph's entry steps. Default #1a56db (dark: #6ea8fe).
 * @cssprop --login-help-accent-text - Text on the accent colour.
 * @cssprop --login-help-text - Body text colour.
 * @cssprop --login-help-muted - Secondary text colour and the graph's edges.
 * @cssprop --login-help-surface - Background of the studio.
 * @cssprop --login-help-subtle - Background of panels.
 * @cssprop --login-help-border - Borders.
 * @cssprop --login-help-warning-bg - Background of a dead end in the graph.
 * @cssprop --login-help-warning-border - Border of a dead end in the graph.
 * @cssprop --login-help-danger - Problems and unreachable steps.
 * @cssprop --login-help-success - End steps in the graph.
 * @cssprop --login-help-radius - Corner radius. Default 8px.
 * @cssprop --login-help-gap - Space between blocks. Default 0.75rem.
 * @cssprop --login-help-max-width - Largest width. Default none.
 * @cssprop --login-help-focus-ring - Focus indicator (a box-shadow).
 */
export class LoginHelpFlowStudio extends BodyElement<LoginHelpFlowStudioBody> {
  static override styles = loginHelpFlowStudioStyles;

  /** Base URL of the studio server's API (e.g. `/api`): the file is read from and saved to `{api}/file`. None: the studio edits `text` in memory. */
  @property() api?: string;

  /** The access token of the studio server, sent as `Authorization: Bearer <token>`. */
  @property() token?: string;

  /** Language of the studio's UI and problems (`ja`, `en`, `zh-Hans`); else the nearest ancestor's `lang`, else the document's. */
  @property() override lang = '';

  /** The site profile (an object, or JSON as the `site` attribute): the live guide follows it, and the built-in flow is made for it. */
  @property() site?: SiteProfileInput | SiteProfile | string;

  /** The text being edited (without `api`: set it to edit a definition; it follows every change). */
  @property({ attribute: false }) text = '';

  protected readonly body = new LoginHelpFlowStudioBody(this);

  /** Whether the text is a valid flow definition (as last read, a tenth of a second after a change). */
  get valid(): boolean {
    return this.body.valid;
  }
}
