/**
 * Reading what an identity provider hands a site, without ever throwing: every property access
 * is guarded (throwing getters, revoked proxies), only real strings and numbers are taken as
 * values (nothing is coerced through a `toString` the input controls), and times become ISO
 * strings only when they are real future instants.
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { AdapterOptions, LoginFailure } from './index.js';

/**
 * When an answer carries several errors, the one the user must deal with first: an outage before
 * a lock, a lock before a captcha, a code before the password. Undefined when `found` is empty.
 */
export function mostPressing(found: ReadonlySet<LoginErrorCode>): LoginErrorCode | undefined {
  return PRESSING.find((code) => found.has(code));
}

const PRESSING: readonly LoginErrorCode[] = [
  'system-error',
  'code-locked',
  'locked',
  'captcha-required',
  'code-invalid',
  'invalid-credentials',
  'unknown',
];

/** The longest wait an adapter reports (a year): anything later is treated as malformed. */
const MAX_WAIT_MS = 366 * 24 * 60 * 60 * 1000;

/** `value[key]` when `value` is an object or a function, else `undefined`; never throws. */
export function prop(value: unknown, key: string | number): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    return (value as Record<string | number, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** `value[k1][k2]…`, each step guarded like {@link prop}. */
export function path(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) current = prop(current, key);
  return current;
}

/** The value when it is a non-empty string, else `undefined`. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A finite number, or a string of digits; else `undefined`. */
export function integer(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** The items of a real array (guarded: a proxy or a throwing getter gives `[]`). */
export function items(value: unknown): unknown[] {
  try {
    return Array.isArray(value) ? Array.from(value as unknown[]) : [];
  } catch {
    return [];
  }
}

/**
 * One header from a `Headers` object, a plain object (any casing), an array of `[name, value]`
 * pairs, or a `Map`; `undefined` when absent or unreadable.
 */
export function header(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== 'object') return undefined;
  const wanted = name.toLowerCase();
  try {
    const get = prop(headers, 'get');
    if (typeof get === 'function') {
      const found: unknown = get.call(headers, name);
      return typeof found === 'string' ? found : undefined;
    }
    if (Array.isArray(headers)) {
      for (const pair of headers) {
        if (typeof prop(pair, 0) === 'string' && (prop(pair, 0) as string).toLowerCase() === wanted) {
          return text(prop(pair, 1));
        }
      }
      return undefined;
    }
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === wanted) {
        const found = prop(headers, key);
        if (typeof found === 'number') return String(found);
        return text(found) ?? text(prop(found, 0));
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Header `name` from `options.headers`, else from the header objects found at `paths` inside the input. */
export function findHeader(
  input: unknown,
  options: AdapterOptions | undefined,
  paths: (string | number)[][],
  name: string,
): string | undefined {
  for (const source of [prop(options, 'headers'), ...paths.map((keys) => path(input, ...keys))]) {
    const found = header(source, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** "Now" in epoch ms: `options.now` (a Date or epoch ms) when valid, else the clock. */
export function nowOf(options: AdapterOptions | undefined): number {
  const now = prop(options, 'now');
  if (typeof now === 'number' && Number.isFinite(now)) return now;
  if (now instanceof Date) {
    const ms = now.getTime();
    if (Number.isFinite(ms)) return ms;
  }
  return Date.now();
}

/** `at` (epoch ms) as an ISO string when it lies after `now` and within a year; else `undefined`. */
export function futureIso(at: number, now: number): string | undefined {
  if (!Number.isFinite(at) || at <= now || at - now > MAX_WAIT_MS) return undefined;
  return new Date(at).toISOString();
}

/**
 * A `Retry-After` value (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) as an ISO time, or
 * `undefined` when it is neither, or not in the future.
 */
export function retryAfterIso(value: string | undefined, now: number): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return futureIso(now + Number(trimmed) * 1000, now);
  // An HTTP-date always names its weekday and ends in GMT ("Sun, 06 Nov 1994 08:49:37 GMT").
  if (!/^[A-Za-z]{3},? .*GMT$/.test(trimmed)) return undefined;
  return futureIso(Date.parse(trimmed), now);
}

/** A UTC epoch-seconds value (`X-Rate-Limit-Reset`) as an ISO time, or `undefined`. */
export function epochSecondsIso(value: string | undefined, now: number): string | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return futureIso(Number(value) * 1000, now);
}

/** The HTTP status an input carries: `options.status` first, then the first number at `paths`. */
export function statusOf(input: unknown, options: AdapterOptions | undefined, paths: (string | number)[][]): number | undefined {
  const candidates = [prop(options, 'status'), ...paths.map((keys) => path(input, ...keys))];
  for (const candidate of candidates) {
    const status = integer(candidate);
    if (status !== undefined && status >= 100 && status <= 599) return status;
  }
  return undefined;
}

/** A failure with `retryAt` only when one is known. */
export function failure(error: LoginErrorCode, retryAt?: string): LoginFailure {
  return retryAt === undefined ? { error } : { error, retryAt };
}

/** Runs an adapter body; whatever it throws becomes `{ error: 'unknown' }`. */
export function safely(map: () => LoginFailure): LoginFailure {
  try {
    return map();
  } catch {
    return { error: 'unknown' };
  }
}
