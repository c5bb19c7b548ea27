// The password detector the form and the server share: a corpus of phrases that must be refused
// and phrases that must pass (Japanese, English, Simplified Chinese), checked directly and through
// `validateRequest`, and a check that long input stays fast.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD_LABEL_PATTERN, looksLikePassword } from '../src/request/rules.js';
import { findRequestTemplate, requestPayload, validateRequest, type RequestPayload } from '../src/request/index.js';

type Lang = 'ja' | 'en' | 'zh';

/** Phrases that carry a password: each must be refused. */
const REFUSED: ReadonlyArray<readonly [Lang, string]> = [
  // English, in a sentence
  ['en', 'My password is Hunter2!xyz'],
  ['en', 'my password is hunter2.'],
  ['en', 'The password was Tr0ub4dor&3 before I reset it.'],
  ['en', 'My password should be abc12345'],
  ['en', 'I think my password is probably Summer2024!'],
  ['en', 'I changed my password to Winter2023# last week.'],
  ['en', 'I set the password to qwerty123'],
  ['en', "my password's abc12345"],
  ['en', 'My password is "correcthorse", I think.'],
  ['en', 'PASSWORD IS HUNTER2XYZ'],
  ['en', 'my password hunter2xyz does not work'],
  ['en', 'My password has been changed to Qw3rty!!'],
  ['en', 'my pin is 2580'],
  ['en', 'pass Hunter2xyz'],
  // English, label and value
  ['en', 'Password: hunter2'],
  ['en', 'password = Abc12345'],
  ['en', 'PW: x'],
  ['en', 'pwd: s3cret'],
  ['en', 'Taro pass: abc'],
  ['en', "Password: 'letmein'"],
  ['en', 'password: “p@ss word”'],
  ['en', 'login password: 12345678'],
  ['en', 'PIN: 4321'],
  ['en', 'PIN 0000'],
  ['en', 'pin code 1234'],
  ['en', 'username: taro123, password: taro2019!'],
  ['en', 'ID/PW: taro/abc123'],
  ['en', 'Password (old): Spring2020'],
  ['en', 'New password → Abc!2345'],
  ['en', 'Password is: hunter22'],
  ['en', 'passwd=abc'],
  ['en', 'Passcode: 998877'],
  ['en', 'passphrase: blue-horse-nine'],
  ['en', 'password "hunter"'],
  ['en', 'Password:\nhunter2'],
  ['en', 'ＰＡＳＳＷＯＲＤ：ａｂｃ１２３'],
  ['en', 'ｐｗ＝ｈｕｎｔｅｒ'],
  ['en', '{"password": "abc123"}'],
  ['en', 'I typed my password as Taro1234!'],
  // Japanese
  ['ja', 'パスワードは Hunter2xyz です'],
  ['ja', 'パスワードはabc12345です。'],
  ['ja', 'パスワード：abc123'],
  ['ja', 'パスワード：ｈｕｎｔｅｒ２'],
  ['ja', 'パスワード＝ｘ'],
  ['ja', 'ﾊﾟｽﾜｰﾄﾞ:taro2019'],
  ['ja', '暗証番号：1234'],
  ['ja', '暗証番号は１２３４です'],
  ['ja', '暗証番号1234'],
  ['ja', 'パスコード：777777'],
  ['ja', 'パスワードは「hunter」です'],
  ['ja', 'パスワード『Abc!234』'],
  ['ja', 'パスワードは “letmein” だと思います'],
  ['ja', 'パスワードはたぶん pass1234 です'],
  ['ja', '前のパスワードは hunter です'],
  ['ja', 'パスワードを abc12345 に変更しました'],
  ['ja', 'ログインパスワード（旧）：Spring2020'],
  ['ja', 'PW は abc123 です'],
  ['ja', "パスワード: 'qwerty'"],
  ['ja', 'PINコード：0000'],
  ['ja', 'ユーザー名はtaro123、パスワードはtaro2019!です。'],
  // Simplified Chinese (and one traditional spelling)
  ['zh', '密码是Hunter2xyz'],
  ['zh', '我的密码：abc123'],
  ['zh', '我的密码是“qwerty”'],
  ['zh', '密码为 12345678。'],
  ['zh', '密码：admin'],
  ['zh', '密码是admin'],
  ['zh', '我把密码改成了abc12345'],
  ['zh', '登录密码就是 p@ssw0rd'],
  ['zh', '密碼：Taiwan2024'],
  ['zh', '密码 abc123!'],
  ['zh', '口令：hunter2'],
  ['zh', '密码应该是“abc”吧'],
];

/** Phrases about passwords that give none: each must pass. */
const ALLOWED: ReadonlyArray<readonly [Lang, string]> = [
  // English
  ['en', 'I forgot my password'],
  ['en', 'I reset my password last week'],
  // Decided: saying what the password is made of is not giving it.
  ['en', "my password contains my cat's name"],
  ['en', 'password reset request'],
  ['en', 'the password field is empty'],
  ['en', "Password: I don't know"],
  ['en', "Password: I don't know."],
  ['en', 'pw: unknown'],
  ['en', 'pw: not sure'],
  ['en', 'Password: forgotten.'],
  ['en', 'Password: n/a'],
  ['en', 'password: ****'],
  ['en', 'Password: ?'],
  ['en', 'My password is not working.'],
  ['en', 'My password is the same as before.'],
  ['en', 'my password is correct, but I still cannot log in'],
  ['en', 'My password is 12 characters long.'],
  ['en', "I can't remember my password or my username."],
  ['en', 'Username or password is incorrect.'],
  ['en', 'Invalid password: please try again.'],
  ['en', 'Please send the password reset link to taro@example.com'],
  ['en', 'I changed my password to a longer one.'],
  ['en', 'I forgot the password for taro123'],
  ['en', "I can't pass 2FA/TOTP verification"],
  ['en', "I couldn't pass 2-step verification"],
  ['en', 'bypass: none'],
  ['en', 'compass: north'],
  ['en', 'Password last changed: 2024-05-01'],
  ['en', 'My password expired on 2024/05/01.'],
  ['en', 'PIN: 4 digits'],
  ['en', 'The password must be 8-20 characters'],
  ['en', 'my password is ********'],
  ['en', 'My password is in my password manager.'],
  ['en', 'Password: same as my old e-mail password'],
  ['en', 'The "Password" button does nothing'],
  ['en', 'I tried my password 3 times'],
  ['en', 'password/username both forgotten'],
  ['en', 'Forgot password?'],
  ['en', 'Error: wrong password (1/5)'],
  ['en', 'Password: the same as before'],
  ['en', '{"password": "I don\'t know"}'],
  ['en', 'I entered the same password as taro123'],
  ['en', 'Your password has expired.'],
  ['en', 'The password is case-sensitive'],
  // Japanese
  ['ja', 'パスワードを忘れました'],
  ['ja', 'パスワード再発行申請'],
  ['ja', '「パスワードが違います」と表示されました'],
  ['ja', 'パスワードが違いますと表示されました'],
  ['ja', 'パスワードは覚えていません'],
  ['ja', 'パスワード：不明'],
  ['ja', 'パスワード：わかりません。'],
  ['ja', 'パスワードは8文字以上です'],
  ['ja', 'パスワードは２０１９年に変更しました'],
  ['ja', 'パスワードを３回間違えました'],
  ['ja', 'パスワードはGmailと同じです'],
  ['ja', 'パスワードはブラウザに保存していました'],
  ['ja', '暗証番号は４桁です'],
  ['ja', 'パスワード：＊＊＊＊'],
  ['ja', 'ワンタイムパスワードが届きません'],
  ['ja', 'パスワードをリセットしたい'],
  ['ja', 'パスワード：前と同じ'],
  ['ja', 'パスワードは『忘れた』ままです'],
  ['ja', 'パスワードはChromeに保存されています'],
  ['ja', 'パスワードを忘れました。Password reset please.'],
  ['ja', 'パスワード：８～２０文字の半角英数字'],
  // Simplified Chinese
  ['zh', '我忘记了密码'],
  ['zh', '密码错误'],
  ['zh', '密码：忘记了'],
  ['zh', '密码是8位数'],
  ['zh', '我的密码不对，无法登录'],
  ['zh', '请帮我重置密码。'],
  ['zh', '密码是什么？'],
  ['zh', '密码：不知道'],
  ['zh', '忘了密码怎么办'],
  ['zh', '密码不记得了'],
];

describe('looksLikePassword: the corpus', () => {
  test('the corpus is large enough in every language', () => {
    assert.ok(REFUSED.length >= 50, `refused: ${REFUSED.length}`);
    assert.ok(ALLOWED.length >= 50, `allowed: ${ALLOWED.length}`);
    for (const lang of ['ja', 'en', 'zh'] as const) {
      assert.ok(
        REFUSED.some(([l]) => l === lang),
        `refused ${lang}`,
      );
      assert.ok(
        ALLOWED.some(([l]) => l === lang),
        `allowed ${lang}`,
      );
    }
  });

  for (const [lang, text] of REFUSED) {
    test(`refused (${lang}): ${JSON.stringify(text)}`, () => {
      assert.equal(looksLikePassword(text), true);
    });
  }
  for (const [lang, text] of ALLOWED) {
    test(`allowed (${lang}): ${JSON.stringify(text)}`, () => {
      assert.equal(looksLikePassword(text), false);
    });
  }

  test('a phrase inside a longer text is found; every refused phrase still is once it ends a paragraph', () => {
    for (const [, text] of REFUSED) {
      assert.equal(looksLikePassword(`Hello.\n${text}`), true, text);
    }
    assert.equal(looksLikePassword(`${ALLOWED.map(([, text]) => text).join('\n')}`), false);
  });

  test('PASSWORD_LABEL_PATTERN finds a label and its separator (the value decides)', () => {
    for (const text of ['password: x', 'ＰＷ＝abc'.normalize('NFKC'), 'パスワード：不明'.normalize('NFKC'), '密码:abc']) {
      assert.match(text, PASSWORD_LABEL_PATTERN);
    }
    assert.doesNotMatch('I forgot my password', PASSWORD_LABEL_PATTERN);
  });

  test('not a string, or empty: false', () => {
    assert.equal(looksLikePassword(''), false);
    assert.equal(looksLikePassword(undefined as unknown as string), false);
  });
});

describe('looksLikePassword: linear time', () => {
  const inputs = {
    'labels back to back': 'pw: unknown '.repeat(1700),
    'short labels': 'pin pin pin '.repeat(1700),
    'labels with spaces': 'password password '.repeat(1112),
    'one long token': `password: ${'a1'.repeat(10000)}`,
    'long Japanese text': 'パスワードはパスワードが'.repeat(1700),
    'quotes left open': 'パスワード「'.repeat(3400),
    sentences: 'my password is not working and '.repeat(650),
    'change verbs': 'I changed my password to '.repeat(800),
    'no label at all': 'x'.repeat(20000),
  };
  for (const [name, long] of Object.entries(inputs)) {
    const input = long.slice(0, 20000);
    test(`${name} (${input.length} characters)`, () => {
      assert.equal(input.length, 20000);
      looksLikePassword(input);
      const started = performance.now();
      for (let i = 0; i < 1000; i++) looksLikePassword(input);
      const perCall = (performance.now() - started) / 1000;
      // A linear check takes well under a millisecond here; quadratic work would take seconds.
      assert.ok(perCall < 50, `${perCall.toFixed(2)} ms per call`);
    });
  }
});

describe('looksLikePassword through validateRequest (what the form and the server run)', () => {
  const NOW = Date.parse('2026-05-10T00:00:00Z');
  const template = findRequestTemplate('password-reissue')!;
  /** The request's locale for each corpus language: each phrase is checked in a request of its own language. */
  const LOCALE: Record<Lang, string> = { ja: 'ja', en: 'en', zh: 'zh-CN' };
  const payload = (lang: Lang, other: string): RequestPayload => {
    const base = requestPayload({
      template,
      values: {
        username: 'taro123',
        publicName: 'たろう',
        registeredAt: '2019-04',
        usageDates: '2019-04-01',
        accountCode: 'AB12-CD34',
        registrationNetwork: 'Example Net',
        loginNetworks: 'Example Net',
      },
      unknown: ['userNumber', 'ownerCode'],
      name: '山田太郎',
      email: 'taro@example.com',
      locale: LOCALE[lang],
      idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
    });
    return { ...base, fields: { ...base.fields, other } };
  };
  const problems = (lang: Lang, other: string) => {
    const result = validateRequest(payload(lang, other), { now: NOW });
    return result.ok ? [] : result.errors.map((e) => `${e.field} ${e.code}`);
  };

  test('every refused phrase gets the password-like error on its field', () => {
    for (const [lang, text] of REFUSED) assert.deepEqual(problems(lang, text), ['fields.other password-like'], text);
  });
  test('no allowed phrase gets an error', () => {
    for (const [lang, text] of ALLOWED) assert.deepEqual(problems(lang, text), [], text);
  });
  test('a sentence with a password in the name is refused too', () => {
    const result = validateRequest({ ...payload('en', 'fine'), name: 'Taro Yamada, my password is Hunter2!xyz' }, { now: NOW });
    assert.deepEqual(result.ok ? [] : result.errors.map((e) => `${e.field} ${e.code}`), ['name password-like']);
  });
  test('the message is in the request language', () => {
    const ja = validateRequest(payload('ja', 'パスワードは Hunter2xyz です'), { now: NOW });
    assert.equal(ja.ok ? '' : ja.errors[0]!.message, 'パスワードが書かれているようです。パスワードは必要ありませんので、消してください。');
    const en = validateRequest(payload('en', 'My password is Hunter2!xyz'), { now: NOW });
    assert.equal(en.ok ? '' : en.errors[0]!.message, 'This looks like it contains a password. We never need it: please remove it.');
    const zh = validateRequest(payload('zh', '密码是Hunter2xyz'), { now: NOW });
    assert.equal(zh.ok ? '' : zh.errors[0]!.message, '这里似乎写有密码。我们不需要您的密码，请将其删除。');
  });
});
