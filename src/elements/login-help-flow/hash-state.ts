/**
 * Keeping the path taken in the URL hash (`#lhf=before-you-start.choose-problem`), beside other
 * `key=value` pairs a page keeps there. A hash that is a plain fragment (`#section`) is left alone.
 */

function hashParams(): URLSearchParams | undefined {
  const hash = location.hash.replace(/^#/, '');
  if (hash && !hash.includes('=')) return undefined;
  return new URLSearchParams(hash);
}

/** The path saved under `key`, if any. */
export function readHashPath(key: string): string | undefined {
  return hashParams()?.get(key) ?? undefined;
}

/** Saves the path under `key` (or removes it), without adding a history entry. */
export function writeHashPath(key: string, path: string | undefined): void {
  const params = hashParams();
  if (!params) return;
  if ((params.get(key) ?? undefined) === path) return;
  if (path) params.set(key, path);
  else params.delete(key);
  const hash = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
}
