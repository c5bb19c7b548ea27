/**
 * The studio's file, as a Lit reactive controller: read through the API when `api` (or `token`)
 * changes, saved with the version last read, and the conflict when the disk's version moved on
 * (the dialog's three answers). Texts it puts into the editor go through `options`: the body
 * decides whether they can be undone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '../../localize/msg.js';
import { PropertyChanges } from '../shared/element-body.js';
import { StudioApi, type StudioFile } from './studio-file.js';

export interface FileSyncHost extends ReactiveControllerHost {
  readonly api?: string;
  readonly token?: string;
}

export interface FileSyncOptions {
  /** The text in the editor now. */
  text(): string;
  /** Puts a text into the editor: the file just read (`undoable: false`) or a version the user asked for. */
  load(text: string, undoable: boolean): void;
  /** Says `status` in the live region. */
  status(status: string): void;
  /** Runs `build` in the studio's language (for text made outside its render). */
  run<T>(build: () => T): T;
  /** The file was written. */
  saved(version: string): void;
}

/** The disk's version, when a save found the file changed since it was read. */
export interface Conflict {
  text: string;
  version: string;
}

export class FileSync implements ReactiveController {
  /** The file as last read or saved (undefined without `api`, or before it is read). */
  file?: Omit<StudioFile, 'text'>;
  /** Why the file could not be read, if it could not. */
  failure?: string;
  conflict?: Conflict;
  saving = false;
  private _api?: StudioApi;
  private readonly _changes: PropertyChanges<FileSyncHost, 'api' | 'token'>;

  constructor(
    private readonly _host: FileSyncHost,
    private readonly _options: FileSyncOptions,
  ) {
    this._changes = new PropertyChanges(_host, ['api', 'token']);
    _host.addController(this);
  }

  /** Whether the studio works on a file (else in memory). */
  get onFile(): boolean {
    return this._api !== undefined;
  }

  hostUpdate(): void {
    if (!this._changes.take().size) return;
    const { api, token } = this._host;
    this._api = api ? new StudioApi(api, token) : undefined;
    this.file = undefined;
    this.failure = undefined;
    if (this._api) void this._read(this._api);
  }

  /** Saves the editor's text over the version last read; `force`: over whatever is on disk. */
  async save(force = false): Promise<void> {
    const api = this._api;
    if (!api || this.saving || !this.file) return;
    this.saving = true;
    this._options.status('');
    const text = this._options.text();
    try {
      const result = await api.write(text, force ? (this.conflict?.version ?? this.file.version) : this.file.version, force);
      this.conflict = undefined;
      if (result.saved) {
        this.file = { ...this.file, version: result.version, exists: true };
        this._options.status(this._options.run(() => msg(str`Saved ${this.file!.name}.`, { id: 'lhe.studio.saved' })));
        this._options.saved(result.version);
      } else {
        this.conflict = { text: result.text, version: result.version };
      }
    } catch (error) {
      this._options.status(this._options.run(() => msg(str`Not saved: ${(error as Error).message}`, { id: 'lhe.studio.saveFailed' })));
    } finally {
      this.saving = false;
      this._host.requestUpdate();
    }
  }

  /** The conflict's answer "load the disk's version": into the editor, undoable. */
  loadDisk(): void {
    const conflict = this.conflict;
    if (!conflict || !this.file) return;
    this.conflict = undefined;
    this.file = { ...this.file, version: conflict.version, exists: true };
    this._options.load(conflict.text, true);
    this._options.status(this._options.run(() => msg("Loaded the disk's version.", { id: 'lhe.studio.loadedDisk' })));
    this._host.requestUpdate();
  }

  /** The conflict's answer "cancel": nothing is written; the next save asks again. */
  cancel(): void {
    this.conflict = undefined;
    this._host.requestUpdate();
  }

  /** Puts the built-in flow for `site` (a site profile's JSON text, or '') into the editor, undoable. */
  async startFromDefault(site: string): Promise<void> {
    if (!this._api) return;
    try {
      this._options.load(await this._api.defaultFlow(site), true);
      this._options.status(this._options.run(() => msg('Started from the built-in flow.', { id: 'lhe.studio.started' })));
    } catch (error) {
      this._options.status(
        this._options.run(() =>
          msg(str`The built-in flow could not be loaded: ${(error as Error).message}`, { id: 'lhe.studio.startFailed' }),
        ),
      );
    }
  }

  private async _read(api: StudioApi): Promise<void> {
    try {
      const { text, ...file } = await api.read();
      if (api !== this._api) return;
      this.file = file;
      this._options.load(text, false);
    } catch (error) {
      if (api !== this._api) return;
      this.failure = (error as Error).message;
    }
    this._host.requestUpdate();
  }
}
