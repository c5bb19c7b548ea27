/**
 * Notices of `<login-help-flow>` outside the step content: the lock countdown and the error state
 * of a definition that cannot be used (the username check is username-notice.ts). Most guides
 * show neither: this module (and the time formatting) loads when one is first needed.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../localize/msg.js';
import { formatRetryTime, formatTimeLeft, type TimeLeft } from '../../flow/countdown.js';

/** The lock countdown: time left and the clock time, or "you can try again now". */
export function countdownNotice(left: TimeLeft, retryAt: number, now: number, locale: string): TemplateResult {
  if (left.totalSeconds === 0) {
    return html`<div class="notice countdown ended" part="countdown">
      <p>${msg('You can try to log in again now.', { id: 'lhe.countdown.ended' })}</p>
    </div>`;
  }
  const remaining = formatTimeLeft(left, locale);
  const at = formatRetryTime(retryAt, now, locale);
  return html`<div class="notice countdown" part="countdown">
    <p>
      ${msg(html`You can try again in <strong role="timer" aria-live="off">${remaining}</strong> (at ${at}).`, { id: 'lhe.countdown.in' })}
    </p>
  </div>`;
}

/** The error state: a sentence for the user, the problems for the site's developers. */
export function errorState(errors: readonly { path: string; message: string }[], lang: string): TemplateResult {
  return html`<div class="base error-state" part="base error" lang=${lang}>
    <h2 tabindex="-1" part="title">${msg('This help guide could not be shown', { id: 'lhe.error.title' })}</h2>
    <p>
      ${msg("Sorry, the guide's content has a problem. Please use the site's contact form if you still cannot log in.", { id: 'lhe.error.body' })}
    </p>
    <details class="problems" part="problems">
      <summary>${msg("Details for the site's developers", { id: 'lhe.error.details' })}</summary>
      <ul>
        ${errors.map((error) => html`<li><code>${error.path || '(root)'}</code> ${error.message}</li>`)}
      </ul>
    </details>
  </div>`;
}
