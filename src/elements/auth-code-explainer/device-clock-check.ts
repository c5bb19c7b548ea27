/**
 * The device-clock check of `<auth-code-explainer>`: how far this device's clock is from the
 * site's, from the `server-time` the page gives or from the `Date` header of its `time-url`.
 */
import { isServer } from 'lit';
import { fetchClockSkew, isSkewTooLarge, parseServerTime } from '../../totp/skew.js';
import type { ClockCheck } from './method-views.js';

/** Where the site's time comes from, and the device's clock (epoch ms). */
export interface ClockSource {
  serverTime?: string;
  timeUrl?: string;
  clock(): number;
}

/**
 * Checks the device clock against the site's and reports each state of the check: at once when it
 * needs no request (`measured` from `serverTime`, `off`, `failed` for another origin's URL), else
 * `checking` at once and the result when the request ends, unless `signal` was aborted by then.
 */
export function checkDeviceClock(source: ClockSource, report: (check: ClockCheck) => void, signal: AbortSignal): void {
  const server = source.serverTime !== undefined ? parseServerTime(source.serverTime) : undefined;
  if (server !== undefined) {
    const offsetMs = server - source.clock();
    report({ state: 'measured', offsetMs, tooLarge: isSkewTooLarge(offsetMs) });
    return;
  }
  if (!source.timeUrl) {
    report({ state: 'off' });
    return;
  }
  // The server renders the check as starting: the browser measures its own clock.
  if (isServer) {
    report({ state: 'checking' });
    return;
  }
  const url = new URL(source.timeUrl, document.baseURI);
  if (url.origin !== location.origin) {
    // Browsers hide the Date header of other origins: refuse rather than report a wrong clock.
    report({ state: 'failed' });
    return;
  }
  report({ state: 'checking' });
  fetchClockSkew(url, { now: () => source.clock(), signal })
    .then(({ offsetMs }) => {
      if (!signal.aborted) report({ state: 'measured', offsetMs, tooLarge: isSkewTooLarge(offsetMs) });
    })
    .catch(() => {
      if (!signal.aborted) report({ state: 'failed' });
    });
}
