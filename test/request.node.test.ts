import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { REQUEST_TEMPLATES } from '../src/flow/constants.js';
import {
  DEFAULT_REQUEST_TEMPLATES,
  findRequestTemplate,
  siteRequestTemplates,
  requestBody,
  requestMailto,
  requestPayload,
  requestTemplateSchema,
  requestTemplatesSchema,
  validateRequest,
  newIdempotencyKey,
  checkRememberedDate,
  looksLikePassword,
  isPlainEmailAddress,
  type RequestError,
  type RequestPayload,
  type RequestTemplate,
  type RequestField,
} from '../src/request/index.js';

const template = (id: string): RequestTemplate => {
  const found = findRequestTemplate(id);
  assert.ok(found, `template ${id}`);
  return found;
};

/** Every localized text of a template, with where it is. */
function texts(t: RequestTemplate): [string, unknown][] {
  // The inquiry type and the seed's subjects are the exact labels of the site's form, one string
  // in its language for every reader (their meanings are checked below); suggested subjects are texts.
  const all: [string, unknown][] = [
    ...(t.subjectSuggested ? [['subject', t.subject] as [string, unknown]] : []),
    ['nameHint', t.nameHint],
    ['emailHint', t.emailHint],
    ...t.cautions.map((c, i): [string, unknown] => [`cautions[${i}]`, c]),
  ];
  if (t.intro !== undefined) all.push(['intro', t.intro]);
  if (t.privacy !== undefined) all.push(['privacy', t.privacy]);
  if (t.requiresOneOf) all.push(['requiresOneOf.message', t.requiresOneOf.message]);
  for (const f of t.fields) {
    all.push([`${f.id}.label`, f.label]);
    if (f.hint !== undefined) all.push([`${f.id}.hint`, f.hint]);
  }
  return all;
}

function fieldOf(t: RequestTemplate, id: string): RequestField {
  const f = t.fields.find((x) => x.id === id);
  assert.ok(f, `${t.id}.${id}`);
  return f;
}

const ja = (text: unknown) => (text as { ja: string }).ja;
const en = (text: unknown) => (text as { en: string }).en;

const IDENTITY_FIELDS = [
  'username',
  'userNumber',
  'publicName',
  'registeredAt',
  'loginOnlyUsername',
  'usageDates',
  'accountCode',
  'ownerCode',
  'inviteKeys',
  'profile',
  'registrationNetwork',
  'loginNetworks',
  'twoFactorMethod',
];

describe('request templates', () => {
  test('the built-in templates are the ones a flow may name, in order', () => {
    assert.deepEqual(
      DEFAULT_REQUEST_TEMPLATES.map((t) => t.id),
      [...REQUEST_TEMPLATES],
    );
    assert.equal(findRequestTemplate('nope'), undefined);
  });

  test('every built-in template passes the template schema', () => {
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      const result = requestTemplateSchema.safeParse(t);
      assert.equal(result.success, true, `${t.id}: ${JSON.stringify(result.error?.issues)}`);
    }
    assert.equal(requestTemplatesSchema.safeParse(DEFAULT_REQUEST_TEMPLATES).success, true);
  });

  test('every text is given in Japanese and in English', () => {
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      for (const [where, text] of texts(t)) {
        assert.equal(typeof text, 'object', `${t.id} ${where} is one string for every language`);
        assert.deepEqual(Object.keys(text as object).sort(), ['en', 'ja'], `${t.id} ${where}`);
        assert.match(ja(text), /[\u3040-\u30ff\u4e00-\u9fff]/, `${t.id} ${where}: Japanese text`);
        assert.ok(en(text).trim().length > 0, `${t.id} ${where}: English text`);
        assert.doesNotMatch(en(text), /[\u3040-\u30ff]/, `${t.id} ${where}: kana in the English text`);
      }
    }
  });

  test("inquiry type and the seed's subjects are the exact labels of the site's form, with their meaning in English", () => {
    const expected: Record<string, [string, string]> = {
      'password-reissue': ['パスワード再発行申請', 'Password reissue request'],
      'login-username-reset': ['ログイン専用ユーザー名の再設定・削除申請', 'Login-only username reset/deletion request'],
      'two-factor-disable': ['認証コードの使用停止手続き', 'Authentication code disable procedure'],
    };
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      assert.equal(t.inquiryType, 'アカウントへのログインに関するお問い合わせ', t.id);
      assert.deepEqual(t.inquiryTypeMeaning, { en: 'Inquiry about logging in to an account' }, t.id);
      if (expected[t.id]) {
        assert.equal(t.subject, expected[t.id]![0], t.id);
        assert.deepEqual(t.subjectMeaning, { en: expected[t.id]![1] }, t.id);
        assert.equal(t.subjectSuggested, undefined, t.id);
      } else {
        // The seed's form has no fixed subject for a username lookup or another problem: an example.
        assert.equal(t.subjectSuggested, true, t.id);
        assert.equal(typeof t.subject, 'object', t.id);
      }
    }
  });

  test("a site profile's contact-form labels replace the seed's, with no meaning invented for them", () => {
    const [reissue, lookup] = ['password-reissue', 'username-lookup'].map(
      (id) => siteRequestTemplates({ contactForm: { inquiryType: 'Login problem', subjects: { 'username-lookup': 'Forgotten username' } } }).find((t) => t.id === id)!,
    );
    assert.equal(reissue!.inquiryType, 'Login problem');
    assert.equal(reissue!.inquiryTypeMeaning, undefined);
    assert.equal(reissue!.subject, 'パスワード再発行申請');
    assert.equal(lookup!.subject, 'Forgotten username');
    assert.equal(lookup!.subjectSuggested, undefined);
  });

  test('no field asks for a password, a PIN or a code to log in', () => {
    const suspicious = /pass\s*word|passwd|passcode|\bpin\b|暗証|パスワード|認証コード|one-time|otp|verification code|authentication code|backup code|2fa code|login code/i;
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      for (const f of t.fields) {
        assert.doesNotMatch(f.id, /password|passwd|pin(?![a-z])|otp|passcode|authCode|totp/i, `${t.id}.${f.id}`);
        assert.doesNotMatch(ja(f.label), suspicious, `${t.id}.${f.id} label (ja)`);
        assert.doesNotMatch(en(f.label), suspicious, `${t.id}.${f.id} label (en)`);
      }
    }
  });

  test('"I don\'t know" is allowed on every identity field (except the username a logged-in form knows)', () => {
    let checked = 0;
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      for (const f of t.fields) {
        if (!IDENTITY_FIELDS.includes(f.id)) continue;
        if (t.requiresUsername && f.id === 'username') {
          assert.equal(f.allowUnknown, false, `${t.id}.username`);
          continue;
        }
        assert.equal(f.allowUnknown, true, `${t.id}.${f.id}`);
        checked++;
      }
    }
    assert.ok(checked > 30, `only ${checked} identity fields`);
  });

  test('no template repeats "never write your password": the form says it once, with every template', () => {
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      assert.ok(!t.cautions.some((c) => /パスワード.*書かないで/.test(ja(c))), `${t.id} (ja)`);
      assert.ok(!t.cautions.some((c) => /never write your password/i.test(en(c))), `${t.id} (en)`);
    }
  });

  test('password-reissue asks for every item of the seed, in order, with its cautions', () => {
    const t = template('password-reissue');
    assert.deepEqual(
      t.fields.map((f) => f.id),
      ['username', 'usernameCandidates', 'userNumber', 'publicName', 'registeredAt', 'loginOnlyUsername', 'usageDates', 'accountCode', 'ownerCode', 'inviteKeys', 'profile', 'registrationNetwork', 'loginNetworks', 'other'],
    );
    const kinds = Object.fromEntries(t.fields.map((f) => [f.id, f.kind]));
    assert.equal(kinds['username'], 'username');
    assert.equal(kinds['usernameCandidates'], 'username-list');
    assert.equal(kinds['registeredAt'], 'date');
    assert.equal(kinds['usageDates'], 'date-list');
    const required = t.fields.filter((f) => f.required).map((f) => f.id);
    assert.deepEqual(required, ['username', 'userNumber', 'publicName', 'registeredAt', 'usageDates', 'accountCode', 'ownerCode', 'registrationNetwork', 'loginNetworks']);
    const cautionsEn = t.cautions.map(en).join('\n');
    assert.match(cautionsEn, /current one stops working/);
    assert.match(cautionsEn, /encrypted with your password/);
    assert.match(cautionsEn, /no one else, administrators included, can access it/);
    assert.match(cautionsEn, /may no longer be able to access that data/);
    // The seed says the data becomes inaccessible; it promises nothing about recovering it.
    assert.doesNotMatch(cautionsEn, /recover|for good/i);
    assert.match(cautionsEn, /can take time/);
    assert.match(cautionsEn, /sent by post.*can’t be used until it arrives/);
    assert.match(cautionsEn, /not always possible/);
    assert.match(cautionsEn, /logged in from before/);
    const cautionsJa = t.cautions.map(ja).join('\n');
    assert.match(cautionsJa, /暗号化/);
    assert.match(cautionsJa, /ご本人以外の人（管理者を含む）に不正にアクセスされない/);
    assert.match(cautionsJa, /そのデータにはアクセスできなくなることがあります/);
    assert.doesNotMatch(cautionsJa, /誰にも|元に戻|二度と/);
    assert.match(cautionsJa, /郵送/);
    assert.match(cautionsJa, /必ずできるとは限りません/);
    assert.match(ja(t.privacy), /パスワードの再設定の手続きにだけ使います/);
    assert.match(ja(t.privacy), /プロファイル情報やログイン履歴/);
    assert.match(en(t.privacy), /used only for the password reset/);
    assert.match(en(t.privacy), /profile information and login history/);
    assert.match(en(fieldOf(t, 'publicName').hint), /even if it's the same as the username/);
  });

  test('only the three procedures of the seed state how personal information is used', () => {
    const withPrivacy = DEFAULT_REQUEST_TEMPLATES.filter((t) => t.privacy !== undefined).map((t) => t.id);
    assert.deepEqual(withPrivacy, ['password-reissue', 'login-username-reset', 'two-factor-disable']);
    assert.match(ja(template('login-username-reset').privacy), /ログイン専用ユーザー名の再設定・削除の手続きにだけ使います/);
    assert.match(ja(template('two-factor-disable').privacy), /認証コードの使用停止の手続きにだけ使います/);
    for (const id of ['username-lookup', 'contact']) {
      const t = template(id);
      assert.equal(t.privacy, undefined, `${id} makes no privacy promise the seed does not make`);
      assert.doesNotMatch(JSON.stringify(t), /個人情報|personal information/i, id);
      assert.equal(requestTemplateSchema.safeParse(t).success, true, `${id} without privacy passes the schema`);
    }
  });

  test('the site\'s own words: プロファイル情報 and 追加認証', () => {
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      assert.doesNotMatch(JSON.stringify(t), /プロフィール/, `${t.id} says プロファイル情報 as the site does`);
    }
    assert.equal(ja(fieldOf(template('password-reissue'), 'profile').label), 'プロファイル情報');
    assert.match(ja(template('username-lookup').requiresOneOf?.message), /プロファイル情報/);
    const method = fieldOf(template('two-factor-disable'), 'twoFactorMethod');
    assert.equal(ja(method.label), '追加認証で登録していた方式');
    assert.equal(en(method.label), 'Method you had registered for additional authentication');
  });

  test('the registration and usage dates ask for a time too, as far as it is known', () => {
    for (const id of ['password-reissue', 'login-username-reset', 'two-factor-disable']) {
      const t = template(id);
      const registered = fieldOf(t, 'registeredAt');
      assert.equal(ja(registered.label), '登録した日時', id);
      assert.equal(en(registered.label), 'Registration date and time', id);
      assert.match(ja(registered.hint), /わかる範囲で/);
      assert.match(ja(registered.hint), /時刻もわかれば.*2019-04-01 14:30/);
      assert.match(en(registered.hint), /a time too if you know it.*2019-04-01 14:30/);
      const usage = fieldOf(t, 'usageDates');
      assert.equal(ja(usage.label), 'アカウントを使った日時', id);
      assert.equal(en(usage.label), 'Dates and times you used the account', id);
      assert.match(ja(usage.hint), /時刻もわかれば/);
      assert.match(en(usage.hint), /a time too if you know it/);
    }
  });

  test('login-username-reset takes the username or guesses, and no login-only username', () => {
    const t = template('login-username-reset');
    const username = t.fields.find((f) => f.id === 'username');
    assert.equal(username?.kind, 'username-list');
    assert.equal(username?.allowUnknown, true);
    assert.match(en(username?.hint), /the ones you think it might be/);
    assert.equal(t.fields.some((f) => f.id === 'loginOnlyUsername'), false);
    assert.ok(t.fields.some((f) => f.id === 'ownerCode'));
  });

  test('two-factor-disable needs the username and asks for the method registered', () => {
    const t = template('two-factor-disable');
    assert.equal(t.requiresUsername, true);
    const method = t.fields.find((f) => f.id === 'twoFactorMethod');
    assert.equal(method?.required, true);
    assert.equal(method?.allowUnknown, true);
    assert.match(ja(t.intro), /パスワードでログイン/);
    assert.match(en(t.intro), /log in with your password/);
  });

  test('username-lookup takes the account code or reachable profile information', () => {
    const t = template('username-lookup');
    assert.deepEqual(t.requiresOneOf?.fields, ['accountCode', 'profile']);
    assert.match(en(fieldOf(t, 'accountCode').hint), /first part/);
    assert.match(en(fieldOf(t, 'ownerCode').hint), /can’t be looked up on its own/);
    assert.ok(t.cautions.some((c) => /settings page/.test(en(c))));
  });

  test('contact asks what happened, never a password or a code', () => {
    const t = template('contact');
    assert.deepEqual(
      t.fields.map((f) => f.id),
      ['errorMessage', 'whatHappened', 'whatWasTyped', 'other'],
    );
    assert.match(en(t.fields[2]!.hint), /never the password or a code/);
  });

  test('the schema rejects a template with repeated field ids or a requiresUsername without username', () => {
    const base = template('contact');
    const repeated = { ...base, fields: [...base.fields, base.fields[0]] };
    assert.equal(requestTemplateSchema.safeParse(repeated).success, false);
    assert.equal(requestTemplateSchema.safeParse({ ...base, requiresUsername: true }).success, false);
    assert.equal(requestTemplateSchema.safeParse({ ...base, fields: [{ ...base.fields[0], id: 'Bad-Id' }] }).success, false);
    assert.equal(requestTemplatesSchema.safeParse([base, base]).success, false);
  });
});


const NOW = Date.parse('2026-05-10T00:00:00Z');
const KEY = '3b241101-e2bb-4255-8caf-4136c566a962';

/** A complete, valid password-reissue request in `locale`. */
function reissue(locale = 'ja', changes: Partial<RequestPayload> = {}, fields: RequestPayload['fields'] = {}): RequestPayload {
  const payload = requestPayload({
    template: template('password-reissue'),
    values: {
      username: 'taro123',
      publicName: 'たろう',
      registeredAt: '2019-04',
      usageDates: '2019-04-01\n2020',
      accountCode: 'AB12-CD34',
      registrationNetwork: 'Example Net',
      loginNetworks: 'Example Net\nmobile',
    },
    unknown: ['userNumber', 'ownerCode'],
    name: '山田太郎',
    email: 'taro@example.com',
    locale,
    idempotencyKey: KEY,
  });
  return { ...payload, ...changes, fields: { ...payload.fields, ...fields } };
}

function errorsOf(input: unknown, options: Parameters<typeof validateRequest>[1] = {}): RequestError[] {
  const result = validateRequest(input, { now: NOW, ...options });
  assert.equal(result.ok, false, 'expected the payload to be rejected');
  return result.ok ? [] : result.errors;
}

const summary = (errors: RequestError[]) => errors.map((e) => `${e.field} ${e.code}`);

describe('requestPayload', () => {
  test('builds the payload with the inquiry type and subject in the locale', () => {
    const payload = reissue('ja');
    assert.deepEqual(payload, {
      template: 'password-reissue',
      inquiryType: 'アカウントへのログインに関するお問い合わせ',
      subject: 'パスワード再発行申請',
      locale: 'ja',
      idempotencyKey: KEY,
      name: '山田太郎',
      email: 'taro@example.com',
      fields: {
        username: 'taro123',
        userNumber: { unknown: true },
        publicName: 'たろう',
        registeredAt: '2019-04',
        usageDates: '2019-04-01\n2020',
        accountCode: 'AB12-CD34',
        ownerCode: { unknown: true },
        registrationNetwork: 'Example Net',
        loginNetworks: 'Example Net\nmobile',
      },
    });
    const english = reissue('en-GB');
    // The exact labels of the site's form, whatever language the request is written in.
    assert.equal(english.inquiryType, 'アカウントへのログインに関するお問い合わせ');
    assert.equal(english.subject, 'パスワード再発行申請');
    assert.equal(validateRequest(payload, { now: NOW }).ok, true);
    assert.equal(validateRequest(english, { now: NOW }).ok, true);
  });

  test('trims values, normalizes lists, drops empty and foreign fields, ignores "unknown" where not allowed', () => {
    const payload = requestPayload({
      template: template('contact'),
      values: { whatHappened: '  It\r\nfailed  ', errorMessage: '   ', other: 'x', stray: 'y' },
      unknown: ['other', 'whatWasTyped'],
      name: ' Taro ',
      email: ' taro@example.com ',
      locale: 'en',
    });
    assert.deepEqual(payload.fields, { whatHappened: 'It\nfailed', other: 'x' });
    assert.equal(payload.name, 'Taro');
    assert.equal(payload.email, 'taro@example.com');
    assert.match(payload.idempotencyKey, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const list = requestPayload({
      template: template('password-reissue'),
      values: { usageDates: ' 2019 \n\n 2020-01 \r\n' },
      name: 'a',
      email: 'a@example.com',
      locale: 'en',
    });
    assert.equal(list.fields['usageDates'], '2019\n2020-01');
  });

  test('newIdempotencyKey gives a new UUID each time', () => {
    const a = newIdempotencyKey();
    assert.match(a, /^[0-9a-f-]{36}$/);
    assert.notEqual(a, newIdempotencyKey());
  });
});

describe('requestBody', () => {
  const contact = template('contact');
  const small = (locale: string) =>
    requestPayload({
      template: contact,
      values: { errorMessage: 'システムエラーが発生しました', whatHappened: 'Pressed log in.\nNothing else.' },
      name: 'Taro',
      email: 'taro@example.com',
      locale,
      idempotencyKey: KEY,
    });

  test('Japanese', () => {
    assert.equal(
      requestBody(small('ja'), contact),
      [
        'お問い合わせの種類：アカウントへのログインに関するお問い合わせ',
        '件名：ログインできない問題についてのお問い合わせ',
        '名前：Taro',
        'メールアドレス：taro@example.com',
        '',
        '表示されたエラーメッセージ：システムエラーが発生しました',
        '何が起きたか：',
        '  Pressed log in.',
        '  Nothing else.',
        '',
        'この申請にパスワードは含まれていません。',
      ].join('\n'),
    );
  });

  test('English', () => {
    assert.equal(
      requestBody(small('en'), contact),
      [
        'Inquiry type: アカウントへのログインに関するお問い合わせ',
        'Subject: Login problem inquiry',
        'Name: Taro',
        'E-mail address: taro@example.com',
        '',
        'Error message shown: システムエラーが発生しました',
        'What happened:',
        '  Pressed log in.',
        '  Nothing else.',
        '',
        'This request contains no password.',
      ].join('\n'),
    );
  });

  test('writes "I don\'t know" out and follows the template order', () => {
    const t = template('password-reissue');
    const ja = requestBody(reissue('ja'), t);
    assert.match(ja, /\nユーザーNo\.：わからない\n/);
    assert.match(ja, /\nアカウント所有者コード：わからない\n/);
    assert.match(ja, /\nアカウントを使った日時：\n {2}2019-04-01\n {2}2020\n/);
    assert.ok(ja.indexOf('ユーザー名：') < ja.indexOf('ユーザーNo.') && ja.indexOf('ユーザーNo.') < ja.indexOf('公開名'));
    const en = requestBody(reissue('en'), t);
    assert.match(en, /\nUser No\.: Don't know\n/);
    assert.match(en, /\nAccount owner code: Don't know\n/);
    assert.doesNotMatch(en, /Login-only username/);
  });
});

describe('requestMailto', () => {
  const t = template('password-reissue');

  test('encodes subject and body as RFC 6068 asks, and decodes back to the body', () => {
    for (const locale of ['ja', 'en']) {
      const payload = reissue(locale);
      const url = requestMailto('support@example.com', payload, t);
      const match = /^mailto:support@example\.com\?subject=([^&]*)&body=([^&]*)$/.exec(url);
      assert.ok(match, url);
      assert.doesNotMatch(url, /[ \n+]/);
      assert.equal(decodeURIComponent(match[1]!), payload.subject);
      const body = decodeURIComponent(match[2]!);
      assert.equal(body, requestBody(payload, t).replace(/\n/g, '\r\n'));
      assert.equal(body.replace(/\r\n/g, '\n'), requestBody(payload, t));
    }
    const url = requestMailto('support@example.com', reissue('en'), t);
    assert.ok(url.includes(`subject=${encodeURIComponent('パスワード再発行申請')}&`));
    assert.ok(url.includes('%0D%0A'));
  });

  test('refuses anything but one plain address', () => {
    for (const address of [
      '',
      'support',
      'a@example.com,b@example.com',
      'a@example.com;b@example.com',
      'Support <a@example.com>',
      'a@example.com?cc=b@example.com',
      'a@example.com&bcc=b@example.com',
      'a b@example.com',
      'a%40b@example.com',
      'javascript:alert(1)',
      'a@example.com\r\nBcc: b@example.com',
    ]) {
      assert.throws(() => requestMailto(address, reissue('en'), t), TypeError, JSON.stringify(address));
    }
    assert.equal(isPlainEmailAddress('first.last+tag@sub.example.co.jp'), true);
  });
});

describe('validateRequest', () => {
  const cases: [string, () => unknown, string[], Parameters<typeof validateRequest>[1]?][] = [
    ['a complete request', () => reissue(), []],
    ['"I don\'t know" on identity fields', () => reissue('ja', {}, { accountCode: { unknown: true }, publicName: { unknown: true } }), []],
    ['an e-mail without a domain', () => reissue('ja', { email: 'taro@example' }), ['email email']],
    ['a full-width e-mail', () => reissue('ja', { email: 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ' }), ['email email']],
    ['no e-mail', () => reissue('ja', { email: ' ' }), ['email required']],
    ['no name', () => reissue('ja', { name: '' }), ['name required']],
    ['a full-width username', () => reissue('ja', {}, { username: 'ｔａｒｏ１２３' }), ['fields.username username-full-width']],
    ['a username with a space', () => reissue('ja', {}, { username: 'taro 123' }), ['fields.username username-spaces']],
    ['an e-mail as username', () => reissue('ja', {}, { username: 'taro@example.com' }), ['fields.username username-email']],
    ['a 21-character username', () => reissue('ja', {}, { username: 'a'.repeat(21) }), ['fields.username username-too-long']],
    ['a username with _', () => reissue('ja', {}, { username: 'taro_1' }), ['fields.username username-characters']],
    ['upper case is fine (not case-sensitive)', () => reissue('ja', {}, { username: 'TaroABC' }), []],
    ['a bad candidate in a list', () => reissue('ja', {}, { usernameCandidates: 'taro\nｈａｎａ' }), ['fields.usernameCandidates username-full-width']],
    ['a year in the future', () => reissue('ja', {}, { registeredAt: '2027' }), ['fields.registeredAt date-future']],
    ['tomorrow', () => reissue('ja', {}, { registeredAt: '2026-05-11' }), ['fields.registeredAt date-future']],
    ['today, this month, this year', () => reissue('ja', {}, { registeredAt: '2026-05-10', usageDates: '2026-05\n2026' }), []],
    ['a future line in a date list', () => reissue('ja', {}, { usageDates: '2019-04\n2030-01' }), ['fields.usageDates date-future']],
    ['a date with slashes', () => reissue('ja', {}, { registeredAt: '2019/4/1' }), ['fields.registeredAt date-format']],
    ['30 February', () => reissue('ja', {}, { registeredAt: '2019-02-30' }), ['fields.registeredAt date-format']],
    ['a required field left out', () => reissue('ja', {}, { username: '' }), ['fields.username required']],
    ['"I don\'t know" where it is not an answer', () => reissue('ja', {}, { other: { unknown: true } }), ['fields.other unknown-not-allowed']],
    ['"password: …" in a field', () => reissue('ja', {}, { profile: 'password: hunter2' }), ['fields.profile password-like']],
    ['「パスワード：…」 in a field', () => reissue('ja', {}, { other: 'パスワード：abc123' }), ['fields.other password-like']],
    ['full-width ＰＷ＝ in a field', () => reissue('ja', {}, { other: 'ＰＷ＝abc' }), ['fields.other password-like']],
    ['a password label in the name', () => reissue('ja', { name: 'Taro pass: abc' }), ['name password-like']],
    ['saying the password was forgotten is fine', () => reissue('ja', {}, { other: 'パスワードを忘れました。Password reset please.' }), []],
    ['an unknown field id', () => reissue('ja', {}, { favouriteColour: 'blue' }), ['fields.favouriteColour unknown-field']],
    ['a field id that is no identifier', () => reissue('ja', {}, { 'bad id': 'x' }), ['fields.bad id unknown-field']],
    ['a textarea too long', () => reissue('ja', {}, { other: 'x'.repeat(2001) }), ['fields.other too-long']],
    ['an unknown template', () => reissue('ja', { template: 'nope' }), ['template unknown-template']],
    ['a subject that is not the template\'s', () => reissue('ja', { subject: 'Help' }), ['subject mismatch']],
    ['an extra key', () => ({ ...reissue(), extra: 1 }), ['extra unknown-key']],
    ['a number as a field value', () => reissue('ja', {}, { other: 5 as unknown as string }), ['fields.other invalid-type']],
    ['no idempotency key', () => ({ ...reissue(), idempotencyKey: undefined }), ['idempotencyKey required']],
    ['null', () => null, [' invalid-type']],
    ['a string', () => 'request', [' invalid-type']],
  ];
  for (const [name, input, expected, options] of cases) {
    test(name, () => {
      const result = validateRequest(input(), { now: NOW, ...options });
      assert.deepEqual(result.ok ? [] : summary(result.errors), expected);
    });
  }

  test('messages in the payload\'s language, with the half-width suggestion', () => {
    const [jaError] = errorsOf(reissue('ja', {}, { username: 'ｔａｒｏ１２３' }));
    assert.deepEqual(jaError, {
      field: 'fields.username',
      code: 'username-full-width',
      message: '全角の文字が含まれています。ユーザー名は半角英数字です。「taro123」ではありませんか？',
      suggestion: 'taro123',
    });
    const [enError] = errorsOf(reissue('en', {}, { username: 'ｔａｒｏ１２３' }));
    assert.equal(enError!.message, 'This contains full-width characters; a username is half-width letters and digits. Did you mean “taro123”?');
    const [forced] = errorsOf(reissue('en', {}, { username: 'ｔａｒｏ１２３' }), { lang: 'ja' });
    assert.match(forced!.message, /全角/);
  });

  test('suggestions for e-mail and dates; line numbers in lists', () => {
    assert.equal(errorsOf(reissue('ja', { email: 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ' }))[0]!.suggestion, 'taro@example.com');
    assert.equal(errorsOf(reissue('ja', {}, { registeredAt: '２０１９年４月' }))[0]!.suggestion, '2019-04');
    const [future] = errorsOf(reissue('ja', {}, { usageDates: '2019-04\n2030-01' }));
    assert.equal(future!.message, '2行目：「2030-01」は未来の日付です。');
    const [enFuture] = errorsOf(reissue('en', {}, { registeredAt: '2027' }));
    assert.equal(enFuture!.message, '“2027” is in the future.');
    const [required] = errorsOf(reissue('en', {}, { username: '' }));
    assert.equal(required!.message, "Fill this in, or choose “I don't know”.");
    const [password] = errorsOf(reissue('ja', {}, { other: 'password=abc' }));
    assert.equal(password!.message, 'パスワードが書かれているようです。パスワードは必要ありませんので、消してください。');
  });

  test('two-factor-disable needs a known username and explains how to get it', () => {
    const t = template('two-factor-disable');
    const build = (username: string | undefined, unknown: string[] = []) =>
      requestPayload({
        template: t,
        values: {
          ...(username !== undefined ? { username } : {}),
          registeredAt: '2019',
          usageDates: '2020',
          accountCode: 'X1',
          ownerCode: 'Y2',
          registrationNetwork: 'net',
          loginNetworks: 'net',
          twoFactorMethod: 'TOTP app',
        },
        unknown,
        name: 'Taro',
        email: 'taro@example.com',
        locale: 'en',
        idempotencyKey: KEY,
      });
    assert.equal(validateRequest(build('taro123'), { now: NOW }).ok, true);
    const missing = errorsOf(build(undefined));
    assert.deepEqual(summary(missing), ['fields.username username-required']);
    assert.match(missing[0]!.message, /Log in with your password first/);
    const unknown = { ...build('taro123'), fields: { ...build('taro123').fields, username: { unknown: true as const } } };
    assert.deepEqual(summary(errorsOf(unknown)), ['fields.username username-required']);
  });

  test('username-lookup needs the account code or profile information; the owner code alone is not enough', () => {
    const t = template('username-lookup');
    const build = (values: Record<string, string>, unknown: string[]) =>
      requestPayload({ template: t, values, unknown, name: 'Taro', email: 'taro@example.com', locale: 'ja', idempotencyKey: KEY });
    assert.equal(validateRequest(build({ accountCode: 'AB12' }, ['profile']), { now: NOW }).ok, true);
    assert.equal(validateRequest(build({ profile: 'mail: x' }, ['accountCode']), { now: NOW }).ok, true);
    const errors = errorsOf(build({ ownerCode: 'ZZ99' }, ['accountCode', 'profile']));
    assert.deepEqual(summary(errors), ['fields.accountCode requires-one-of']);
    assert.match(errors[0]!.message, /アカウント所有者コードだけでは照会できません/);
  });

  test('never throws', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); } });
    for (const input of [undefined, 42, [], hostile, { fields: null }]) {
      const result = validateRequest(input);
      assert.equal(result.ok, false);
    }
  });
});

describe('request rules', () => {
  test('remembered dates', () => {
    assert.deepEqual(checkRememberedDate('2019', NOW), { ok: true, precision: 'year' });
    assert.deepEqual(checkRememberedDate('2019-04', NOW), { ok: true, precision: 'month' });
    assert.deepEqual(checkRememberedDate('2019-04-31', NOW), { ok: false, problem: 'format' });
    assert.deepEqual(checkRememberedDate('2024-02-29', NOW), { ok: true, precision: 'day' });
    assert.deepEqual(checkRememberedDate('2019.4', NOW), { ok: false, problem: 'format', suggestion: '2019-04' });
    assert.deepEqual(checkRememberedDate('2026-06', NOW), { ok: false, problem: 'future' });
  });
  test('password labels', () => {
    for (const text of ['password: x', 'Password = x', 'PW:x', 'pwd: x', 'パスワード : x', '暗証番号：1234', 'ﾊﾟｽﾜｰﾄﾞ:x']) {
      assert.equal(looksLikePassword(text), true, text);
    }
    for (const text of ['I forgot my password', 'パスワードを忘れた', 'bypass: none', 'compass: north']) {
      assert.equal(looksLikePassword(text), false, text);
    }
  });
});
