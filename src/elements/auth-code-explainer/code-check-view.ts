/**
 * "Check my code": a field that looks at what the user typed (it is never sent anywhere) and
 * says what is likely wrong, then what to do when a code that looks right is still rejected.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../localize/msg.js';
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
  /**
   * What the live region says: the findings of the input as it was when typing last settled (a
   * pause, leaving the field, Enter), not at each key.
   */
  settled: { input: string; check: CodeCheck | undefined; capsLock: boolean };
  /** Toggled to say the same findings again (Enter): a trailing no-break space changes the live text. */
  repeat: boolean;
  disableUrl: string | undefined;
  baseUrl: string | undefined;
  onInput: (value: string) => void;
  onKey: (event: KeyboardEvent) => void;
  /** Typing is over for now: the field lost focus (`again` false) or Enter was pressed (`again` true). */
  onSettle: (again: boolean) => void;
  onUse: (value: string) => void;
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
        ? msg('It contains letters, but an authenticator-app code has digits only. Letters suggest a backup code or a grid-card answer.', {
            id: 'lhe.code.problem.letters',
          })
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

/** What the check found, in words: the visible findings and the live announcement are made of it. */
interface FindingsWords {
  /** `fine`: the code looks right; `caps`: nothing typed yet, Caps Lock on; `problem`: a list of problems. */
  kind: 'fine' | 'caps' | 'problem';
  /** One sentence each. */
  lines: string[];
  /** A sentence after them that names the compact value (spaces and hyphens removed). */
  note?: string;
  /** The half-width form of a code typed in full-width characters, to offer. */
  halfWidth?: string;
}

function findingsWords(
  input: string,
  check: CodeCheck | undefined,
  capsLock: boolean,
  method: CodeMethod,
  methods: readonly CodeMethod[],
): FindingsWords | undefined {
  if (!check || check.problems.includes('empty')) {
    return capsLock ? { kind: 'caps', lines: [capsLockText(methods)] } : undefined;
  }
  const texts = check.problems.map((problem) => problemText(problem, check, method, methods)).filter((text): text is string => !!text);
  const suggest = check.value !== input && check.value.length > 0;
  const value = check.value;
  if (!texts.length && !capsLock) {
    return {
      kind: 'fine',
      lines: [msg(str`This looks like ${methodName(method)}.`, { id: 'lhe.code.fine' })],
      ...(suggest ? { note: msg(str`Spaces and hyphens are not part of the code: type ${value}.`, { id: 'lhe.code.compact' }) } : {}),
    };
  }
  return {
    kind: 'problem',
    lines: capsLock ? [...texts, capsLockText(methods)] : texts,
    ...(suggest && check.changes.includes('full-width') ? { halfWidth: value } : {}),
  };
}

/** The findings as one announcement: each sentence once, the suggested value once. */
function announcement(words: FindingsWords | undefined): string {
  if (!words) return '';
  const halfWidth = words.halfWidth ? `${msg('In half-width characters:', { id: 'lhe.code.halfWidth' })} ${words.halfWidth}` : undefined;
  return [...words.lines, words.note, halfWidth].filter((text) => !!text).join(' ');
}

/**
 * The visible findings: they follow each key, so they are not a live region (the status after
 * the field says them once typing has settled). The half-width value is in the text; the button
 * beside it does not repeat it (it is the button's description).
 */
function findings(state: CodeCheckViewState): TemplateResult | typeof nothing {
  const words = findingsWords(state.input, state.check, state.capsLock, state.method, state.methods);
  if (!words) return nothing;
  if (words.kind === 'caps') return html`<div class="notice findings problem" part="findings"><p>${words.lines[0]}</p></div>`;
  if (words.kind === 'fine') {
    return html`<div class="notice findings fine" part="findings">
      <p>${words.lines[0]}</p>
      ${words.note ? html`<p>${words.note}</p>` : nothing}
    </div>`;
  }
  const value = words.halfWidth;
  return html`<div class="notice findings problem" part="findings">
    <ul>
      ${words.lines.map((text) => html`<li>${text}</li>`)}
    </ul>
    ${
      value
        ? html`<p>
            ${msg('In half-width characters:', { id: 'lhe.code.halfWidth' })} <code id="half-width">${value}</code>
            <button type="button" class="secondary" part="use-half-width" aria-describedby="half-width" @click=${() => state.onUse(value)}>
              ${msg('Use this form', { id: 'lhe.code.useHalfWidth' })}
            </button>
          </p>`
        : nothing
    }
  </div>`;
}

function capsLockText(methods: readonly CodeMethod[]): string {
  return methods.includes('grid') && methods.includes('backup')
    ? msg('Caps Lock is on. Letters come out in the wrong case, and grid-card answers and backup codes can depend on case.', {
        id: 'lhe.code.capsLock',
      })
    : msg('Caps Lock is on. Letters come out in the wrong case.', { id: 'lhe.code.capsLockShort' });
}

function stillRejected(method: CodeMethod, lock: CodeLock, disableUrl: string | undefined, baseUrl: string | undefined): TemplateResult {
  const reason =
    method === 'totp'
      ? msg("Check that your phone's date and time are set automatically, then wait for a new code.", { id: 'lhe.code.rejected.totp' })
      : method === 'backup'
        ? msg('A backup code you have used before never works again: try another one.', { id: 'lhe.code.rejected.backup' })
        : msg('Check that you read the three positions asked this time, in their order, and kept upper and lower case.', {
            id: 'lhe.code.rejected.grid',
          });
  return html`<div class="notice" part="still-rejected">
    <p class="notice-title">${msg('Still rejected?', { id: 'lhe.code.rejected.title' })}</p>
    <ul>
      <li>${reason}</li>
      <li>
        ${
          lock.supportCanUnlock
            ? msg(
                str`After several wrong codes in a row, codes are refused for about ${lock.duration}. The lock lifts by itself; if you cannot wait, support can lift it.`,
                { id: 'lhe.code.rejected.lockSupport' },
              )
            : msg(
                str`After several wrong codes in a row, codes are refused for about ${lock.duration}. The lock lifts by itself and cannot be lifted by hand: wait, then try again.`,
                { id: 'lhe.code.rejected.lock' },
              )
        }
      </li>
      <li>
        ${msg('If nothing works, or you have lost what makes your codes, you can ask the site to stop using authentication codes on your account.', { id: 'lhe.code.rejected.disable' })}
        ${disableUrl ? flowLink(disableUrl, msg('How to ask', { id: 'lhe.code.rejected.disableLink' }), baseUrl) : nothing}
      </li>
    </ul>
  </div>`;
}

/** What the live region says: the settled findings (a no-break space more to say them again). */
function spoken(state: CodeCheckViewState): string {
  const { settled } = state;
  const text = announcement(findingsWords(settled.input, settled.check, settled.capsLock, state.method, state.methods));
  return text && state.repeat ? `${text}\u00a0` : text;
}

/** The check field, its findings and the advice for a code that is still rejected. */
export function codeCheckView(state: CodeCheckViewState): TemplateResult {
  return html`<div class="field">
      <label for="code">${msg('Check the code you typed', { id: 'lhe.code.label' })}</label>
      <span class="hint" id="code-hint"
        >${msg('This check happens on this page only: the code is not sent anywhere.', { id: 'lhe.code.hint' })}</span
      >
      <input
        id="code"
        part="input"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-describedby="code-hint code-status"
        .value=${state.input}
        @input=${(event: Event) => state.onInput((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          state.onKey(event);
          if (event.key === 'Enter' && !event.isComposing) state.onSettle(true);
        }}
        @keyup=${state.onKey}
        @blur=${() => state.onSettle(false)}
      />
    </div>
    <div id="findings">${findings(state)}</div>
    <div id="code-status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${spoken(state)}</div>
    ${state.advice ? stillRejected(state.method, state.lock, state.disableUrl, state.baseUrl) : nothing}`;
}
