/**
 * Remembered dates and times (the `date` and `date-list` fields: 「登録した日時（わかる範囲で）」,
 * 「アカウントを使った日時（わかる範囲ですべて）」): a date as precise as remembered, and a time
 * after a full date when it is known. Checked by `checkRememberedDate` and, with messages in
 * Japanese and English, by `validateRequest`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRememberedDate, findRequestTemplate, requestPayload, validateRequest, type RequestError } from '../src/request/index.js';

/** 2026-05-10 00:00 UTC: 2026-05-10 14:00 has begun somewhere on earth (UTC+14), 14:01 has not. */
const NOW = Date.parse('2026-05-10T00:00:00Z');

describe('checkRememberedDate: times', () => {
  const accepted: [string, 'year' | 'month' | 'day' | 'minute' | 'second'][] = [
    ['2019', 'year'],
    ['2019-04', 'month'],
    ['2019-04-01', 'day'],
    ['2019-04-01 14:30', 'minute'],
    ['2019-04-01T14:30', 'minute'],
    ['2019-04-01 9:05', 'minute'],
    ['2019-04-01 00:00', 'minute'],
    ['2019-04-01 23:59', 'minute'],
    ['2019-04-01 14:30:15', 'second'],
    ['2019-04-01T14:30:15', 'second'],
    ['  2019-04-01 14:30  ', 'minute'],
    ['2024-02-29 12:00', 'minute'],
    ['2026-05-10 14:00', 'minute'],
  ];
  for (const [text, precision] of accepted) {
    test(`accepts ${JSON.stringify(text)}`, () => {
      assert.deepEqual(checkRememberedDate(text, NOW), { ok: true, precision });
    });
  }

  const suggested: [string, string][] = [
    ['2019/4/1 14:30', '2019-04-01 14:30'],
    ['2019/4/1', '2019-04-01'],
    ['２０１９－０４－０１　１４：３０', '2019-04-01 14:30'],
    ['２０１９/４/１ １４：３０', '2019-04-01 14:30'],
    ['2019年4月1日 14時30分', '2019-04-01 14:30'],
    ['2019年4月1日14時', '2019-04-01 14:00'],
    ['2019年4月1日 午後2時半頃', '2019-04-01 14:30'],
    ['2019年4月1日 午前0時5分', '2019-04-01 00:05'],
    ['2019-04-01 2:30 pm', '2019-04-01 14:30'],
    ['2019-04-01 12:10 AM', '2019-04-01 00:10'],
    ['2019.4.1 9:05', '2019-04-01 09:05'],
    ['2019-04-01t14:30', '2019-04-01 14:30'],
  ];
  for (const [text, suggestion] of suggested) {
    test(`suggests ${JSON.stringify(suggestion)} for ${JSON.stringify(text)}`, () => {
      assert.deepEqual(checkRememberedDate(text, NOW), { ok: false, problem: 'format', suggestion });
    });
  }

  const refused: [string, { problem: string; suggestion?: string }][] = [
    // A time needs the day: the date alone is suggested when it is one.
    ['2019-04 14:30', { problem: 'time-without-date', suggestion: '2019-04' }],
    ['2019 14:30', { problem: 'time-without-date', suggestion: '2019' }],
    ['2019-04T14:30', { problem: 'time-without-date', suggestion: '2019-04' }],
    ['２０１９年４月 １４時', { problem: 'time-without-date', suggestion: '2019-04' }],
    ['14:30', { problem: 'time-without-date' }],
    ['午後2時', { problem: 'time-without-date' }],
    // A time that does not exist.
    ['2019-04-01 25:00', { problem: 'time-invalid' }],
    ['2019-04-01 24:00', { problem: 'time-invalid' }],
    ['2019-04-01 14:60', { problem: 'time-invalid' }],
    ['2019-04-01 14:30:60', { problem: 'time-invalid' }],
    ['2019/4/1 25:00', { problem: 'time-invalid' }],
    ['2019年4月1日 午後13時', { problem: 'time-invalid' }],
    // Not a date.
    ['2019-02-30 14:00', { problem: 'format' }],
    ['2019-04-01 14', { problem: 'format' }],
    ['yesterday 14:30', { problem: 'format' }],
    // The future, with a time as without.
    ['2026-05-10 14:01', { problem: 'future' }],
    ['2026-05-11 00:00', { problem: 'future' }],
    ['2026-05-11', { problem: 'future' }],
  ];
  for (const [text, expected] of refused) {
    test(`refuses ${JSON.stringify(text)} (${expected.problem})`, () => {
      assert.deepEqual(checkRememberedDate(text, NOW), { ok: false, ...expected });
    });
  }

  test('a long line (a date list holds up to 1000 characters) is answered at once', () => {
    const started = performance.now();
    for (const text of ['2019' + ' '.repeat(990) + 'x', '2019-01-01' + ' \t'.repeat(490) + '午後', 'a' + ' '.repeat(997) + '1:']) {
      assert.deepEqual(checkRememberedDate(text, NOW), { ok: false, problem: 'format' });
    }
    assert.ok(performance.now() - started < 50, `${performance.now() - started} ms`);
  });

  test('every suggestion it makes is itself accepted', () => {
    for (const [text] of [...suggested, ...refused]) {
      const check = checkRememberedDate(text, NOW);
      if (!check.ok && check.suggestion !== undefined) assert.equal(checkRememberedDate(check.suggestion, NOW).ok, true, text);
    }
  });
});

describe('validateRequest: dates with times', () => {
  const template = findRequestTemplate('password-reissue')!;
  const payload = (locale: string, fields: Record<string, string>) => {
    const built = requestPayload({
      template,
      values: {
        username: 'taro123',
        publicName: 'たろう',
        registeredAt: '2019-04',
        usageDates: '2020',
        registrationNetwork: 'Example Net',
        loginNetworks: 'Example Net',
        ...fields,
      },
      unknown: ['userNumber', 'accountCode', 'ownerCode'],
      name: 'Taro',
      email: 'taro@example.com',
      locale,
      idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
    });
    return built;
  };
  const errors = (locale: string, fields: Record<string, string>): RequestError[] => {
    const result = validateRequest(payload(locale, fields), { now: NOW });
    return result.ok ? [] : result.errors;
  };

  test('accepts a time after a full date, in both fields and both languages', () => {
    for (const locale of ['ja', 'en', 'zh-CN']) {
      assert.deepEqual(
        errors(locale, { registeredAt: '2019-04-01 14:30', usageDates: '2019-04-01T09:05\n2020-01\n2021-03-04 23:59:59' }),
        [],
        locale,
      );
    }
  });

  test('suggests the written form of a loosely typed date and time', () => {
    const [ja] = errors('ja', { registeredAt: '2019/4/1 14:30' });
    assert.deepEqual(ja, {
      field: 'fields.registeredAt',
      code: 'date-format',
      message:
        '日付は 2019-04-01、2019-04、2019 のように、時刻も書く場合は 2019-04-01 14:30 のように書いてください（「2019-04-01 14:30」ではありませんか？）。',
      suggestion: '2019-04-01 14:30',
    });
    const [en] = errors('en', { registeredAt: '２０１９－０４－０１　１４：３０' });
    assert.deepEqual(en, {
      field: 'fields.registeredAt',
      code: 'date-format',
      message:
        'Write a date like 2019-04-01, 2019-04 or 2019, or a date and time like 2019-04-01 14:30 (did you mean “2019-04-01 14:30”?).',
      suggestion: '2019-04-01 14:30',
    });
    const [zh] = errors('zh-CN', { registeredAt: '2019年4月1日 14:30' });
    assert.deepEqual(zh, {
      field: 'fields.registeredAt',
      code: 'date-format',
      message:
        '日期请按 2019-04-01、2019-04、2019 的格式填写；如需同时填写时间，请按 2019-04-01 14:30 的格式填写（您是否要填写“2019-04-01 14:30”？）。',
      suggestion: '2019-04-01 14:30',
    });
  });

  test('a time without a full date: a clear error, with the date alone as the suggestion', () => {
    const [ja] = errors('ja', { registeredAt: '2019-04 14:30' });
    assert.deepEqual(ja, {
      field: 'fields.registeredAt',
      code: 'time-without-date',
      message:
        '時刻を書く場合は、年月日もすべて書いてください（例：2019-04-01 14:30）。日がわからない場合は、時刻は書かずに「2019-04」とだけ書いてください。',
      suggestion: '2019-04',
    });
    const [en] = errors('en', { registeredAt: '14:30' });
    assert.deepEqual(en, {
      field: 'fields.registeredAt',
      code: 'time-without-date',
      message:
        "A time needs the full date before it (such as 2019-04-01 14:30). If you don't know the day, leave the time out and write just the year, or the year and month.",
    });
    const [zh] = errors('zh-CN', { registeredAt: '2019-04 14:30' });
    assert.deepEqual(zh, {
      field: 'fields.registeredAt',
      code: 'time-without-date',
      message: '填写时间时，请同时写出完整的年月日（例：2019-04-01 14:30）。如果不知道具体是哪一天，请不要填写时间，只填写“2019-04”。',
      suggestion: '2019-04',
    });
    const [zhNoSuggestion] = errors('zh-Hans', { registeredAt: '14:30' });
    assert.equal(
      zhNoSuggestion!.message,
      '填写时间时，请同时写出完整的年月日（例：2019-04-01 14:30）。如果不知道具体是哪一天，请不要填写时间，只在您所知道的范围内填写年份或年月。',
    );
  });

  test('a time that does not exist: a clear error', () => {
    const [ja] = errors('ja', { registeredAt: '2019-04-01 25:00' });
    assert.deepEqual(ja, {
      field: 'fields.registeredAt',
      code: 'time-invalid',
      message: '「2019-04-01 25:00」の時刻は正しくありません。時刻は 0:00〜23:59 の24時間表記で、14:30 のように書いてください。',
    });
    const [en] = errors('en', { usageDates: '2019-04-01 14:60' });
    assert.equal(en!.code, 'time-invalid');
    assert.equal(en!.message, 'The time in “2019-04-01 14:60” does not exist: use the 24-hour clock, from 0:00 to 23:59, such as 14:30.');
    const [zh] = errors('zh-CN', { registeredAt: '2019-04-01 25:00' });
    assert.equal(zh!.code, 'time-invalid');
    assert.equal(zh!.message, '“2019-04-01 25:00”中的时间不正确。时间请使用 24 小时制（0:00 至 23:59），按 14:30 的格式填写。');
  });

  test('a future date and time is refused like a future date', () => {
    const [ja] = errors('ja', { registeredAt: '2026-05-11 09:00' });
    assert.deepEqual(ja, { field: 'fields.registeredAt', code: 'date-future', message: '「2026-05-11 09:00」は未来の日時です。' });
    const [en] = errors('en', { registeredAt: '2026-05-11 09:00' });
    assert.equal(en!.message, '“2026-05-11 09:00” is in the future.');
    const [line] = errors('ja', { usageDates: '2019-04-01 14:30\n2030-01-01 10:00' });
    assert.deepEqual(line, { field: 'fields.usageDates', code: 'date-future', message: '2行目：「2030-01-01 10:00」は未来の日時です。' });
    const [zh] = errors('zh-SG', { registeredAt: '2026-05-11 09:00' });
    assert.equal(zh!.message, '“2026-05-11 09:00”是未来的日期和时间。');
    const [zhLine] = errors('zh-CN', { usageDates: '2019-04-01\n2030-01' });
    assert.deepEqual(zhLine, { field: 'fields.usageDates', code: 'date-future', message: '第2行：“2030-01”是未来的日期。' });
  });

  test('a bad line of a list names its line and carries no suggestion for the whole field', () => {
    const [line] = errors('en', { usageDates: '2019-04-01 14:30\n2019-04 08:00' });
    assert.equal(line!.code, 'time-without-date');
    assert.match(line!.message, /^Line 2: A time needs the full date/);
    assert.equal(line!.suggestion, undefined);
  });
});
