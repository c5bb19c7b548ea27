/**
 * The live sample code of `<auth-code-explainer>`'s authenticator-app explanation: a TOTP code of
 * a demo secret, new each period, and the seconds it has left, counted down each second.
 */
import { totp, secondsLeft, DEFAULT_PERIOD } from '../../totp/hotp.js';

/** A well-known demo secret: the sample code is an illustration, never a real one. */
const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';

/** The sample code and the seconds it has left of its period. */
export interface SampleCode {
  code: string;
  left: number;
  period: number;
}

/** Reports the sample code each second while started (`undefined` if Web Crypto cannot make it). */
export class SampleCodeTicker {
  private _timer?: ReturnType<typeof setInterval>;
  private _step = -1;
  private _sample?: SampleCode;

  constructor(
    private readonly _clock: () => number,
    private readonly _report: (sample: SampleCode | undefined) => void,
  ) {}

  /** Reports the sample now, then each second. */
  start(): void {
    this._tick();
    this._timer = setInterval(() => this._tick(), 1000);
  }

  /** Stops the reports (a code being made may still be reported once). */
  stop(): void {
    clearInterval(this._timer);
    this._timer = undefined;
  }

  private _tick(): void {
    const now = this._clock();
    const period = DEFAULT_PERIOD;
    const step = Math.floor(now / 1000 / period);
    const left = secondsLeft(now, period);
    if (step !== this._step) {
      this._step = step;
      void totp({ secret: DEMO_SECRET, time: now, period, digits: 6 })
        .then((code) => this._show({ code, left: secondsLeft(this._clock(), period), period }))
        .catch(() => this._show(undefined));
    } else if (this._sample) {
      this._show({ ...this._sample, left });
    }
  }

  private _show(sample: SampleCode | undefined): void {
    this._sample = sample;
    this._report(sample);
  }
}
