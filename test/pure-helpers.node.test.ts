import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { diagnoseUsername, toHalfWidth } from '../src/username/diagnose.js';
import { formatTimeLeft, formatRetryTime, parseInstant, timeLeft } from '../src/flow/countdown.js';
import { isAllowedLink, isExternalLink, linkScheme } from '../src/flow/links.js';
import { resolveText, textIn } from '../src/flow/text.js';
import { closestMatch } from '../src/flow/suggest.js';
import { tabKeyTarget } from '../src/elements/shared/tab-keys.js';

describe('diagnoseUsername', () => {
  const cases: [string, string[], string | undefined][] = [
    ['taro123', [], undefined],
    ['ｔａｒｏ１２３', ['full-width'], 'taro123'],
    ['taro 123', ['spaces'], 'taro123'],
    [' taro123　', ['full-width', 'spaces'], 'taro123'],
    ['taro@example.com', ['email'], undefined],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ', ['email', 'full-width'], undefined],
    ['abcdefghijklmnopqrstu', ['too-long'], undefined],
    ['abcdefghijklmnopqrst', [], undefined],
    ['たろう', ['other-characters'], undefined],
    ['taro_123', ['other-characters'], undefined],
    ['', [], undefined],
  ];
  for (const [input, findings, suggestion] of cases) {
    test(JSON.stringify(input), () => {
      const result = diagnoseUsername(input);
      assert.deepEqual(result.findings, findings);
      assert.equal(result.suggestion, suggestion);
    });
  }
  test('21 characters report their length', () => {
    assert.equal(diagnoseUsername('a'.repeat(21)).length, 21);
  });
  test('toHalfWidth converts full-width ASCII and the ideographic space only', () => {
    assert.equal(toHalfWidth('ＡＢｃ１！　かな'), 'ABc1! かな');
  });
});

describe('countdown', () => {
  const now = Date.parse('2026-11-29T10:00:00Z');
  test('time left rounds up to whole seconds and stops at zero', () => {
    assert.deepEqual(timeLeft(now + 3_725_400, now), { totalSeconds: 3726, hours: 1, minutes: 2, seconds: 6 });
    assert.equal(timeLeft(now - 5000, now).totalSeconds, 0);
  });
  test('words in English and Japanese', () => {
    assert.equal(formatTimeLeft(timeLeft(now + 3_726_000, now), 'en'), '1 hour 2 minutes 6 seconds');
    assert.equal(formatTimeLeft(timeLeft(now + 3_726_000, now), 'ja'), '1 時間2 分6 秒');
    assert.equal(formatTimeLeft(timeLeft(now + 59_000, now), 'en'), '59 seconds');
    assert.equal(formatTimeLeft(timeLeft(now + 60_000, now), 'en'), '1 minute');
    assert.equal(formatTimeLeft(timeLeft(now, now), 'en'), '0 seconds');
  });
  test('words in Simplified Chinese (zh, zh-CN, zh-Hans), joined without spaces; other locales through Intl', () => {
    for (const locale of ['zh-Hans', 'zh-CN', 'zh']) {
      assert.equal(formatTimeLeft(timeLeft(now + 3_726_000, now), locale), '1小时2分钟6秒钟', locale);
      assert.equal(formatTimeLeft(timeLeft(now + 60_000, now), locale), '1分钟', locale);
    }
    assert.equal(formatTimeLeft(timeLeft(now + 3_726_000, now), 'ja-JP'), '1 時間2 分6 秒');
    assert.equal(formatTimeLeft(timeLeft(now + 3_726_000, now), 'en-GB'), '1 hour 2 minutes 6 seconds');
    assert.match(formatTimeLeft(timeLeft(now + 3_726_000, now), 'fr'), /^1\sheure\s2\sminutes\s6\ssecondes$/);
  });
  test('clock time of the end, with the date when not today', () => {
    assert.equal(formatRetryTime(now + 3_600_000, now, 'en-GB', 'UTC'), '11:00');
    assert.equal(formatRetryTime(now + 86_400_000, now, 'en-GB', 'UTC'), '30 Nov 2026, 10:00');
  });
  test('parses ISO times and epoch milliseconds', () => {
    assert.equal(parseInstant('2026-11-29T10:00:00Z'), now);
    assert.equal(parseInstant(String(now)), now);
    assert.equal(parseInstant(now), now);
    assert.equal(parseInstant('soon'), undefined);
    assert.equal(parseInstant(''), undefined);
  });
});

describe('links', () => {
  test('schemes', () => {
    assert.equal(linkScheme('HTTPS://x'), 'https');
    assert.equal(linkScheme(' \tjava\nscript:x'), 'javascript');
    assert.equal(linkScheme('/a:b'), '');
    assert.equal(isAllowedLink('mailto:a@b.c'), true);
    assert.equal(isAllowedLink('data:text/html,x'), false);
  });
  test('external links', () => {
    assert.equal(isExternalLink('/contact', 'https://site.example/login'), false);
    assert.equal(isExternalLink('https://site.example/help', 'https://site.example/login'), false);
    assert.equal(isExternalLink('https://other.example/', 'https://site.example/login'), true);
    assert.equal(isExternalLink('//other.example/x', 'https://site.example/login'), true);
    assert.equal(isExternalLink('mailto:a@b.c', 'https://site.example/'), true);
  });
});

describe('textIn', () => {
  test('gives the text of the language itself or of the same language and script, never another, nor an object property', () => {
    const meaning = { en: 'Password reissue request', 'zh-Hans': '密码重新发放申请' };
    assert.equal(textIn(meaning, 'en-GB'), 'Password reissue request');
    assert.equal(textIn(meaning, 'zh-CN'), '密码重新发放申请');
    assert.equal(textIn(meaning, 'zh-TW'), undefined);
    assert.equal(textIn(meaning, 'ja'), undefined);
    assert.equal(textIn(meaning, 'constructor'), undefined);
    assert.equal(textIn('plain', 'en'), undefined);
  });
});

describe('resolveText and closestMatch', () => {
  test('language fallback', () => {
    const text = { ja: 'こんにちは', en: 'Hello' };
    assert.equal(resolveText(text, 'ja-JP'), 'こんにちは');
    assert.equal(resolveText(text, 'fr'), 'Hello');
    assert.equal(resolveText({ ja: 'だけ' }, 'en'), 'だけ');
    assert.equal(resolveText('plain', 'ja'), 'plain');
  });
  test('suggests close ids only', () => {
    assert.equal(closestMatch('forgot-pw', ['forgot-password', 'forgot-username']), undefined);
    assert.equal(closestMatch('forgot-pasword', ['forgot-password', 'forgot-username']), 'forgot-password');
    assert.equal(closestMatch('zzz', ['locked']), undefined);
  });
});

describe('tabKeyTarget (the ARIA tabs pattern of the explainer and the studio)', () => {
  test('arrow keys move one tab and wrap around; Home and End go to the ends', () => {
    assert.equal(tabKeyTarget('ArrowRight', 0, 3), 1);
    assert.equal(tabKeyTarget('ArrowRight', 2, 3), 0);
    assert.equal(tabKeyTarget('ArrowLeft', 1, 3), 0);
    assert.equal(tabKeyTarget('ArrowLeft', 0, 3), 2);
    assert.equal(tabKeyTarget('Home', 2, 3), 0);
    assert.equal(tabKeyTarget('End', 0, 3), 2);
  });

  test('any other key moves nothing (-1): the caller leaves the event alone', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Tab', 'Enter', ' ', 'a']) assert.equal(tabKeyTarget(key, 1, 3), -1, key);
  });

  test('two tabs: either arrow goes to the other one', () => {
    assert.equal(tabKeyTarget('ArrowRight', 1, 2), 0);
    assert.equal(tabKeyTarget('ArrowLeft', 1, 2), 0);
    assert.equal(tabKeyTarget('ArrowLeft', 0, 2), 1);
  });
});
