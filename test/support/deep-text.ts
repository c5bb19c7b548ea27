/** What an element shows, read through its shadow root and those of the elements inside it. */
import { waitUntil } from '@open-wc/testing';

/**
 * The text of `root` and every shadow root below it, whitespace collapsed (no style, no hidden
 * parts, nothing inside an element matching `skip`).
 */
export function deepText(root: Element | ShadowRoot, skip?: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && (node.hidden || node.tagName === 'STYLE' || node.tagName === 'SCRIPT')) return;
    if (skip && node instanceof Element && node.matches(skip)) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until the form or explainer the current step embeds (if any) has rendered. */
export async function embedsReady(host: Element): Promise<void> {
  const root = host.shadowRoot!;
  const kind = (host as unknown as { currentStep?: { kind: string } }).currentStep?.kind;
  const tag = kind === 'request' ? 'recovery-request-form' : kind === 'auth-code' ? 'auth-code-explainer' : undefined;
  if (!tag) return;
  await waitUntil(() => root.querySelector(tag), `no ${tag}`, { timeout: 5000 });
  const embedded = root.querySelector(tag) as Element & { updateComplete: Promise<unknown> };
  await embedded.updateComplete;
  await waitUntil(() => embedded.shadowRoot && deepText(embedded).length > 0, `${tag} shows nothing`, { timeout: 5000 });
}
