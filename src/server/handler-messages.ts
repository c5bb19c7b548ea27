/**
 * The request handler's own words, one catalogue per language (handler.en.ts, handler.ja.ts,
 * handler.zh-Hans.ts): the title of each problem type and the detail of each problem the
 * handler finds before or around `onRequest` (the payload's own problems come from the
 * validator's catalogues, src/request/messages*.ts).
 */
import type { Catalogues } from '../localize/languages.js';
import en from './handler.en.js';
import ja from './handler.ja.js';
import zhHans from './handler.zh-Hans.js';

/**
 * The problem types of the handler, stable: clients and tests match on them. Each is the `rule`
 * of the problem's `errors` (validation errors carry the validator's codes instead) and ends
 * its `type` URI.
 */
export type ProblemRule =
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'invalid-json'
  | 'invalid-request'
  | 'idempotency-key-missing'
  | 'idempotency-key-invalid'
  | 'idempotency-key-mismatch'
  | 'idempotency-key-reused'
  | 'request-in-progress'
  | 'too-many-requests'
  | 'internal';

/** The codes of the handler's own errors before the payload is read (kept for compatibility). */
export type HandlerErrorCode = 'method-not-allowed' | 'unsupported-media-type' | 'payload-too-large' | 'invalid-json';

/** Problems whose detail the handler writes (the idempotency key's missing and mismatch come from the validator's catalogue). */
export type HandlerDetailRule = Exclude<ProblemRule, 'idempotency-key-missing' | 'idempotency-key-mismatch'>;

/** The handler's words in one language. */
export type HandlerMessages = Readonly<Record<HandlerDetailRule, string>> & {
  /** The short summary of each problem type (RFC 9457 `title`), the same for every occurrence. */
  readonly titles: Readonly<Record<ProblemRule, string>>;
};

/** Every language's words. */
export const HANDLER_MESSAGES: Catalogues<HandlerMessages> = { en, ja, 'zh-Hans': zhHans };
