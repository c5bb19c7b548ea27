/**
 * The explanation of each kind of authentication code: an authenticator app (TOTP) with a live
 * sample and the device-clock check, a printed grid card (乱数表) with a sample challenge, and
 * single-use backup codes.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '../../localize/msg.js';
import { cellName, columnLetters, gridAnswer, type Grid } from '../../totp/grid.js';

/** The state of the device-clock check. */
export type ClockCheck =
  { state: 'off' } | { state: 'checking' } | { state: 'measured'; offsetMs: number; tooLarge: boolean } | { state: 'failed' };

/** "2 minutes", "45 seconds", "3 hours" for an absolute offset in ms. */
function duration(ms: number, locale: string): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  const [value, unit] =
    seconds < 90 ? [seconds, 'second'] : seconds < 5400 ? [Math.round(seconds / 60), 'minute'] : [Math.round(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

function ring(left: number, period: number): TemplateResult {
  const radius = 20;
  const circumference = 2 * Math.PI * radius;
  const offset = circumference * (1 - left / period);
  return html`<svg class="ring" part="ring" viewBox="0 0 48 48" aria-hidden="true">
    ${svg`<circle class="track" cx="24" cy="24" r=${radius}></circle>
      <circle class="left" cx="24" cy="24" r=${radius} stroke-dasharray=${circumference.toFixed(2)} stroke-dashoffset=${offset.toFixed(2)}></circle>
      <text x="24" y="28" text-anchor="middle">${left}</text>`}
  </svg>`;
}

function clockNotice(check: ClockCheck, locale: string): TemplateResult | typeof nothing {
  switch (check.state) {
    case 'off':
      return nothing;
    case 'checking':
      return html`<p class="notice clock" part="clock">${msg("Checking this device's clock…", { id: 'lhe.code.clock.checking' })}</p>`;
    case 'failed':
      return html`<p class="notice clock" part="clock">
        ${msg("This device's clock could not be checked. If codes keep failing, make sure its date and time are set automatically.", { id: 'lhe.code.clock.failed' })}
      </p>`;
    case 'measured': {
      const by = duration(check.offsetMs, locale);
      if (!check.tooLarge) {
        return html`<p class="notice clock fine" part="clock">
          ${msg(str`This device's clock is right (within ${by} of the site's).`, { id: 'lhe.code.clock.fine' })}
        </p>`;
      }
      // offsetMs = server − device: positive means the device is behind.
      const behind = check.offsetMs > 0;
      return html`<div class="notice clock problem" part="clock" role="alert">
        <p class="notice-title">
          ${
            behind
              ? msg(str`This device's clock is ${by} behind.`, { id: 'lhe.code.clock.behind' })
              : msg(str`This device's clock is ${by} ahead.`, { id: 'lhe.code.clock.ahead' })
          }
        </p>
        <p>
          ${msg('An authenticator app on a device whose clock is off makes codes the site rejects. To fix it:', { id: 'lhe.code.clock.why' })}
        </p>
        <ul>
          <li>${msg('iPhone: Settings › General › Date & Time › turn on "Set Automatically".', { id: 'lhe.code.clock.ios' })}</li>
          <li>${msg('Android: Settings › System › Date & time › turn on "Set time automatically".', { id: 'lhe.code.clock.android' })}</li>
          <li>${msg('Computer: turn on automatic time in the date and time settings.', { id: 'lhe.code.clock.computer' })}</li>
        </ul>
        <p>
          ${msg('Then wait for a new code and try it. If your app runs on another device, check that device as well.', { id: 'lhe.code.clock.then' })}
        </p>
      </div>`;
    }
  }
}

/** The authenticator-app (TOTP) explanation. */
export function totpView(
  sample: { code: string; left: number; period: number } | undefined,
  clock: ClockCheck,
  locale: string,
): TemplateResult {
  const spaced = sample ? `${sample.code.slice(0, 3)} ${sample.code.slice(3)}` : '';
  return html`<h3>${msg('Authenticator app (TOTP)', { id: 'lhe.code.totp.title' })}</h3>
    <p>
      ${msg('Open the authenticator app on your phone and type the number it shows for this site: usually 6 digits. Each number is valid only for a short time (typically 30 seconds); when the ring runs out, a new number appears. Type the current one.', { id: 'lhe.code.totp.what' })}
    </p>
    ${
      sample
        ? html`<div class="sample" part="sample">
            ${ring(sample.left, sample.period)}
            <div>
              <div class="hint">${msg('Example (not your code):', { id: 'lhe.code.totp.example' })}</div>
              <div class="sample-code" part="sample-code">${spaced}</div>
              <div class="hint">${msg(str`New number in ${sample.left} s`, { id: 'lhe.code.totp.left' })}</div>
            </div>
          </div>`
        : nothing
    }
    ${clockNotice(clock, locale)}`;
}

/** The grid-card (乱数表) explanation with a sample card and a highlighted challenge. */
export function gridView(grid: Grid, challenge: readonly string[], onAnother: () => void): TemplateResult {
  const challenged = new Set(challenge);
  const parts = challenge.map((name) => ({ name, value: gridAnswer(grid, [name]) }));
  const answer = gridAnswer(grid, challenge);
  const cells = challenge.join(', ');
  return html`<h3>${msg('Printed grid card (乱数表)', { id: 'lhe.code.grid.title' })}</h3>
    <p>
      ${msg('The login screen names three positions on your card, such as B3. Each position holds 2 letters or digits. Type the three pairs one after another, in the order asked: 6 characters in all.', { id: 'lhe.code.grid.what' })}
    </p>
    <p class="notice" part="case-note">
      <strong>${msg('Upper and lower case are different:', { id: 'lhe.code.grid.caseTitle' })}</strong>
      ${msg('type "aB" as "aB", not "ab" or "AB".', { id: 'lhe.code.grid.case' })}
    </p>
    <div class="grid-wrap" tabindex="0" role="region" aria-label=${msg('Sample grid card', { id: 'lhe.code.grid.caption' })}>
      <table part="grid">
        <caption>
          ${msg(str`Sample card (not yours). Asked: ${cells}`, { id: 'lhe.code.grid.asked' })}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${grid[0]?.map((_, col) => html`<th scope="col">${columnLetters(col)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${grid.map(
            (row, r) =>
              html`<tr>
                <th scope="row">${r + 1}</th>
                ${row.map((cell, c) => {
                  const name = cellName(c, r);
                  return challenged.has(name) ? html`<td class="challenged"><mark>${cell}</mark></td>` : html`<td>${cell}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="answer" part="answer">
      ${parts.map((part, i) => html`${i ? ' + ' : ''}${part.name} <mark>${part.value}</mark>`)} = <strong>${answer}</strong>
    </p>
    <button type="button" class="secondary" part="another" @click=${onAnother}>
      ${msg('Show another example', { id: 'lhe.code.grid.another' })}
    </button>`;
}

/** The backup-code explanation. */
export function backupView(): TemplateResult {
  return html`<h3>${msg('Backup codes', { id: 'lhe.code.backup.title' })}</h3>
    <ul>
      <li>${msg('Use any one code from your list of backup codes; the order does not matter.', { id: 'lhe.code.backup.any' })}</li>
      <li>
        ${msg('Each code works only once. A code you have used before is rejected: cross it off and take another.', { id: 'lhe.code.backup.once' })}
      </li>
      <li>
        ${msg('If every code is used, or the list is lost, and nothing else makes codes for you, ask the site to stop using authentication codes on your account.', { id: 'lhe.code.backup.allUsed' })}
      </li>
    </ul>`;
}
