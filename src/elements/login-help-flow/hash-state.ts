/**
 * Keeping the path taken in the URL hash (`#lhf=before-you-start.choose-problem`), beside other
 * `key=value` pairs a page keeps there. A hash that is a plain fragment (`#section`) is left alone.
 */

function hashParams(): URLSearchParams | undefined {
  // Either empty or `#` and the fragment.
  const hash = location.hash.slice(1);
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

/** The path of one guide in the URL hash: under `lhf`, or `lhf-<id>` for a guide with an id (several on a page). */
export class HashPath {
  private readonly _host: { readonly id: string; readonly persist: 'hash' | 'none' };

  constructor(host: { readonly id: string; readonly persist: 'hash' | 'none' }) {
    this._host = host;
  }

  private get _key(): string {
    return this._host.id ? `lhf-${this._host.id}` : 'lhf';
  }

  /** Moves `engine` along the saved path, when one is saved for the same entry step. */
  restore(engine: { readonly path: readonly string[]; restore(serialized: string): unknown }): void {
    if (this._host.persist !== 'hash') return;
    const saved = readHashPath(this._key);
    if (saved && saved.split('.')[0] === engine.path[0]) engine.restore(saved);
  }

  /** Saves where `engine` is (nothing on its first step). */
  save(engine: { readonly canGoBack: boolean; serialize(): string }): void {
    if (this._host.persist !== 'hash') return;
    writeHashPath(this._key, engine.canGoBack ? engine.serialize() : undefined);
  }
}
