/**
 * References made from the request's idempotency key: the same key always gives the same
 * reference and Message-ID, so a retry after a failure that was not one (the mail went out, the
 * answer was lost) carries the reference the person may already have, and a mail system that
 * deduplicates by Message-ID drops the second copy. SHA-256 by Web Crypto: no key is shown as is.
 */

/** Crockford's base 32: no I, L, O, U, so a reference can be read out on the phone. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * A support reference for an idempotency key: ten characters of Crockford base 32 in two groups
 * of five (`7KQ2M-XW4D9`), 50 bits of SHA-256 of the key.
 */
export async function referenceForKey(key: string): Promise<string> {
  const bytes = await sha256(`login-help-elements reference\n${key}`);
  let bits = 0n;
  for (const byte of bytes.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 bits → 50
  let text = '';
  for (let i = 0; i < 10; i++) {
    text = CROCKFORD[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

/** The left part of a Message-ID for an idempotency key: 32 hexadecimal digits of SHA-256 of the key. */
export async function messageIdPartForKey(key: string): Promise<string> {
  const bytes = await sha256(`login-help-elements message-id\n${key}`);
  return Array.from(bytes.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
