/** The messages of the request handler's own errors in English. */
import type { HandlerMessages } from './handler.js';

const messages: HandlerMessages = {
  'method-not-allowed': 'only POST is accepted',
  'unsupported-media-type': 'the Content-Type must be application/json',
  'payload-too-large': 'the body is too large',
  'invalid-json': 'the body is not JSON in UTF-8',
};

export default messages;
