/**
 * Notices of `<login-help-flow>` outside the step content: the lock countdown, the username
 * check and the error state of a definition that cannot be used.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { UsernameDiagnosis, UsernameFinding } from '../../username/diagnose.js';
import { USERNAME_MAX_LENGTH } from '../../username/diagnose.js';
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

function findingText(finding: UsernameFinding, diagnosis: UsernameDiagnosis): string {
  switch (finding) {
    case 'email':
      return msg('This looks like an e-mail address. An e-mail address never works as a username: type the username you chose when you registered, or your login-only username if you set one.', { id: 'lhe.username.email' });
    case 'full-width':
      return msg('It contains full-width characters. Usernames use half-width letters and digits only.', { id: 'lhe.username.fullWidth' });
    case 'spaces':
      return msg('It contains spaces. Usernames have none.', { id: 'lhe.username.spaces' });
    case 'other-characters':
      return msg('It contains characters other than half-width letters and digits (a–z, A–Z, 0–9).', { id: 'lhe.username.otherCharacters' });
    case 'too-long': {
      const length = diagnosis.length;
      const max = USERNAME_MAX_LENGTH;
      return msg(str`It is ${length} characters long; a username has at most ${max}.`, { id: 'lhe.username.tooLong' });
    }
  }
}

/** The check of the username the user typed, with a one-click half-width form when there is one. */
export function usernameNotice(diagnosis: UsernameDiagnosis, onUse: (username: string) => void): TemplateResult | typeof nothing {
  if (!diagnosis.input) return nothing;
  const typed = diagnosis.input;
  if (!diagnosis.findings.length) {
    return html`<div class="notice diagnostics fine" part="diagnostics">
      <p>
        ${msg(str`The username you typed, ${typed}, fits the rules: up to 20 half-width letters and digits. Upper and lower case do not matter in a username.`, { id: 'lhe.username.fine' })}
      </p>
    </div>`;
  }
  const suggestion = diagnosis.suggestion;
  return html`<div class="notice diagnostics problem" part="diagnostics">
    <p class="notice-title">${msg(str`About the username you typed: ${typed}`, { id: 'lhe.username.title' })}</p>
    <ul>
      ${diagnosis.findings.map((finding) => html`<li>${findingText(finding, diagnosis)}</li>`)}
    </ul>
    ${suggestion
      ? html`<p>
          ${msg('Half-width form:', { id: 'lhe.username.suggestionLabel' })} <code>${suggestion}</code>
          <button type="button" class="secondary" part="use-suggestion" @click=${() => onUse(suggestion)}>
            ${msg(str`Use ${suggestion}`, { id: 'lhe.username.use' })}
          </button>
        </p>`
      : nothing}
  </div>`;
}

/** The error state: a sentence for the user, the problems for the site's developers. */
export function errorState(errors: readonly { path: string; message: string }[], lang: string): TemplateResult {
  return html`<div class="base error-state" part="base error" lang=${lang}>
    <h2 tabindex="-1" part="title">${msg('This help guide could not be shown', { id: 'lhe.error.title' })}</h2>
    <p>${msg("Sorry, the guide's content has a problem. Please use the site's contact form if you still cannot log in.", { id: 'lhe.error.body' })}</p>
    <details class="problems" part="problems">
      <summary>${msg("Details for the site's developers", { id: 'lhe.error.details' })}</summary>
      <ul>
        ${errors.map((error) => html`<li><code>${error.path || '(root)'}</code> ${error.message}</li>`)}
      </ul>
    </details>
  </div>`;
}
