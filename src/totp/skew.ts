/**
 * Clock skew between this device and a server: a TOTP code is only accepted when the device's
 * clock is within about one period of the server's, so a wrong device clock is the first thing to
 * rule out when a code is rejected. Pure: no DOM (uses `fetch` only when asked to).
 */

/** How far the device clock may be from the server's before codes start to fail: one 30 s period. */
export const SKEW_TOLERANCE_MS = 30_000;

/**
 * The offset of the server's clock from this device's, in ms: `serverTime − clientTime`.
 * Positive: the device is behind (slow); negative: it is ahead (fast).
 */
export function clockSkew({ serverTime, clientTime }: { serverTime: number; clientTime: number }): number {
  return serverTime - clientTime;
}

/** Whether an offset (ms) is larger, either way, than `tolerance` (an offset of exactly `tolerance` is not). */
export function isSkewTooLarge(offsetMs: number, tolerance: number = SKEW_TOLERANCE_MS): boolean {
  return Math.abs(offsetMs) > tolerance;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/**
 * Reads a server time given as ISO 8601 with a time zone (`2026-11-29T10:00:00Z`,
 * `2026-11-29T19:00:00+09:00`) or as epoch milliseconds (a number, or a string of digits).
 *
 * A date or date-time without a zone (`Z` or `±hh:mm`) is refused: JavaScript would read it in the
 * device's zone, which would turn the zone difference into a false "your clock is off by hours".
 *
 * @returns epoch ms, or `undefined` when the value is none of these.
 */
export function parseServerTime(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? value : undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return parseServerTime(Number(text));
  if (!ISO_8601.test(text)) return undefined;
  // Date.parse rolls 2026-02-31 over to March: refuse a day the month does not have.
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  const time = Date.parse(
    text
      .toUpperCase()
      .replace(',', '.')
      .replace(' ', 'T')
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2'),
  );
  return Number.isFinite(time) ? time : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** IMF-fixdate, the form servers send: `Sun, 06 Nov 1994 08:49:37 GMT`. */
const IMF_FIXDATE = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
/** Obsolete RFC 850 form: `Sunday, 06-Nov-94 08:49:37 GMT`. */
const RFC_850 = /^[A-Z][a-z]+, (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
/** Obsolete asctime form, in GMT: `Sun Nov  6 08:49:37 1994`. */
const ASCTIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

function utc(year: number, month: string, day: string, hour: string, minute: string, second: string) {
  const monthIndex = MONTHS.indexOf(month);
  if (monthIndex < 0) return undefined;
  const time = Date.UTC(year, monthIndex, Number(day), Number(hour), Number(minute), Number(second));
  const date = new Date(time);
  // Date.UTC rolls 31 Feb over to March: refuse fields that do not name a real time.
  return date.getUTCDate() === Number(day) && date.getUTCHours() === Number(hour) ? time : undefined;
}

/**
 * Reads an HTTP-date (RFC 9110 §5.6.7) as epoch ms: IMF-fixdate, and the obsolete RFC 850 and
 * asctime forms a recipient must also accept (all in GMT). `undefined` when it is none of them.
 */
export function parseHttpDate(value: string): number | undefined {
  const text = value.trim();
  let match = IMF_FIXDATE.exec(text);
  if (match) return utc(Number(match[3]), match[2]!, match[1]!, match[4]!, match[5]!, match[6]!);
  match = RFC_850.exec(text);
  if (match) {
    // Two-digit years more than 50 years in the future are in the past century (RFC 9110).
    const yy = Number(match[3]);
    const century = Math.floor(new Date().getUTCFullYear() / 100) * 100;
    const year = century + yy > new Date().getUTCFullYear() + 50 ? century - 100 + yy : century + yy;
    return utc(year, match[2]!, match[1]!, match[4]!, match[5]!, match[6]!);
  }
  match = ASCTIME.exec(text);
  if (match) return utc(Number(match[6]), match[1]!, match[2]!.trim(), match[3]!, match[4]!, match[5]!);
  return undefined;
}

/** Why the clock skew could not be measured, for the caller to word. */
export type ClockSkewFailure =
  /** The request failed (network error, blocked by CORS). */
  | 'request-failed'
  /** The response had no `Date` header (or a cross-origin response did not expose it). */
  | 'no-date-header'
  /** The `Date` header is not an HTTP-date. */
  | 'unreadable-date-header';

/** The error {@link measureSkewFromResponse} and {@link fetchClockSkew} throw, with a machine-readable `reason`. */
export class ClockSkewError extends Error {
  /** What went wrong. */
  readonly reason: ClockSkewFailure;

  constructor(reason: ClockSkewFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClockSkewError';
    this.reason = reason;
  }
}

/** What {@link measureSkewFromResponse} needs: the `Date` header and when the request started and the response ended. */
export interface SkewResponseTiming {
  /** The response's `Date` header (an HTTP-date, second resolution). */
  dateHeader: string | null | undefined;
  /** Device time (epoch ms) just before the request was sent. */
  requestStart: number;
  /** Device time (epoch ms) when the response (its headers) arrived. */
  responseEnd: number;
}

/**
 * The server's clock offset (ms, server − device) from one response: its `Date` header compared
 * with the midpoint of `requestStart` and `responseEnd`, i.e. corrected by half the round trip.
 *
 * The header has whole seconds (truncated), so the result may be up to 1 s below the true offset:
 * far below {@link SKEW_TOLERANCE_MS}.
 *
 * @throws {ClockSkewError} when the header is missing (`no-date-header`) or not an HTTP-date
 *   (`unreadable-date-header`).
 */
export function measureSkewFromResponse({ dateHeader, requestStart, responseEnd }: SkewResponseTiming): number {
  if (!dateHeader) {
    throw new ClockSkewError('no-date-header', 'The response has no Date header, so the server time is unknown.');
  }
  const serverTime = parseHttpDate(dateHeader);
  if (serverTime === undefined) {
    throw new ClockSkewError('unreadable-date-header', `The response's Date header is not an HTTP-date: ${JSON.stringify(dateHeader)}.`);
  }
  return clockSkew({ serverTime, clientTime: (requestStart + responseEnd) / 2 });
}

/** Options of {@link fetchClockSkew}. */
export interface FetchClockSkewOptions {
  /** The `fetch` to use (default `globalThis.fetch`): inject one in tests or to add credentials. */
  fetch?: typeof globalThis.fetch;
  /** The device clock, epoch ms (default `Date.now`). */
  now?: () => number;
  /** Aborts the request(s). */
  signal?: AbortSignal;
}

/** A measured clock skew. */
export interface ClockSkew {
  /** Server clock − device clock, in ms (positive: the device is behind). */
  offsetMs: number;
  /** How long the request took, in ms: the offset is uncertain by half of this (plus < 1 s). */
  roundTripMs: number;
}

/**
 * Measures the device's clock skew against the server at `url` by reading a response's `Date`
 * header: a `HEAD` request with `cache: 'no-store'`, or a `GET` when `HEAD` fails, is refused
 * (405, 501) or has no readable `Date`. Use a same-origin URL: a cross-origin server must send
 * `Access-Control-Expose-Headers: Date`, or the browser hides the header.
 *
 * @throws {ClockSkewError} with `reason` `request-failed`, `no-date-header` or `unreadable-date-header`.
 *   An abort through `signal` rejects with the fetch's own `AbortError`.
 */
export async function fetchClockSkew(
  url: string | URL,
  { fetch = globalThis.fetch, now = Date.now, signal }: FetchClockSkewOptions = {},
): Promise<ClockSkew> {
  const attempt = async (method: 'HEAD' | 'GET') => {
    const requestStart = now();
    const response = await fetch(url, { method, cache: 'no-store', signal });
    const responseEnd = now();
    if (method === 'GET') void response.body?.cancel().catch(() => {});
    return { response, requestStart, responseEnd };
  };
  const measure = ({ response, requestStart, responseEnd }: Awaited<ReturnType<typeof attempt>>): ClockSkew => ({
    offsetMs: measureSkewFromResponse({ dateHeader: response.headers.get('Date'), requestStart, responseEnd }),
    roundTripMs: responseEnd - requestStart,
  });

  try {
    const head = await attempt('HEAD');
    if (head.response.status !== 405 && head.response.status !== 501) return measure(head);
  } catch (error) {
    if (signal?.aborted) throw error;
  }
  let get: Awaited<ReturnType<typeof attempt>>;
  try {
    get = await attempt('GET');
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ClockSkewError('request-failed', `Could not reach ${String(url)} to read the server time.`, {
      cause: error,
    });
  }
  return measure(get);
}
