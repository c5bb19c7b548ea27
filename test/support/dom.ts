/**
 * Shadow-root queries and text of the browser tests, for any element with an open shadow root
 * (`<login-help-flow>`, `<recovery-request-form>`, `<auth-code-explainer>`, or one embedded in
 * another), and the waits until the form or the explainer has rendered.
 */
import { waitUntil } from '@open-wc/testing';
import type { AuthCodeExplainer } from '../../src/elements/auth-code-explainer/auth-code-explainer.js';
import type { RecoveryRequestForm } from '../../src/elements/recovery-request-form/recovery-request-form.js';

/** The open shadow root of `host` (throws when it has none: the element is not defined or not rendered). */
export function shadow(host: Element): ShadowRoot {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has no open shadow root`);
  return root;
}

/** The first element matching `selector` in `host`'s shadow root, or null. */
export const $ = <T extends Element = HTMLElement>(host: Element, selector: string): T | null => shadow(host).querySelector<T>(selector);

/** Every element matching `selector` in `host`'s shadow root. */
export const $$ = <T extends Element = HTMLElement>(host: Element, selector: string): T[] => [
  ...shadow(host).querySelectorAll<T>(selector),
];

/** The text of `node` with whitespace collapsed ('' for none). */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element focused inside `host`'s shadow root. */
export const focused = (host: Element): HTMLElement | null => shadow(host).activeElement as HTMLElement | null;

/** Waits until `host` has rendered its frame (`.base`, drawn once its body module has loaded) and finished updating. */
async function baseRendered<E extends Element & { updateComplete: Promise<unknown> }>(host: E, what: string): Promise<E> {
  await waitUntil(() => $(host, '.base'), `${what} not rendered`, { timeout: 5000 });
  await host.updateComplete;
  return host;
}

/** Waits until an `<auth-code-explainer>` has rendered. */
export const explainerReady = <E extends AuthCodeExplainer>(el: E): Promise<E> => baseRendered(el, 'explainer');

/** Waits until a `<recovery-request-form>` has rendered. */
export const formReady = <E extends RecoveryRequestForm>(el: E): Promise<E> => baseRendered(el, 'form');

/** Types into a form's fields as the user would (value + input event), then waits for the update. */
export async function fillFields(form: RecoveryRequestForm, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const input = $<HTMLInputElement | HTMLTextAreaElement>(form, `#field-${id}`);
    if (!input) throw new Error(`no field ${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
}
