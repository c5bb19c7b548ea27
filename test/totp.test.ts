import { expect } from '@open-wc/testing';
import { encodeBase32, fetchClockSkew, hotp, isSkewTooLarge, totp } from '../src/totp/index.js';
import { RFC4226_CODES, RFC4226_SECRET, RFC6238_SEEDS, RFC6238_VECTORS } from './support/totp-vectors.js';

/** The published HOTP/TOTP vectors, computed with the browser's own Web Crypto. */
describe('totp in the browser (Web Crypto)', () => {
  it('has Web Crypto on the test page (a secure context)', () => {
    expect(window.isSecureContext).to.equal(true);
    expect(globalThis.crypto.subtle).to.exist;
  });

  describe('RFC 4226 Appendix D', () => {
    RFC4226_CODES.forEach((code, counter) => {
      it(`counter ${counter} → ${code}`, async () => {
        expect(await hotp({ secret: RFC4226_SECRET, counter })).to.equal(code);
        expect(await hotp({ secret: encodeBase32(RFC4226_SECRET), counter: BigInt(counter) })).to.equal(code);
      });
    });
  });

  describe('RFC 6238 Appendix B', () => {
    for (const { seconds, algorithm, code } of RFC6238_VECTORS) {
      it(`${algorithm} at ${seconds} s → ${code}`, async () => {
        const seed = RFC6238_SEEDS[algorithm];
        expect(await totp({ secret: seed, time: seconds * 1000, digits: 8, algorithm })).to.equal(code);
        expect(await totp({ secret: encodeBase32(seed), time: seconds * 1000, digits: 8, algorithm })).to.equal(code);
      });
    }
  });

  it('rejects 5 digits with a RangeError', async () => {
    let error: unknown;
    try {
      await totp({ secret: RFC4226_SECRET, time: 0, digits: 5 });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.contain('from 6 to 8');
  });

  it('measures the skew against the test server over real HTTP (same machine: near zero)', async () => {
    const skew = await fetchClockSkew(location.href);
    // The Date header has whole seconds, so the offset is at most 1 s below zero, plus timing noise.
    expect(skew.offsetMs).to.be.within(-1500, 500);
    expect(skew.roundTripMs).to.be.at.least(0);
    expect(isSkewTooLarge(skew.offsetMs)).to.equal(false);
  });
});
