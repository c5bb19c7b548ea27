/**
 * Base32 (RFC 4648 §6, the alphabet `A–Z 2–7`), the form in which authenticator apps show and
 * exchange TOTP secrets. Pure: no DOM, no Node built-ins.
 */

/** The RFC 4648 base32 alphabet. */
export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Characters that separate groups of a written secret and carry no data: whitespace and `=` padding. */
const IGNORED = /[\s=]/u;

/**
 * Lengths (modulo 8) that no whole number of bytes encodes to: 1, 3 and 6 characters of a final
 * group would hold bits of a byte that is not there, so a character is missing or extra.
 */
const IMPOSSIBLE_REMAINDERS = new Set([1, 3, 6]);

/**
 * Decodes a base32 string (RFC 4648) to bytes.
 *
 * Case-insensitive; whitespace (spaces, tabs, the ideographic space U+3000, line breaks) and `=`
 * padding are ignored wherever they appear, so `"jbsw y3dp ehpk 3pxp"` and `"JBSWY3DPEHPK3PXP===="`
 * both decode. Leftover bits of an incomplete final byte are dropped, as RFC 4648 decoders do.
 *
 * @throws {Error} on a character outside the alphabet (its position and code point are named), or
 *   on a length that no byte string encodes to (1, 3 or 6 characters in the final group of 8).
 */
export function decodeBase32(text: string): Uint8Array {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  let count = 0;
  let position = 0;
  for (const char of text) {
    position += 1;
    if (IGNORED.test(char)) continue;
    // Only ASCII a–z fold to upper case: `'ı'.toUpperCase()` is `'I'`, and it is no base32 letter.
    const value = BASE32_ALPHABET.indexOf(char >= 'a' && char <= 'z' ? char.toUpperCase() : char);
    if (value < 0) {
      const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(
        `Invalid base32 character ${JSON.stringify(char)} (U+${code}) at position ${position}: ` +
          'a base32 secret has only the letters A–Z and the digits 2–7.',
      );
    }
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    count += 1;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  if (IMPOSSIBLE_REMAINDERS.has(count % 8)) {
    throw new Error(
      `Invalid base32 length: ${count} characters (without spaces and padding) do not encode whole bytes; ` +
        'a character is missing or extra.',
    );
  }
  return Uint8Array.from(bytes);
}

/** Options of {@link encodeBase32}. */
export interface EncodeBase32Options {
  /** Pad the output with `=` to a multiple of 8 characters, as RFC 4648 does (default `true`). */
  padding?: boolean;
}

/**
 * Encodes bytes as base32 (RFC 4648, upper case), with `=` padding unless `padding: false`.
 * Authenticator apps and `otpauth://` URIs use the unpadded form.
 */
export function encodeBase32(bytes: Uint8Array, { padding = true }: EncodeBase32Options = {}): string {
  let output = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      output += BASE32_ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  if (padding && output.length % 8) output += '='.repeat(8 - (output.length % 8));
  return output;
}
