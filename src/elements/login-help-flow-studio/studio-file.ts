/**
 * The studio's side of the `login-help-elements studio` server's API (src/cli/studio-server.ts):
 * read the file, write it with the version last read (a 409 answer carries the disk's text and
 * version when the file changed since), and the built-in flow for a site profile. Every request
 * carries the access token as `Authorization: Bearer`.
 */

/** The file as the server reads it. */
export interface StudioFile {
  name: string;
  text: string;
  version: string;
  /** false: the file is not there yet (the studio offers to start from the built-in flow). */
  exists: boolean;
}

/** What a save came to. */
export type SaveResult = { saved: true; version: string } | { saved: false; text: string; version: string };

/** An answer the studio cannot use (its status, 0 for no answer). */
export class StudioApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'StudioApiError';
  }
}

/** The API at `base` (e.g. `/api`), with `token`. */
export class StudioApi {
  constructor(
    private readonly _base: string,
    private readonly _token: string | undefined,
  ) {}

  async read(): Promise<StudioFile> {
    return (await this._json(await this._fetch('/file'))) as StudioFile;
  }

  /** Writes `text` over the version `baseVersion`; `force`: whatever is on disk now. */
  async write(text: string, baseVersion: string | undefined, force = false): Promise<SaveResult> {
    const response = await this._fetch('/file', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(force ? { text, baseVersion, force: true } : { text, baseVersion }),
    });
    if (response.status === 409) {
      const disk = (await response.json()) as { text: string; version: string };
      return { saved: false, text: disk.text, version: disk.version };
    }
    const { version } = (await this._json(response)) as { version: string };
    return { saved: true, version };
  }

  /** The built-in flow's JSON text for a site profile (its JSON text; none: the default site). */
  async defaultFlow(site?: string): Promise<string> {
    const query = site?.trim() ? `?site=${encodeURIComponent(site.trim())}` : '';
    const response = await this._fetch(`/default-flow${query}`);
    if (!response.ok) throw new StudioApiError(response.status, await response.text());
    return response.text();
  }

  private async _fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this._token) headers.set('authorization', `Bearer ${this._token}`);
    try {
      return await fetch(`${this._base.replace(/\/$/, '')}${path}`, { ...init, headers, cache: 'no-store' });
    } catch (error) {
      throw new StudioApiError(0, error instanceof Error ? error.message : String(error));
    }
  }

  private async _json(response: Response): Promise<unknown> {
    if (!response.ok) throw new StudioApiError(response.status, `HTTP ${response.status}: ${await response.text()}`);
    return response.json();
  }
}
