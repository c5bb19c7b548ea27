/**
 * `login-help-elements/totp`: authentication-code rules, pure and Node-safe (no DOM).
 *
 * - HOTP/TOTP (RFC 4226/6238) with Web Crypto: {@link hotp}, {@link totp}, {@link secondsLeft}, {@link timeStep};
 * - base32 secrets: {@link decodeBase32}, {@link encodeBase32};
 * - the device's clock against the server's: {@link fetchClockSkew}, {@link measureSkewFromResponse},
 *   {@link isSkewTooLarge}, {@link parseServerTime};
 * - grid cards (乱数表): {@link cellName}, {@link parseCellName}, {@link randomChallenge}, {@link gridAnswer},
 *   {@link sampleGrid};
 * - typed codes: {@link normalizeCode} (full-width, spaces, hyphens) and {@link checkCode} (problems as data).
 *
 * @module
 */
export { BASE32_ALPHABET, decodeBase32, encodeBase32 } from './base32.js';
export type { EncodeBase32Options } from './base32.js';
export { DEFAULT_PERIOD, MAX_DIGITS, MIN_DIGITS, OTP_ALGORITHMS, hotp, secondsLeft, timeStep, totp } from './hotp.js';
export type { HotpOptions, OtpAlgorithm, OtpSecret, TotpOptions } from './hotp.js';
export {
  ClockSkewError,
  SKEW_TOLERANCE_MS,
  clockSkew,
  fetchClockSkew,
  isSkewTooLarge,
  measureSkewFromResponse,
  parseHttpDate,
  parseServerTime,
} from './skew.js';
export type { ClockSkew, ClockSkewFailure, FetchClockSkewOptions, SkewResponseTiming } from './skew.js';
export {
  GRID_ANSWER_LENGTH,
  GRID_CELL_LENGTH,
  GRID_CHALLENGE_CELLS,
  GRID_CHARACTERS,
  cellName,
  columnLetters,
  gridAnswer,
  parseCellName,
  randomChallenge,
  sampleGrid,
} from './grid.js';
export type { Grid, GridCell, RandomChallengeOptions, RandomSource, SampleGridOptions } from './grid.js';
export { CODE_CHANGES, normalizeCode } from './normalize.js';
export type { CodeChange, NormalizedCode } from './normalize.js';
export { CODE_METHODS, CODE_PROBLEMS, DEFAULT_BACKUP_LENGTH, checkCode } from './check.js';
export type { CheckCodeOptions, CodeCheck, CodeMethod, CodeProblem } from './check.js';
