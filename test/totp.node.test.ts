import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import {
  ClockSkewError,
  SKEW_TOLERANCE_MS,
  cellName,
  checkCode,
  clockSkew,
  columnLetters,
  decodeBase32,
  encodeBase32,
  fetchClockSkew,
  gridAnswer,
  hotp,
  isSkewTooLarge,
  measureSkewFromResponse,
  normalizeCode,
  parseCellName,
  parseHttpDate,
  parseServerTime,
  randomChallenge,
  sampleGrid,
  secondsLeft,
  timeStep,
  totp,
  type CodeChange,
  type CodeProblem,
  type OtpAlgorithm,
} from '../src/totp/index.js';
import { RFC4226_CODES, RFC4226_SECRET, RFC6238_SEEDS, RFC6238_VECTORS } from './support/totp-vectors.js';
import { seeded } from './support/seeded-random.js';

/** HOTP computed with node:crypto, independently of the Web Crypto code under test. */
function referenceHotp(key: Uint8Array, counter: bigint, digits: number, algorithm: OtpAlgorithm = 'SHA-1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(counter);
  const mac = createHmac(algorithm.replace('-', '').toLowerCase(), key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits).padStart(digits, '0');
}

describe('hotp: RFC 4226 Appendix D', () => {
  const base32 = encodeBase32(RFC4226_SECRET);
  test('the secret in base32 is the well-known GEZDGNBV…', () => {
    assert.equal(base32, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });
  RFC4226_CODES.forEach((code, counter) => {
    test(`counter ${counter} → ${code} (bytes, base32, number and bigint counter)`, async () => {
      assert.equal(await hotp({ secret: RFC4226_SECRET, counter }), code);
      assert.equal(await hotp({ secret: base32, counter: BigInt(counter) }), code);
      assert.equal(await hotp({ secret: RFC4226_SECRET, counter, digits: 6, algorithm: 'SHA-1' }), code);
    });
  });
});

describe('totp: RFC 6238 Appendix B (8 digits, 30 s)', () => {
  for (const { seconds, step, algorithm, code } of RFC6238_VECTORS) {
    test(`${algorithm} at ${seconds} s → ${code}`, async () => {
      const seed = RFC6238_SEEDS[algorithm];
      const time = seconds * 1000;
      assert.equal(timeStep(time, 30), parseInt(step, 16));
      assert.equal(await totp({ secret: seed, time, digits: 8, algorithm }), code);
      assert.equal(await totp({ secret: encodeBase32(seed), time, period: 30, digits: 8, algorithm }), code);
      // Written the way people copy secrets: lower case, in groups, without padding.
      const grouped = encodeBase32(seed, { padding: false })
        .toLowerCase()
        .replace(/(.{4})/g, '$1 ');
      assert.equal(await totp({ secret: grouped, time, digits: 8, algorithm }), code);
      // Fewer digits are the same truncated number, modulo a smaller power of ten.
      assert.equal(await totp({ secret: seed, time, digits: 7, algorithm }), code.slice(1));
      assert.equal(await totp({ secret: seed, time, algorithm }), code.slice(2));
    });
  }
  test('the seeds have the lengths of their hash outputs', () => {
    assert.deepEqual(
      Object.values(RFC6238_SEEDS).map((seed) => seed.length),
      [20, 32, 64],
    );
  });
  test('time defaults to now and period to 30 s', async () => {
    const before = Date.now();
    const code = await totp({ secret: RFC4226_SECRET });
    const after = Date.now();
    const expected = [before, after].map((t) => referenceHotp(RFC4226_SECRET, BigInt(Math.floor(t / 30000)), 6));
    assert.ok(expected.includes(code), `${code} is one of ${expected.join(', ')}`);
  });
  test('another period counts its own steps', async () => {
    assert.equal(await totp({ secret: RFC4226_SECRET, time: 125_000, period: 60 }), RFC4226_CODES[2]);
  });
});

describe('hotp: counters beyond 2^32 (8 bytes, big-endian)', () => {
  const counters = [2n ** 32n - 1n, 2n ** 32n, 2n ** 32n + 1n, 2n ** 40n + 12345n, 2n ** 53n - 1n, 2n ** 63n, 2n ** 64n - 1n];
  for (const counter of counters) {
    test(`counter ${counter} matches node:crypto`, async () => {
      for (const algorithm of ['SHA-1', 'SHA-256', 'SHA-512'] as const) {
        const expected = referenceHotp(RFC6238_SEEDS[algorithm], counter, 8, algorithm);
        assert.equal(await hotp({ secret: RFC6238_SEEDS[algorithm], counter, digits: 8, algorithm }), expected);
        if (counter <= BigInt(Number.MAX_SAFE_INTEGER)) {
          assert.equal(await hotp({ secret: RFC6238_SEEDS[algorithm], counter: Number(counter), digits: 8, algorithm }), expected);
        }
      }
    });
  }
  test('2^32 is not read as 0 (no 32-bit wrap)', async () => {
    assert.notEqual(await hotp({ secret: RFC4226_SECRET, counter: 2 ** 32 }), RFC4226_CODES[0]);
  });
  test('negative, fractional, unsafe and over-64-bit counters are refused', async () => {
    for (const counter of [-1, 1.5, 2 ** 53, Number.NaN, -1n, 2n ** 64n]) {
      await assert.rejects(hotp({ secret: RFC4226_SECRET, counter }), RangeError, String(counter));
    }
  });
});

describe('hotp/totp: options checked', () => {
  for (const digits of [5, 9, 0, 6.5, Number.NaN]) {
    test(`digits ${digits} → RangeError naming 6 to 8`, async () => {
      await assert.rejects(hotp({ secret: RFC4226_SECRET, counter: 0, digits }), {
        name: 'RangeError',
        message: /digits must be an integer from 6 to 8/,
      });
      await assert.rejects(totp({ secret: RFC4226_SECRET, time: 0, digits }), RangeError);
    });
  }
  test('an unknown algorithm → RangeError', async () => {
    await assert.rejects(hotp({ secret: RFC4226_SECRET, counter: 0, algorithm: 'MD5' as OtpAlgorithm }), {
      name: 'RangeError',
      message: /SHA-1, SHA-256, SHA-512/,
    });
  });
  test('an empty secret → Error', async () => {
    await assert.rejects(hotp({ secret: new Uint8Array(), counter: 0 }), /secret is empty/);
    await assert.rejects(hotp({ secret: ' = ', counter: 0 }), /secret is empty/);
  });
  test('an invalid base32 secret → the base32 Error', async () => {
    await assert.rejects(hotp({ secret: 'GEZDGNBV1', counter: 0 }), /Invalid base32 character "1"/);
  });
  test('a non-positive period or a time before 1970 → RangeError', async () => {
    await assert.rejects(totp({ secret: RFC4226_SECRET, time: 0, period: 0 }), RangeError);
    await assert.rejects(totp({ secret: RFC4226_SECRET, time: -30_001 }), RangeError);
  });
  test("the caller's secret array is not changed", async () => {
    const secret = Uint8Array.from(RFC4226_SECRET);
    await hotp({ secret, counter: 1 });
    assert.deepEqual(secret, RFC4226_SECRET);
  });
});

describe('base32 (RFC 4648)', () => {
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ];
  for (const [text, encoded] of vectors) {
    test(`${JSON.stringify(text)} ↔ ${encoded}`, () => {
      const bytes = new TextEncoder().encode(text);
      assert.equal(encodeBase32(bytes), encoded);
      assert.equal(encodeBase32(bytes, { padding: false }), encoded.replace(/=/g, ''));
      assert.deepEqual(decodeBase32(encoded), bytes);
      assert.deepEqual(decodeBase32(encoded.replace(/=/g, '').toLowerCase()), bytes);
    });
  }
  test('spaces, tabs, the ideographic space and padding anywhere are ignored', () => {
    assert.deepEqual(decodeBase32(' mzxw\t6ytb\u3000oi==\n'), new TextEncoder().encode('foobar'));
  });
  test('round trip of every length from 0 to 64 bytes', () => {
    const random = seeded(4648);
    for (let length = 0; length <= 64; length += 1) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      assert.deepEqual(decodeBase32(encodeBase32(bytes)), bytes);
      assert.deepEqual(decodeBase32(encodeBase32(bytes, { padding: false })), bytes);
    }
  });
  for (const [input, char, position] of [
    ['MZXW1', '1', 5],
    ['0ZXW6', '0', 1],
    ['MZ8W6', '8', 3],
    ['MZ-W6', '-', 3],
    ['MZXWı', 'ı', 5],
    ['ＭＺＸＷ', 'Ｍ', 1],
  ] as const) {
    test(`${JSON.stringify(input)} → Error naming ${JSON.stringify(char)} at ${position}`, () => {
      assert.throws(() => decodeBase32(input), {
        name: 'Error',
        message: new RegExp(`Invalid base32 character "${char}" \\(U\\+[0-9A-F]{4}\\) at position ${position}`),
      });
    });
  }
  test('a length no bytes encode to (a character missing) → Error', () => {
    assert.throws(() => decodeBase32('MZXW6YTBO'), /Invalid base32 length: 9 characters/);
    assert.throws(() => decodeBase32('M'), /Invalid base32 length/);
  });
});

describe('secondsLeft and timeStep', () => {
  const cases: [number, number, number][] = [
    [0, 30, 30],
    [1, 30, 30],
    [999, 30, 30],
    [1_000, 30, 29],
    [45_500, 30, 15],
    [59_000, 30, 1],
    [59_999, 30, 1],
    [60_000, 30, 30],
    [1_111_111_109_000, 30, 1],
    [1_111_111_111_000, 30, 29],
    [90_000, 60, 30],
    [-1_000, 30, 1],
  ];
  for (const [time, period, left] of cases) {
    test(`${time} ms, period ${period} → ${left} s left`, () => {
      assert.equal(secondsLeft(time, period), left);
    });
  }
  test('defaults: now and 30 s', () => {
    const left = secondsLeft();
    assert.ok(Number.isInteger(left) && left >= 1 && left <= 30, String(left));
  });
  test('timeStep', () => {
    assert.equal(timeStep(0, 30), 0);
    assert.equal(timeStep(29_999, 30), 0);
    assert.equal(timeStep(30_000, 30), 1);
    assert.equal(timeStep(59_000), 1);
    assert.equal(timeStep(20_000_000_000_000, 30), 0x27bc86aa);
    assert.throws(() => timeStep(0, -30), RangeError);
    assert.throws(() => timeStep(Number.NaN, 30), RangeError);
    assert.throws(() => secondsLeft(0, 0), RangeError);
  });
});

describe('normalizeCode', () => {
  const table: [string, string, CodeChange[]][] = [
    ['１２３ ４５６', '123456', ['full-width', 'spaces']],
    ['123456', '123456', []],
    ['123-456', '123456', ['hyphens']],
    ['１２３ー４５６', '123456', ['full-width', 'hyphens']],
    ['123ｰ456', '123456', ['hyphens']],
    ['aB3x', 'aB3x', []],
    ['ａＢ３ｘ', 'aB3x', ['full-width']],
    ['\u3000', '', ['spaces']],
    ['', '', []],
    ['123\u3000456', '123456', ['spaces']],
    ['\t123 456\n', '123456', ['spaces']],
    ['12\u200b34\u00a056', '123456', ['spaces']],
    ['123－456', '123456', ['hyphens']],
    ['123\u2010456\u2212', '123456', ['hyphens']],
    ['12\u2013 34\u201456', '123456', ['spaces', 'hyphens']],
    ['- １２ ３４ -５６ ', '123456', ['full-width', 'spaces', 'hyphens']],
    ['Ab-Cd Ef', 'AbCdEf', ['spaces', 'hyphens']],
    ['１２３あ', '123あ', ['full-width']],
    ['12.34', '12.34', []],
  ];
  for (const [input, value, changes] of table) {
    test(`${JSON.stringify(input)} → ${JSON.stringify(value)} ${JSON.stringify(changes)}`, () => {
      assert.deepEqual(normalizeCode(input), { value, changes });
    });
  }
  test('every full-width digit and letter maps to its half-width form', () => {
    const full =
      Array.from({ length: 10 }, (_, i) => String.fromCharCode(0xff10 + i)).join('') +
      Array.from({ length: 26 }, (_, i) => String.fromCharCode(0xff21 + i, 0xff41 + i)).join('');
    assert.equal(normalizeCode(full).value, '0123456789AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpQqRrSsTtUuVvWwXxYyZz');
  });
});

describe('checkCode', () => {
  const cases: [string, Parameters<typeof checkCode>[1], Parameters<typeof checkCode>[2], string, CodeProblem[], number][] = [
    ['123456', 'totp', undefined, '123456', [], 6],
    ['１２３ ４５６', 'totp', undefined, '123456', ['full-width'], 6],
    ['12345', 'totp', undefined, '12345', ['wrong-length'], 6],
    ['1234567', 'totp', undefined, '1234567', ['wrong-length'], 6],
    ['1234567', 'totp', { digits: 7 }, '1234567', [], 7],
    ['12345678', 'totp', { digits: 8 }, '12345678', [], 8],
    ['12O456', 'totp', undefined, '12O456', ['letters-in-totp'], 6],
    ['ａｂｃ', 'totp', undefined, 'abc', ['full-width', 'letters-in-totp', 'wrong-length'], 6],
    ['12.456', 'totp', undefined, '12.456', ['other-characters'], 6],
    ['', 'totp', undefined, '', ['empty'], 6],
    [' \u3000- ', 'totp', undefined, '', ['empty'], 6],
    ['aB3xY9', 'grid', undefined, 'aB3xY9', [], 6],
    ['ａＢ３ｘＹ９', 'grid', undefined, 'aB3xY9', ['full-width'], 6],
    ['aB 3x Y9', 'grid', undefined, 'aB3xY9', [], 6],
    ['aB3x', 'grid', undefined, 'aB3x', ['wrong-length'], 6],
    ['aB3xあ9', 'grid', undefined, 'aB3xあ9', ['other-characters'], 6],
    ['abcd-efgh', 'backup', undefined, 'abcdefgh', [], 8],
    ['ABCD1234', 'backup', undefined, 'ABCD1234', [], 8],
    ['abcd1234ef', 'backup', undefined, 'abcd1234ef', ['wrong-length'], 8],
    ['abcd1234ef', 'backup', { backupLength: 10 }, 'abcd1234ef', [], 10],
    ['', 'backup', undefined, '', ['empty'], 8],
  ];
  for (const [input, method, options, value, problems, expectedLength] of cases) {
    test(`${method} ${JSON.stringify(input)}${options ? ' ' + JSON.stringify(options) : ''} → ${JSON.stringify(problems)}`, () => {
      const result = checkCode(input, method, options);
      assert.equal(result.value, value);
      assert.deepEqual(result.problems, problems);
      assert.equal(result.expectedLength, expectedLength);
    });
  }
  test('changes are passed through from normalizeCode', () => {
    assert.deepEqual(checkCode('１２３ー４５６', 'totp').changes, ['full-width', 'hyphens']);
  });
  test('letter case is kept for grid answers', () => {
    assert.equal(checkCode('AbCdEf', 'grid').value, 'AbCdEf');
  });
  test('bad options and methods → RangeError', () => {
    assert.throws(() => checkCode('123456', 'totp', { digits: 5 }), /digits must be an integer from 6 to 8/);
    assert.throws(() => checkCode('123456', 'backup', { backupLength: 0 }), RangeError);
    assert.throws(() => checkCode('123456', 'sms' as 'totp'), RangeError);
  });
});

describe('clock skew', () => {
  const requestStart = Date.UTC(2026, 10, 29, 10, 0, 0, 123);
  const httpDate = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toUTCString();

  test('clockSkew is server − client', () => {
    assert.equal(clockSkew({ serverTime: 10_000, clientTime: 4_000 }), 6_000);
    assert.equal(clockSkew({ serverTime: 4_000, clientTime: 10_000 }), -6_000);
  });
  test("a Date header 2 minutes ahead, 400 ms round trip → 120 s less the header's lost sub-second part", () => {
    const responseEnd = requestStart + 400;
    const midpoint = requestStart + 200; // …:00.323
    const dateHeader = httpDate(midpoint + 120_000); // the server's clock at the midpoint, whole seconds
    assert.equal(dateHeader, 'Sun, 29 Nov 2026 10:02:00 GMT');
    const offset = measureSkewFromResponse({ dateHeader, requestStart, responseEnd });
    assert.equal(offset, 120_000 - 323);
    assert.ok(Math.abs(offset - 120_000) < 1000);
    assert.equal(isSkewTooLarge(offset), true);
  });
  test('the round trip is halved: a slow response does not count as skew', () => {
    const offset = measureSkewFromResponse({
      dateHeader: 'Sun, 29 Nov 2026 10:00:05 GMT',
      requestStart: Date.UTC(2026, 10, 29, 10, 0, 0),
      responseEnd: Date.UTC(2026, 10, 29, 10, 0, 10),
    });
    assert.equal(offset, 0);
  });
  test('isSkewTooLarge: beyond the tolerance either way, not at it', () => {
    assert.equal(SKEW_TOLERANCE_MS, 30_000);
    assert.equal(isSkewTooLarge(20_000), false);
    assert.equal(isSkewTooLarge(-20_000), false);
    assert.equal(isSkewTooLarge(30_000), false);
    assert.equal(isSkewTooLarge(30_001), true);
    assert.equal(isSkewTooLarge(-40_000), true);
    assert.equal(isSkewTooLarge(10_000, 5_000), true);
  });
  test('a missing or unreadable Date header → ClockSkewError with a reason', () => {
    assert.throws(() => measureSkewFromResponse({ dateHeader: null, requestStart, responseEnd: requestStart }), {
      name: 'ClockSkewError',
      reason: 'no-date-header',
      message: /no Date header/,
    });
    assert.throws(() => measureSkewFromResponse({ dateHeader: 'yesterday', requestStart, responseEnd: requestStart }), {
      name: 'ClockSkewError',
      reason: 'unreadable-date-header',
      message: /"yesterday"/,
    });
  });
  test('parseHttpDate reads the three forms of RFC 9110 and refuses others', () => {
    const expected = Date.UTC(1994, 10, 6, 8, 49, 37);
    assert.equal(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT'), expected);
    assert.equal(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT'), expected);
    assert.equal(parseHttpDate('Sun Nov  6 08:49:37 1994'), expected);
    assert.equal(parseHttpDate('Tue, 31 Feb 2026 08:49:37 GMT'), undefined);
    assert.equal(parseHttpDate('2026-11-29T10:00:00Z'), undefined);
    assert.equal(parseHttpDate(''), undefined);
  });

  const serverTimes: [string | number, number | undefined][] = [
    ['2026-11-29T10:00:00Z', Date.UTC(2026, 10, 29, 10)],
    ['2026-11-29T19:00:00+09:00', Date.UTC(2026, 10, 29, 10)],
    ['2026-11-29T19:00:00+0900', Date.UTC(2026, 10, 29, 10)],
    ['2026-11-29 10:00:00.250Z', Date.UTC(2026, 10, 29, 10, 0, 0, 250)],
    ['2026-11-29T10:00Z', Date.UTC(2026, 10, 29, 10)],
    ['1795946400000', 1_795_946_400_000],
    [' 1795946400000 ', 1_795_946_400_000],
    [1_795_946_400_000, 1_795_946_400_000],
    [0, 0],
    ['2026-11-29T10:00:00', undefined],
    ['2026-11-29', undefined],
    ['2026-02-31T10:00:00Z', undefined],
    ['Sun, 29 Nov 2026 10:00:00 GMT', undefined],
    ['soon', undefined],
    ['', undefined],
    ['-5', undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
  ];
  for (const [value, expected] of serverTimes) {
    test(`parseServerTime(${JSON.stringify(value)}) → ${expected}`, () => {
      assert.equal(parseServerTime(value), expected);
    });
  }
});

describe('fetchClockSkew', () => {
  type Call = { url: string; method: string | undefined; cache: RequestCache | undefined };

  /** A fake fetch that answers each call with the next response (or throws it) and records the calls. */
  function fakeFetch(...answers: (Response | Error)[]) {
    const calls: Call[] = [];
    const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: url instanceof Request ? url.url : String(url), method: init?.method, cache: init?.cache });
      const answer = answers.shift();
      if (!answer) throw new Error('unexpected extra request');
      if (answer instanceof Error) throw answer;
      return answer;
    }) as typeof globalThis.fetch;
    return { fetch, calls };
  }
  /** A device clock that returns these times in turn. */
  function clock(...times: number[]) {
    return () => times.shift() ?? Number.NaN;
  }
  const start = Date.UTC(2026, 10, 29, 10, 0, 0, 0);
  const dated = (date: string, status = 200, body: string | null = null) => new Response(body, { status, headers: { Date: date } });

  test('HEAD with cache: no-store; the offset is corrected by half the round trip', async () => {
    const { fetch, calls } = fakeFetch(dated('Sun, 29 Nov 2026 10:02:00 GMT'));
    const skew = await fetchClockSkew('https://example.test/time', { fetch, now: clock(start, start + 400) });
    assert.deepEqual(calls, [{ url: 'https://example.test/time', method: 'HEAD', cache: 'no-store' }]);
    assert.deepEqual(skew, { offsetMs: 120_000 - 200, roundTripMs: 400 });
    assert.equal(isSkewTooLarge(skew.offsetMs), true);
  });
  test('a device clock 3 s ahead → about −3 s, within tolerance', async () => {
    const { fetch } = fakeFetch(dated('Sun, 29 Nov 2026 09:59:57 GMT'));
    const skew = await fetchClockSkew(new URL('https://example.test/'), { fetch, now: clock(start, start + 100) });
    assert.deepEqual(skew, { offsetMs: -3_050, roundTripMs: 100 });
    assert.equal(isSkewTooLarge(skew.offsetMs), false);
  });
  test('HEAD refused with 405 → GET, timed on its own', async () => {
    const { fetch, calls } = fakeFetch(dated('Sun, 29 Nov 2026 11:00:00 GMT', 405), dated('Sun, 29 Nov 2026 10:01:00 GMT', 200, 'body'));
    const skew = await fetchClockSkew('/time', { fetch, now: clock(start, start + 50, start + 1000, start + 1200) });
    assert.deepEqual(
      calls.map((call) => [call.method, call.cache]),
      [
        ['HEAD', 'no-store'],
        ['GET', 'no-store'],
      ],
    );
    assert.deepEqual(skew, { offsetMs: 60_000 - 1100, roundTripMs: 200 });
  });
  test('HEAD failing (network error) → GET', async () => {
    const { fetch, calls } = fakeFetch(new TypeError('fetch failed'), dated('Sun, 29 Nov 2026 10:00:00 GMT'));
    const skew = await fetchClockSkew('/time', { fetch, now: clock(start, start, start + 2000) });
    assert.deepEqual(
      calls.map((call) => call.method),
      ['HEAD', 'GET'],
    );
    assert.deepEqual(skew, { offsetMs: -1000, roundTripMs: 2000 });
  });
  test('HEAD without a Date header → GET', async () => {
    const { fetch, calls } = fakeFetch(new Response(null), dated('Sun, 29 Nov 2026 10:00:30 GMT'));
    const skew = await fetchClockSkew('/time', { fetch, now: clock(start, start, start, start) });
    assert.deepEqual(
      calls.map((call) => call.method),
      ['HEAD', 'GET'],
    );
    assert.equal(skew.offsetMs, 30_000);
  });
  test('no Date header at all → ClockSkewError no-date-header', async () => {
    const { fetch } = fakeFetch(new Response(null), new Response('x'));
    await assert.rejects(fetchClockSkew('/time', { fetch, now: clock(start, start, start, start) }), {
      name: 'ClockSkewError',
      reason: 'no-date-header',
    });
  });
  test('an unreadable Date header → ClockSkewError unreadable-date-header', async () => {
    const { fetch } = fakeFetch(dated('not a date'), dated('still not a date'));
    await assert.rejects(fetchClockSkew('/time', { fetch, now: clock(start, start, start, start) }), {
      name: 'ClockSkewError',
      reason: 'unreadable-date-header',
    });
  });
  test('both requests failing → ClockSkewError request-failed with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const { fetch } = fakeFetch(new TypeError('fetch failed'), cause);
    await assert.rejects(fetchClockSkew('/time', { fetch, now: clock(start, start) }), (error: unknown) => {
      assert.ok(error instanceof ClockSkewError);
      assert.equal(error.reason, 'request-failed');
      assert.match(error.message, /\/time/);
      assert.equal(error.cause, cause);
      return true;
    });
  });
  test('an abort is passed through, without a GET', async () => {
    const controller = new AbortController();
    controller.abort();
    const { fetch, calls } = fakeFetch(new DOMException('aborted', 'AbortError'));
    await assert.rejects(fetchClockSkew('/time', { fetch, signal: controller.signal }), { name: 'AbortError' });
    assert.equal(calls.length, 1);
  });
});

describe('grid cards', () => {
  test('cellName and parseCellName round-trip on a 10 × 5 card', () => {
    const names: string[] = [];
    for (let row = 0; row < 5; row += 1) {
      for (let col = 0; col < 10; col += 1) {
        const name = cellName(col, row);
        names.push(name);
        assert.deepEqual(parseCellName(name), { col, row });
      }
    }
    assert.equal(names.slice(0, 11).join(' '), 'A1 B1 C1 D1 E1 F1 G1 H1 I1 J1 A2');
    assert.equal(names.at(-1), 'J5');
  });
  test('B3 is { col: 1, row: 2 }', () => {
    assert.equal(cellName(1, 2), 'B3');
    assert.deepEqual(parseCellName('B3'), { col: 1, row: 2 });
    assert.deepEqual(parseCellName(' b3 '), { col: 1, row: 2 });
    assert.deepEqual(parseCellName('J10'), { col: 9, row: 9 });
  });
  test('columns past Z continue as spreadsheets do', () => {
    assert.deepEqual([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters), ['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    for (const col of [25, 26, 701, 702]) assert.deepEqual(parseCellName(cellName(col, 0)), { col, row: 0 });
  });
  test('what is not a cell name → undefined', () => {
    for (const name of ['', 'B', '3', 'B0', 'B03', '3B', 'B-3', 'B 3', 'Ｂ３', 'B3!']) {
      assert.equal(parseCellName(name), undefined, name);
    }
  });
  test('with bounds, cells off the card → undefined', () => {
    assert.deepEqual(parseCellName('J5', { columns: 10, rows: 5 }), { col: 9, row: 4 });
    assert.equal(parseCellName('K1', { columns: 10, rows: 5 }), undefined);
    assert.equal(parseCellName('A6', { columns: 10, rows: 5 }), undefined);
  });
  test('cellName refuses negative and fractional positions', () => {
    assert.throws(() => cellName(-1, 0), RangeError);
    assert.throws(() => cellName(0, 1.5), RangeError);
  });

  test('randomChallenge: three distinct cells on the card, for 500 seeds', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const challenge = randomChallenge({ columns: 10, rows: 5, random: seeded(seed) });
      assert.equal(challenge.length, 3);
      assert.equal(new Set(challenge).size, 3, challenge.join(' '));
      for (const name of challenge) assert.ok(parseCellName(name, { columns: 10, rows: 5 }), name);
    }
  });
  test('randomChallenge is repeatable with a seeded source and varies between seeds', () => {
    const a = randomChallenge({ columns: 10, rows: 5, random: seeded(42) });
    assert.deepEqual(randomChallenge({ columns: 10, rows: 5, random: seeded(42) }), a);
    const others = new Set([1, 2, 3, 4, 5].map((seed) => randomChallenge({ columns: 10, rows: 5, random: seeded(seed) }).join()));
    assert.ok(others.size > 1);
  });
  test('randomChallenge with extreme sources: still distinct', () => {
    assert.deepEqual(randomChallenge({ columns: 10, rows: 5, random: () => 0 }), ['A1', 'B1', 'C1']);
    assert.deepEqual(randomChallenge({ columns: 10, rows: 5, random: () => 0.999999 }), ['J5', 'A1', 'B1']);
    assert.deepEqual(randomChallenge({ columns: 10, rows: 5, random: () => 1 }), ['J5', 'A1', 'B1']);
  });
  test('randomChallenge: count, and a card too small', () => {
    const all = randomChallenge({ columns: 2, rows: 2, count: 4, random: seeded(7) });
    assert.deepEqual([...all].sort(), ['A1', 'A2', 'B1', 'B2']);
    assert.throws(() => randomChallenge({ columns: 2, rows: 1 }), /count \(3\) is more than the 2 cells/);
    assert.throws(() => randomChallenge({ columns: 0, rows: 5 }), RangeError);
  });

  test('sampleGrid: 5 rows of 10 two-character cells of letters and digits', () => {
    const grid = sampleGrid({ random: seeded(1) });
    assert.equal(grid.length, 5);
    for (const row of grid) {
      assert.equal(row.length, 10);
      for (const cell of row) assert.match(cell, /^[A-Za-z0-9]{2}$/);
    }
    assert.deepEqual(sampleGrid({ random: seeded(1) }), grid);
    assert.notDeepEqual(sampleGrid({ random: seeded(2) }), grid);
  });
  test('sampleGrid: upper case, lower case and digits all occur', () => {
    const text = sampleGrid({ columns: 20, rows: 20, random: seeded(3) })
      .flat()
      .join('');
    assert.match(text, /[A-Z]/);
    assert.match(text, /[a-z]/);
    assert.match(text, /[0-9]/);
  });
  test('sampleGrid: the extremes of the random source stay in the alphabet', () => {
    assert.deepEqual(sampleGrid({ columns: 2, rows: 1, random: () => 0 }), [['AA', 'AA']]);
    assert.deepEqual(sampleGrid({ columns: 1, rows: 2, random: () => 1 }), [['99'], ['99']]);
  });

  const card = [
    ['Ab', 'c1', 'D2'],
    ['e3', 'Fg', 'h4'],
    ['I5', 'j6', 'Kl'],
  ];
  test('gridAnswer concatenates the cells in the order asked', () => {
    assert.equal(gridAnswer(card, ['B3', 'A1', 'C2']), 'j6Abh4');
    assert.equal(gridAnswer(card, ['C3', 'C3', 'a2']), 'KlKle3');
    assert.equal(gridAnswer(card, [{ col: 1, row: 1 }, 'A3', { col: 2, row: 0 }]), 'FgI5D2');
  });
  test('gridAnswer of a random challenge on a sample card is 6 characters and checks clean', () => {
    const grid = sampleGrid({ random: seeded(9) });
    const challenge = randomChallenge({ columns: 10, rows: 5, random: seeded(9) });
    const answer = gridAnswer(grid, challenge);
    assert.equal(answer.length, 6);
    assert.deepEqual(checkCode(answer, 'grid').problems, []);
  });
  test('gridAnswer: a cell off the card or a bad name → RangeError', () => {
    assert.throws(() => gridAnswer(card, ['D1']), /Cell "D1" is not on the card/);
    assert.throws(() => gridAnswer(card, ['A4']), RangeError);
    assert.throws(() => gridAnswer(card, ['??']), RangeError);
    assert.throws(() => gridAnswer(card, [{ col: 0, row: 3 }]), /\{ col: 0, row: 3 \}/);
  });
});
