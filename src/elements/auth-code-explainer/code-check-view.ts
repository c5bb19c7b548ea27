/**
 * "Check my code": a field that looks at what the user typed (it is never sent anywhere) and
 * says what is likely wrong, then what to do when a code that looks right is still rejected.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CodeCheck, CodeMethod, CodeProblem } from '../../totp/check.js';
import { flowLink } from '../shared/flow-link.js';

/** The site's lock after too many wrong codes. */
export interface CodeLock {
  /** "1 hour", 「1時間」 … */
  duration: string;
  supportCanUnlock: boolean;
}

export interface CodeCheckViewState {
  method: CodeMethod;
  /** The methods the site offers. */
  methods: readonly CodeMethod[];
  lock: CodeLock;
  /** Whether the advice for a code that is still rejected follows the check. */
  advice: boolean;
  input: string;
  check: CodeCheck | undefined;
  capsLock: boolean;
  disableUrl: string | undefined;
  baseUrl: string | undefined;
  onInput(value: string): void;
  onKey(event: KeyboardEvent): void;
  onUse(value: string): void;
}

function methodName(method: CodeMethod): string {
  switch (method) {
    case 'totp':
      return msg('an authenticator-app code', { id: 'lhe.code.name.totp' });
    case 'grid':
      return msg('a grid-card answer', { id: 'lhe.code.name.grid' });
    case 'backup':
      return msg('a backup code', { id: 'lhe.code.name.backup' });
  }
}

function problemText(problem: CodeProblem, check: CodeCheck, method: CodeMethod, methods: readonly CodeMethod[]): string | undefined {
  switch (problem) {
    case 'empty':
      return undefined;
    case 'full-width':
      return msg('It is typed in full-width characters. Codes are typed in half-width characters.', { id: 'lhe.code.problem.fullWidth' });
    case 'letters-in-totp':
      return methods.includes('grid') && methods.includes('backup')
        ? msg('It contains letters, but an authenticator-app code has digits only. Letters suggest a backup code or a grid-card answer.', { id: 'lhe.code.problem.letters' })
        : msg('It contains letters, but an authenticator-app code has digits only.', { id: 'lhe.code.problem.lettersAppOnly' });
    case 'other-characters':
      return msg('It contains characters other than half-width letters and digits.', { id: 'lhe.code.problem.other' });
    case 'wrong-length': {
      const length = [...check.value].length;
      const expected = check.expectedLength;
      const name = methodName(method);
      return length === 1
        ? msg(str`It has 1 character; ${name} has ${expected}.`, { id: 'lhe.code.problem.lengthOne' })
        : msg(str`It has ${length} characters; ${name} has ${expected}.`, { id: 'lhe.code.problem.length' });
    }
  }
}

function findings(state: CodeCheckViewState): TemplateResult | typeof nothing {
  const { check, method, methods, capsLock } = state;
  if (!check || check.problems.includes('empty')) {
    return capsLock ? html`<div class="notice findings problem" part="findings"><p>${capsLockText(methods)}</p></div>` : nothing;
  }
  const texts = check.problems.map((problem) => problemText(problem, check, method, methods)).filter((text): text is string => !!text);
  const suggest = check.value !== state.input && check.value.length > 0;
  const value = check.value;
  if (!texts.length && !capsLock) {
    return html`<div class="notice findings fine" part="findings">
      <p>${msg(str`This looks like ${methodName(method)}.`, { id: 'lhe.code.fine' })}</p>
      ${suggest ? html`<p>${msg(str`Spaces and hyphens are not part of the code: type ${value}.`, { id: 'lhe.code.compact' })}</p>` : nothing}
    </div>`;
  }
  return html`<div class="notice findings problem" part="findings">
    <ul>
      ${texts.map((text) => html`<li>${text}</li>`)} ${capsLock ? html`<li>${capsLockText(methods)}</li>` : nothing}
    </ul>
    ${suggest && check.changes.includes('full-width')
      ? html`<p>
          ${msg('In half-width characters:', { id: 'lhe.code.halfWidth' })} <code>${value}</code>
          <button type="button" class="secondary" part="use-half-width" @click=${() => state.onUse(value)}>
            ${msg(str`Use ${value}`, { id: 'lhe.username.use' })}
          </button>
        </p>`
      : nothing}
  </div>`;
}

function capsLockText(methods: readonly CodeMethod[]): string {
  return methods.includes('grid') && methods.includes('backup')
    ? msg('Caps Lock is on. Letters come out in the wrong case, and grid-card answers and backup codes can depend on case.', { id: 'lhe.code.capsLock' })
    : msg('Caps Lock is on. Letters come out in the wrong case.', { id: 'lhe.code.capsLockShort' });
}

function stillRejected(method: CodeMethod, lock: CodeLock, disableUrl: string | undefined, baseUrl: string | undefined): TemplateResult {
  const reason =
    method === 'totp'
      ? msg("Check that your phone's date and time are set automatically, then wait for a new code.", { id: 'lhe.code.rejected.totp' })
      : method === 'backup'
        ? msg('A backup code you have used before never works again: try another one.', { id: 'lhe.code.rejected.backup' })
        : msg('Check that you read the three positions asked this time, in their order, and kept upper and lower case.', { id: 'lhe.code.rejected.grid' });
  return html`<div class="notice" part="still-rejected">
    <p class="notice-title">${msg('Still rejected?', { id: 'lhe.code.rejected.title' })}</p>
    <ul>
      <li>${reason}</li>
      <li>
        ${lock.supportCanUnlock
          ? msg(str`After several wrong codes in a row, codes are refused for about ${lock.duration}. The lock lifts by itself; if you cannot wait, support can lift it.`, { id: 'lhe.code.rejected.lockSupport' })
          : msg(str`After several wrong codes in a row, codes are refused for about ${lock.duration}. The lock lifts by itself and cannot be lifted by hand: wait, then try again.`, { id: 'lhe.code.rejected.lock' })}
      </li>
      <li>
        ${msg('If nothing works, or you have lost what makes your codes, you can ask the site to stop using authentication codes on your account.', { id: 'lhe.code.rejected.disable' })}
        ${disableUrl ? flowLink(disableUrl, msg('How to ask', { id: 'lhe.code.rejected.disableLink' }), baseUrl) : nothing}
      </li>
    </ul>
  </div>`;
}

/** The check field, its findings and the advice for a code that is still rejected. */
export function codeCheckView(state: CodeCheckViewState): TemplateResult {
  return html`<div class="field">
      <label for="code">${msg('Check the code you typed', { id: 'lhe.code.label' })}</label>
      <span class="hint" id="code-hint">${msg('This check happens on this page only: the code is not sent anywhere.', { id: 'lhe.code.hint' })}</span>
      <input
        id="code"
        part="input"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-describedby="code-hint findings"
        .value=${state.input}
        @input=${(event: Event) => state.onInput((event.target as HTMLInputElement).value)}
        @keydown=${state.onKey}
        @keyup=${state.onKey}
      />
    </div>
    <div id="findings" aria-live="polite">${findings(state)}</div>
    ${state.advice ? stillRejected(state.method, state.lock, state.disableUrl, state.baseUrl) : nothing}`;
}
