/**
 * Lock times: parsing the instant a lock lifts and the time left until it. Apart from their
 * wording (countdown.ts), which a guide loads only when it shows a countdown.
 */

/** Hours, minutes and seconds left until `retryAt` (all zero once it has passed). */
export interface TimeLeft {
  /** Whole seconds left, rounded up so that "0" means the lock has lifted. */
  totalSeconds: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Parses an ISO 8601 time or epoch milliseconds; `undefined` when it is not a time. */
export function parseInstant(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : Date.parse(value);
  return Number.isFinite(number) ? number : undefined;
}

/** What is left from `now` until `retryAt` (both epoch ms). */
export function timeLeft(retryAt: number, now: number): TimeLeft {
  const totalSeconds = Math.max(0, Math.ceil((retryAt - now) / 1000));
  return {
    totalSeconds,
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}
