/**
 * A `mailto:` URL that opens the user's mail program with the request written out (RFC 6068).
 */
import { requestBody } from './body.js';
import { isPlainEmailAddress } from './rules.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
import type { RequestPayload } from './validate.js';

/** Percent-encodes a header value as RFC 6068 asks: UTF-8, spaces as %20, line breaks as %0D%0A. */
function encodeValue(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));
}

/**
 * `mailto:<address>?subject=…&body=…` for a request: the payload's subject and the body of
 * `requestBody`. Throws a `TypeError` when `address` is not one plain e-mail address
 * (`support@example.com`: no display name, no list, no query), so that a page's `mailto`
 * setting can never add recipients or headers.
 */
export function requestMailto(address: string, payload: RequestPayload, template: RequestTemplate): string {
  if (!isPlainEmailAddress(address)) {
    throw new TypeError(`login-help-elements: ${JSON.stringify(address)} is not one plain e-mail address`);
  }
  const at = address.lastIndexOf('@');
  const to = `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
  return `mailto:${to}?subject=${encodeValue(payload.subject)}&body=${encodeValue(requestBody(payload, template))}`;
}
