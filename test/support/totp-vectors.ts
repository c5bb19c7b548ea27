/**
 * Published test vectors of HOTP (RFC 4226 Appendix D) and TOTP (RFC 6238 Appendix B), shared by
 * the Node test (test/totp.node.test.ts) and the browser test (test/totp.test.ts).
 */
import type { OtpAlgorithm } from '../../src/totp/index.js';

const ascii = (text: string) => new TextEncoder().encode(text);

/** RFC 4226 Appendix D: the secret, ASCII "12345678901234567890" (20 bytes), HMAC-SHA-1, 6 digits. */
export const RFC4226_SECRET = ascii('12345678901234567890');

/** RFC 4226 Appendix D: the HOTP value for counters 0–9, in order. */
export const RFC4226_CODES = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'] as const;

/**
 * RFC 6238 Appendix B seeds: the SHA-1 seed repeated to the hash's output length (errata 2866:
 * the reference code's SHA-256/512 keys are 32 and 64 bytes).
 */
export const RFC6238_SEEDS: Record<OtpAlgorithm, Uint8Array> = {
  'SHA-1': ascii('12345678901234567890'),
  'SHA-256': ascii('12345678901234567890123456789012'),
  'SHA-512': ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};

/** One row of RFC 6238 Appendix B (period 30 s, 8 digits). */
export interface TotpVector {
  /** Unix time in seconds (the tests pass `seconds * 1000` as `time`). */
  seconds: number;
  /** The time step T, as printed in the RFC (hex). */
  step: string;
  algorithm: OtpAlgorithm;
  code: string;
}

/** RFC 6238 Appendix B, every row: six times × SHA-1, SHA-256, SHA-512. */
export const RFC6238_VECTORS: readonly TotpVector[] = [
  { seconds: 59, step: '0000000000000001', algorithm: 'SHA-1', code: '94287082' },
  { seconds: 59, step: '0000000000000001', algorithm: 'SHA-256', code: '46119246' },
  { seconds: 59, step: '0000000000000001', algorithm: 'SHA-512', code: '90693936' },
  { seconds: 1111111109, step: '00000000023523EC', algorithm: 'SHA-1', code: '07081804' },
  { seconds: 1111111109, step: '00000000023523EC', algorithm: 'SHA-256', code: '68084774' },
  { seconds: 1111111109, step: '00000000023523EC', algorithm: 'SHA-512', code: '25091201' },
  { seconds: 1111111111, step: '00000000023523ED', algorithm: 'SHA-1', code: '14050471' },
  { seconds: 1111111111, step: '00000000023523ED', algorithm: 'SHA-256', code: '67062674' },
  { seconds: 1111111111, step: '00000000023523ED', algorithm: 'SHA-512', code: '99943326' },
  { seconds: 1234567890, step: '000000000273EF07', algorithm: 'SHA-1', code: '89005924' },
  { seconds: 1234567890, step: '000000000273EF07', algorithm: 'SHA-256', code: '91819424' },
  { seconds: 1234567890, step: '000000000273EF07', algorithm: 'SHA-512', code: '93441116' },
  { seconds: 2000000000, step: '0000000003F940AA', algorithm: 'SHA-1', code: '69279037' },
  { seconds: 2000000000, step: '0000000003F940AA', algorithm: 'SHA-256', code: '90698825' },
  { seconds: 2000000000, step: '0000000003F940AA', algorithm: 'SHA-512', code: '38618901' },
  { seconds: 20000000000, step: '0000000027BC86AA', algorithm: 'SHA-1', code: '65353130' },
  { seconds: 20000000000, step: '0000000027BC86AA', algorithm: 'SHA-256', code: '77737706' },
  { seconds: 20000000000, step: '0000000027BC86AA', algorithm: 'SHA-512', code: '47863826' },
];
