/** Helpers of the browser tests of `<login-help-flow>` (shadow-root queries and text: ./dom.ts). */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LoginHelpFlow } from '../../src/elements/login-help-flow/login-help-flow.js';
import { $, $$, focused, text } from './dom.js';

/** The current step's heading text. */
export const heading = (el: LoginHelpFlow) => text($(el, 'h2'));

/**
 * Waits until a step (or the error state) is rendered, with the username check when the step
 * shows one (its module loads once the element is given a username).
 */
export async function flowReady(el: LoginHelpFlow): Promise<LoginHelpFlow> {
  await waitUntil(() => $(el, 'h2'), 'no step rendered', { timeout: 5000 });
  if (el.username && el.currentStep?.diagnose?.includes('username')) {
    await waitUntil(() => $(el, '[part=diagnostics]'), 'no username check rendered', { timeout: 5000 });
  }
  await el.updateComplete;
  return el;
}

/** Waits until the heading reads `title`. */
export async function headingIs(el: LoginHelpFlow, title: string): Promise<void> {
  await waitUntil(() => heading(el) === title, `heading is "${heading(el)}", not "${title}"`, { timeout: 5000, interval: 2 });
}

/** The choice button whose label is `label`. */
export function choiceButton(el: LoginHelpFlow, label: string): HTMLButtonElement {
  const button = $$<HTMLButtonElement>(el, 'button.choice').find((b) => text(b.querySelector('.choice-label')) === label);
  if (!button) throw new Error(`no choice "${label}" on step "${heading(el)}"; choices: ${$$(el, '.choice-label').map(text).join(' | ')}`);
  return button;
}

/** Presses Tab until `matches(focused)` holds (at most `max` times): proves keyboard reachability. */
export async function tabTo(el: LoginHelpFlow, matches: (node: HTMLElement) => boolean, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node && matches(node)) return node;
  }
  throw new Error('target not reachable with Tab');
}

/** Resets the URL hash between tests. */
export function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}
