/**
 * What the request form and the code explainer show instead of themselves when the page gives a
 * site profile they cannot use: a sentence for the user, the problems for the site's developers.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../localize/msg.js';
import type { FlowProblem } from '../../flow/problems.js';

export function siteProblems(errors: readonly FlowProblem[], lang: string): TemplateResult {
  return html`<div class="base notice problem" part="base error" role="alert" lang=${lang}>
    <p>${msg("This part of the help could not be shown: the site's settings for it have a problem.", { id: 'lhe.site.invalid' })}</p>
    <details>
      <summary>${msg("Details for the site's developers", { id: 'lhe.error.details' })}</summary>
      <ul>
        ${errors.map((error) => html`<li><code>${error.path}</code> ${error.message}</li>`)}
      </ul>
    </details>
  </div>`;
}
