/**
 * HOTP (RFC 4226) and TOTP (RFC 6238) with Web Crypto (`globalThis.crypto.subtle`, present in
 * Node 20 and in browsers on secure origins), and the time arithmetic around a TOTP period.
 * Pure: no DOM, no Node built-ins.
 */
import { decodeBase32 } from './base32.js';

/** The HMAC hash functions RFC 6238 names. */
export type OtpAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

/** The hash functions {@link hotp} and {@link totp} accept. */
export const OTP_ALGORITHMS: readonly OtpAlgorithm[] = ['SHA-1', 'SHA-256', 'SHA-512'];

/** The fewest digits a code may have (RFC 4226 §5.3). */
export const MIN_DIGITS = 6;
/** The most digits a code may have. */
export const MAX_DIGITS = 8;
/** The TOTP time step in seconds that authenticator apps use (RFC 6238 §4.1). */
export const DEFAULT_PERIOD = 30;

/** The shared secret: a base32 string (as shown by authenticator apps) or the raw key bytes. */
export type OtpSecret = string | Uint8Array;

/** Options of {@link hotp}. */
export interface HotpOptions {
  /** The shared secret: base32 (spaces, padding and case ignored) or raw bytes. */
  secret: OtpSecret;
  /** The moving factor: a non-negative integer, sent as 8 bytes big-endian, so it may exceed 2^32. */
  counter: number | bigint;
  /** Digits of the code, 6 to 8 (default 6). */
  digits?: number;
  /** The HMAC hash (default `'SHA-1'`). */
  algorithm?: OtpAlgorithm;
}

/** Options of {@link totp}. */
export interface TotpOptions {
  /** The shared secret: base32 (spaces, padding and case ignored) or raw bytes. */
  secret: OtpSecret;
  /** The time in epoch milliseconds (default `Date.now()`). */
  time?: number;
  /** The time step in seconds (default 30). */
  period?: number;
  /** Digits of the code, 6 to 8 (default 6). */
  digits?: number;
  /** The HMAC hash (default `'SHA-1'`). */
  algorithm?: OtpAlgorithm;
}

const MAX_COUNTER = (1n << 64n) - 1n;

function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < MIN_DIGITS || digits > MAX_DIGITS) {
    throw new RangeError(`digits must be an integer from ${MIN_DIGITS} to ${MAX_DIGITS}, got ${String(digits)}.`);
  }
}

function checkAlgorithm(algorithm: string): void {
  if (!(OTP_ALGORITHMS as readonly string[]).includes(algorithm)) {
    throw new RangeError(`algorithm must be one of ${OTP_ALGORITHMS.join(', ')}, got ${JSON.stringify(algorithm)}.`);
  }
}

function checkPeriod(period: number): void {
  if (!Number.isFinite(period) || period <= 0) {
    throw new RangeError(`period must be a positive number of seconds, got ${String(period)}.`);
  }
}

function counterBigInt(counter: number | bigint): bigint {
  if (typeof counter === 'number' && !Number.isSafeInteger(counter)) {
    throw new RangeError(`counter must be a safe integer or a bigint, got ${String(counter)}.`);
  }
  const value = BigInt(counter);
  if (value < 0n || value > MAX_COUNTER) {
    throw new RangeError(`counter must be from 0 to 2^64 − 1, got ${String(counter)}.`);
  }
  return value;
}

function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new Error('Web Crypto (crypto.subtle) is not available: browsers offer it only on secure origins (HTTPS or localhost).');
  }
  return subtle;
}

/** The secret's bytes, copied (so the caller's array is never shared with Web Crypto). */
function secretBytes(secret: OtpSecret): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(typeof secret === 'string' ? decodeBase32(secret) : secret);
  if (bytes.length === 0) throw new Error('The secret is empty: an HOTP/TOTP key needs at least one byte.');
  return bytes;
}

/**
 * RFC 4226 dynamic truncation: 31 bits at the offset named by the low nibble of the last byte,
 * modulo 10^digits, left-padded with zeros.
 */
function truncate(mac: Uint8Array, digits: number): string {
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * The HOTP code (RFC 4226) for `counter`: HMAC of the 8-byte big-endian counter with Web Crypto,
 * then dynamic truncation.
 *
 * @example await hotp({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', counter: 0 }) // '755224'
 * @throws {RangeError} when `digits` is not 6–8, the algorithm is unknown, or the counter is
 *   negative, not an integer, or over 2^64 − 1.
 * @throws {Error} when the base32 secret is invalid or empty, or Web Crypto is unavailable.
 */
export async function hotp({ secret, counter, digits = 6, algorithm = 'SHA-1' }: HotpOptions): Promise<string> {
  checkDigits(digits);
  checkAlgorithm(algorithm);
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, counterBigInt(counter), false);
  const subtle = subtleCrypto();
  const key = await subtle.importKey('raw', secretBytes(secret), { name: 'HMAC', hash: algorithm }, false, ['sign']);
  const mac = new Uint8Array(await subtle.sign('HMAC', key, message));
  return truncate(mac, digits);
}

/**
 * The TOTP time step (RFC 6238 counter T) that contains `time`: ⌊time / period⌋ with `time` in
 * epoch milliseconds and `period` in seconds (T0 = 0).
 *
 * @example timeStep(59_000, 30) // 1
 * @throws {RangeError} when `period` is not a positive number or `time` is not finite.
 */
export function timeStep(time: number, period: number = DEFAULT_PERIOD): number {
  checkPeriod(period);
  if (!Number.isFinite(time)) throw new RangeError(`time must be epoch milliseconds, got ${String(time)}.`);
  return Math.floor(time / (period * 1000));
}

/**
 * The TOTP code (RFC 6238) at `time` (epoch milliseconds): {@link hotp} of the time step.
 *
 * @example await totp({ secret, time: 59_000, digits: 8 }) // '94287082' with the RFC 6238 SHA-1 seed
 * @throws {RangeError} as {@link hotp} does, and for a non-positive `period` or a time before 1970.
 */
export async function totp({
  secret,
  time = Date.now(),
  period = DEFAULT_PERIOD,
  digits = 6,
  algorithm = 'SHA-1',
}: TotpOptions): Promise<string> {
  return hotp({ secret, counter: timeStep(time, period), digits, algorithm });
}

/**
 * Whole seconds left in the TOTP period that contains `time` (epoch ms): from `period` just after
 * a step starts down to 1 in its last second, as authenticator apps count down.
 *
 * @example secondsLeft(59_000) // 1;  secondsLeft(60_000) // 30
 * @throws {RangeError} when `period` is not a positive number or `time` is not finite.
 */
export function secondsLeft(time: number = Date.now(), period: number = DEFAULT_PERIOD): number {
  checkPeriod(period);
  if (!Number.isFinite(time)) throw new RangeError(`time must be epoch milliseconds, got ${String(time)}.`);
  const periodMs = period * 1000;
  const elapsed = ((time % periodMs) + periodMs) % periodMs;
  return Math.ceil((periodMs - elapsed) / 1000);
}
