/**
 * The countdown of a temporary lock, as a Lit reactive controller: the time now (ticking each
 * second while `retry-at` is ahead and the guide is connected) and the moment the lock ends.
 * It follows the host's `retryAt` and `clock` by itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseInstant } from '../../flow/instant.js';
import { PropertyChanges } from '../shared/element-body.js';

export interface LockCountdownHost extends ReactiveControllerHost {
  /** When the lock lifts (ISO 8601 or epoch ms), if known. */
  readonly retryAt?: string;
  /** The clock, in epoch ms. */
  clock(): number;
  readonly isConnected: boolean;
}

export class LockCountdown implements ReactiveController {
  /** The time the countdown shows, in epoch ms (updated each second while it runs). */
  now = 0;
  private readonly _host: LockCountdownHost;
  private readonly _ended: () => void;
  private _timer?: ReturnType<typeof setInterval>;
  private readonly _changes: PropertyChanges<LockCountdownHost, 'retryAt' | 'clock'>;

  /** `ended` runs once when a running countdown reaches the lock's end. */
  constructor(host: LockCountdownHost, ended: () => void) {
    this._host = host;
    this._ended = ended;
    this._changes = new PropertyChanges(host, ['retryAt', 'clock']);
    host.addController(this);
  }

  /** When the lock lifts, in epoch ms (undefined: no lock time given, or not a time). */
  get retryAt(): number | undefined {
    return parseInstant(this._host.retryAt);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this._stop();
  }

  hostUpdate(): void {
    if (this._changes.take().size) this.sync();
  }

  /** Reads the clock and starts or stops ticking (call when `retry-at` or the clock changed). */
  sync(): void {
    this.now = this._host.clock();
    const retryAt = this.retryAt;
    const running = retryAt !== undefined && retryAt > this.now && this._host.isConnected;
    if (running && !this._timer) this._timer = setInterval(() => this._tick(), 1000);
    else if (!running) this._stop();
  }

  private _tick(): void {
    this.now = this._host.clock();
    const at = this.retryAt;
    if (at === undefined || at <= this.now) {
      this._stop();
      if (at !== undefined) this._ended();
    }
    this._host.requestUpdate();
  }

  private _stop(): void {
    if (this._timer) clearInterval(this._timer);
    this._timer = undefined;
  }
}
