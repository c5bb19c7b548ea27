/**
 * Sending from the form, as a reactive controller of it: the cancelable events fired before the
 * form acts, one post at a time to the endpoint, the key of the last post, the events that say
 * how it ended, and the countdown before a retry after "too many requests" (it stops when the
 * form is disconnected).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RequestPayload } from '../../request/validate.js';
import {
  libraryEvent,
  type RecoveryRequestFailedDetail,
  type RecoveryRequestSendDetail,
  type RecoveryRequestSentDetail,
} from '../shared/events.js';
import { sendRequest, type SendResult } from './send-request.js';

export class RequestSending implements ReactiveController {
  /** The idempotency key of the last post (its answer may have been lost). */
  postedKey?: string;
  private _inFlight = false;
  private _wait = 0;
  private _waitTimer?: ReturnType<typeof setInterval>;

  /**
   * Adds itself to `host`'s controllers; `onWait` hears the seconds left before a retry (at the
   * start of a wait and at each second).
   */
  constructor(
    private readonly _host: ReactiveControllerHost & EventTarget,
    private readonly _onWait: (seconds: number) => void,
  ) {
    _host.addController(this);
  }

  /** The host was disconnected: the countdown stops. */
  hostDisconnected(): void {
    clearInterval(this._waitTimer);
  }

  /**
   * Fires `recovery-request-submit` (detail: the payload; its name from before the convention),
   * then `recovery-request-send` (`{ payload, via }`), both cancelable. False when either was
   * cancelled: the form then does not act.
   */
  announce(payload: RequestPayload, via: RecoveryRequestSendDetail['via']): boolean {
    const submitKept = this._host.dispatchEvent(libraryEvent('recovery-request-submit', payload, true));
    const sendKept = this._host.dispatchEvent(libraryEvent<RecoveryRequestSendDetail>('recovery-request-send', { payload, via }, true));
    return submitKept && sendKept;
  }

  /**
   * POSTs `payload` to `action` (see sendRequest), remembering its key; undefined, sending
   * nothing, while an earlier post is in flight: one request per user action.
   */
  post(action: string, payload: RequestPayload, timeoutMs: number): Promise<SendResult> | undefined {
    if (this._inFlight) return undefined;
    this._inFlight = true;
    this.postedKey = payload.idempotencyKey;
    return sendRequest(action, payload, { timeoutMs }).finally(() => (this._inFlight = false));
  }

  /** Fires `recovery-request-sent` or `recovery-request-failed` for the post of `payload`. */
  report(payload: RequestPayload, result: SendResult): void {
    if (result.ok) {
      this._host.dispatchEvent(libraryEvent<RecoveryRequestSentDetail>('recovery-request-sent', { payload, reference: result.reference }));
      return;
    }
    const { reason } = result;
    this._host.dispatchEvent(
      libraryEvent<RecoveryRequestFailedDetail>('recovery-request-failed', {
        payload,
        reason,
        ...('status' in result ? { status: result.status } : {}),
        ...(result.reason === 'invalid' ? { errors: result.errors } : {}),
      }),
    );
  }

  /** Counts `seconds` down to 0 before a retry (0: none), telling `onWait`. */
  waitBeforeRetry(seconds: number): void {
    clearInterval(this._waitTimer);
    this._wait = seconds;
    this._onWait(seconds);
    if (seconds <= 0) return;
    this._waitTimer = setInterval(() => {
      this._wait = Math.max(0, this._wait - 1);
      this._onWait(this._wait);
      if (this._wait === 0) clearInterval(this._waitTimer);
    }, 1000);
  }
}
