/** The words of the request handler in English. */
import type { HandlerMessages } from './handler-messages.js';

const messages: HandlerMessages = {
  titles: {
    'method-not-allowed': 'Method not allowed',
    'unsupported-media-type': 'Unsupported content type',
    'payload-too-large': 'Body too large',
    'invalid-json': 'Body is not JSON',
    'invalid-request': 'The request has problems',
    'idempotency-key-missing': 'Idempotency-Key missing',
    'idempotency-key-invalid': 'Idempotency-Key malformed',
    'idempotency-key-mismatch': 'Idempotency-Key mismatch',
    'idempotency-key-reused': 'Idempotency-Key reused with another request',
    'request-in-progress': 'Request in progress',
    'too-many-requests': 'Too many requests',
    internal: 'The request could not be handled',
  },
  'method-not-allowed': 'only POST is accepted',
  'unsupported-media-type': 'the Content-Type must be application/json',
  'payload-too-large': 'the body is too large',
  'invalid-json': 'the body is not JSON in UTF-8',
  'invalid-request': 'Some answers need correcting: see the list of errors.',
  'idempotency-key-invalid': 'the Idempotency-Key must be 8 to 200 visible ASCII characters, such as a UUID',
  'idempotency-key-reused': 'This Idempotency-Key was already used for a request with other content. Send a new request with a new key.',
  'request-in-progress': 'A request with this Idempotency-Key is still being handled. Try again shortly with the same key.',
  'too-many-requests': 'Too many requests in a short time. Please wait, then try again.',
  internal: 'The request could not be handled. Please try again later with the same Idempotency-Key.',
};

export default messages;
