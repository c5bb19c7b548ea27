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
import { REQUEST_TEMPLATE_SOURCES } from '../src/request/templates.js';
import { REQUEST_MESSAGES, messageLanguage, onLine, requestText, type RequestMessageLanguage } from '../src/request/messages.js';
import { BODY_WORDS } from '../src/request/body.js';
import { PREFILL_WORDS, prefill } from '../src/request/prefill.js';
import { LANGUAGES, type Catalogues } from '../src/localize/languages.js';
import { DEFAULT_USERNAME_RULE } from '../src/username/diagnose.js';

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
const zh = (text: unknown) => (text as { 'zh-Hans': string })['zh-Hans'];

/** Kana: Japanese, never in a Chinese text. */
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;
/** Japanese forms of characters that Simplified Chinese writes otherwise (証 证, 録 录, 設 设 …). */
const JAPANESE_KANJI = /[証録設請確認変発報済時間読郵場問題験戻続帳號憶]/;
/** Words the glossary (docs/translating.md) does not use for its terms: 帐号/账户 (账号), 认证码 (验证码), 口令 (密码) … */
const OFF_GLOSSARY = /帐|账户|认证码|口令|配置文件|个人档案|重置|重新发行|联络表单|联系表格|邀请键|供应商/;

/** The `{{…}}` placeholders and section tags of a text, in order. */
const placeholders = (text: string) => text.match(/\{\{[^}]*\}\}/g) ?? [];

/** Every per-language text in `value` (an object with a `ja` string), with where it is. */
function localized(value: unknown, where: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) value.forEach((item, i) => localized(item, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['ja'] === 'string') out.push([where, record]);
    else for (const [key, item] of Object.entries(record)) localized(item, `${where}.${key}`, out);
  }
  return out;
}

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

  test('every text is given in every library language (Japanese, English, Simplified Chinese)', () => {
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      for (const [where, text] of texts(t)) {
        assert.equal(typeof text, 'object', `${t.id} ${where} is one string for every language`);
        assert.deepEqual(Object.keys(text as object).sort(), [...LANGUAGES].sort(), `${t.id} ${where}`);
        assert.match(ja(text), /[\u3040-\u30ff\u4e00-\u9fff]/, `${t.id} ${where}: Japanese text`);
        assert.ok(en(text).trim().length > 0, `${t.id} ${where}: English text`);
        assert.doesNotMatch(en(text), /[\u3040-\u30ff]/, `${t.id} ${where}: kana in the English text`);
        assert.match(zh(text), /[\u4e00-\u9fff]/, `${t.id} ${where}: Chinese text`);
        assert.doesNotMatch(zh(text), KANA, `${t.id} ${where}: kana in the Chinese text`);
        assert.doesNotMatch(zh(text), JAPANESE_KANJI, `${t.id} ${where}: a Japanese character form in the Chinese text`);
        assert.notEqual(zh(text), ja(text), `${t.id} ${where}: the Chinese text is the Japanese one`);
      }
    }
  });

  test('the template sources: every text has every language, and Chinese keeps the placeholders and sections of the Japanese', () => {
    let checked = 0;
    for (const source of REQUEST_TEMPLATE_SOURCES) {
      for (const [where, text] of localized(source, source.id)) {
        assert.deepEqual(
          Object.keys(text)
            .filter((key) => key !== 'when')
            .sort(),
          [...LANGUAGES].sort(),
          where,
        );
        assert.deepEqual(placeholders(zh(text)), placeholders(ja(text)), `${where}: placeholders`);
        checked++;
      }
    }
    assert.ok(checked > 100, `only ${checked} texts`);
  });

  test('Chinese text follows the glossary and uses full-width punctuation', () => {
    const all = [
      ...DEFAULT_REQUEST_TEMPLATES.flatMap((t) => texts(t).map(([where, text]): [string, string] => [`${t.id} ${where}`, zh(text)])),
    ];
    for (const [where, text] of all) {
      assert.doesNotMatch(text, OFF_GLOSSARY, where);
      // Running text: no ASCII comma, colon, semicolon or parenthesis between Chinese characters.
      assert.doesNotMatch(text, /[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]/, where);
      assert.doesNotMatch(text, /[\u4e00-\u9fff]\.(\s|$)/, `${where}: an ASCII full stop`);
    }
    const joined = all.map(([, text]) => text).join('\n');
    for (const term of [
      '用户名',
      '登录专用用户名',
      '密码',
      '验证码',
      '账号专属代码',
      '账号所有者代码',
      '邀请码',
      '个人资料信息',
      '网络服务商或线路',
      '身份核实',
      '客服人员',
      '邮寄',
      '加密',
      '不知道',
      '用户编号',
      '公开名称',
      '真实姓名',
      '附加验证',
      '联系表单',
      '查询',
    ]) {
      assert.ok(joined.includes(term), `the glossary's ${term}`);
    }
    const reissue = template('password-reissue');
    assert.equal(zh(fieldOf(reissue, 'profile').label), '个人资料信息');
    assert.equal(zh(fieldOf(reissue, 'userNumber').label), '用户编号');
    assert.equal(zh(fieldOf(reissue, 'loginOnlyUsername').label), '登录专用用户名');
    assert.equal(zh(fieldOf(template('two-factor-disable'), 'twoFactorMethod').label), '附加验证中登记的方式');
    assert.equal(zh(template('username-lookup').subject), '用户名查询申请');
    assert.equal(zh(template('contact').subject), '关于无法登录问题的咨询');
  });

  test("inquiry type and the seed's subjects are the exact labels of the site's form, with their meaning in English", () => {
    const expected: Record<string, [string, string, string]> = {
      'password-reissue': ['パスワード再発行申請', 'Password reissue request', '密码重新发放申请'],
      'login-username-reset': [
        'ログイン専用ユーザー名の再設定・削除申請',
        'Login-only username reset/deletion request',
        '登录专用用户名的重新设置/删除申请',
      ],
      'two-factor-disable': ['認証コードの使用停止手続き', 'Authentication code disable procedure', '验证码停用手续'],
    };
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      assert.equal(t.inquiryType, 'アカウントへのログインに関するお問い合わせ', t.id);
      assert.deepEqual(t.inquiryTypeMeaning, { en: 'Inquiry about logging in to an account', 'zh-Hans': '关于账号登录的咨询' }, t.id);
      if (expected[t.id]) {
        assert.equal(t.subject, expected[t.id]![0], t.id);
        assert.deepEqual(t.subjectMeaning, { en: expected[t.id]![1], 'zh-Hans': expected[t.id]![2] }, t.id);
        assert.equal(t.subjectSuggested, undefined, t.id);
      } else {
        // The seed's form has no fixed subject for a username lookup or another problem: an example.
        assert.equal(t.subjectSuggested, true, t.id);
        assert.equal(typeof t.subject, 'object', t.id);
      }
    }
  });

  test("a site profile's contact-form labels replace the seed's, with no meaning invented for them", () => {
    const [reissue, lookup] = ['password-reissue', 'username-lookup'].map((id) =>
      siteRequestTemplates({ contactForm: { inquiryType: 'Login problem', subjects: { 'username-lookup': 'Forgotten username' } } }).find(
        (t) => t.id === id,
      )!,
    );
    assert.equal(reissue!.inquiryType, 'Login problem');
    assert.equal(reissue!.inquiryTypeMeaning, undefined);
    assert.equal(reissue!.subject, 'パスワード再発行申請');
    assert.equal(lookup!.subject, 'Forgotten username');
    assert.equal(lookup!.subjectSuggested, undefined);
  });

  test('no field asks for a password, a PIN or a code to log in', () => {
    const suspicious =
      /pass\s*word|passwd|passcode|\bpin\b|暗証|パスワード|認証コード|one-time|otp|verification code|authentication code|backup code|2fa code|login code/i;
    for (const t of DEFAULT_REQUEST_TEMPLATES) {
      for (const f of t.fields) {
        assert.doesNotMatch(f.id, /password|passwd|pin(?![a-z])|otp|passcode|authCode|totp/i, `${t.id}.${f.id}`);
        assert.doesNotMatch(ja(f.label), suspicious, `${t.id}.${f.id} label (ja)`);
        assert.doesNotMatch(en(f.label), suspicious, `${t.id}.${f.id} label (en)`);
        assert.doesNotMatch(zh(f.label), /密码|密碼|口令|验证码|动态码|PIN/i, `${t.id}.${f.id} label (zh-Hans)`);
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
      assert.ok(!t.cautions.some((c) => /(不要|请勿|切勿).*(写|填).*密码/.test(zh(c))), `${t.id} (zh-Hans)`);
    }
  });

  test('password-reissue asks for every item of the seed, in order, with its cautions', () => {
    const t = template('password-reissue');
    assert.deepEqual(
      t.fields.map((f) => f.id),
      [
        'username',
        'usernameCandidates',
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
        'other',
      ],
    );
    const kinds = Object.fromEntries(t.fields.map((f) => [f.id, f.kind]));
    assert.equal(kinds['username'], 'username');
    assert.equal(kinds['usernameCandidates'], 'username-list');
    assert.equal(kinds['registeredAt'], 'date');
    assert.equal(kinds['usageDates'], 'date-list');
    const required = t.fields.filter((f) => f.required).map((f) => f.id);
    assert.deepEqual(required, [
      'username',
      'userNumber',
      'publicName',
      'registeredAt',
      'usageDates',
      'accountCode',
      'ownerCode',
      'registrationNetwork',
      'loginNetworks',
    ]);
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
    const cautionsZh = t.cautions.map(zh).join('\n');
    assert.match(cautionsZh, /当前的密码将无法再使用/);
    assert.match(cautionsZh, /本人以外的人（包括管理员）未经授权访问/);
    assert.match(cautionsZh, /使用密码进行了加密/);
    assert.match(cautionsZh, /您可能无法再访问这些数据/);
    // Like the Japanese: the data becomes inaccessible, with no promise about anyone recovering it.
    assert.doesNotMatch(cautionsZh, /任何人|永远|恢复/);
    assert.match(cautionsZh, /邮寄/);
    assert.match(cautionsZh, /不一定能够办理/);
    assert.match(cautionsZh, /以前登录时使用过的线路/);
    assert.match(zh(t.privacy), /仅用于办理密码重新设置的手续/);
    assert.match(zh(t.privacy), /个人资料信息、登录记录/);
    assert.match(zh(fieldOf(t, 'publicName').hint), /即使与用户名相同/);
  });

  test('only the three procedures of the seed state how personal information is used', () => {
    const withPrivacy = DEFAULT_REQUEST_TEMPLATES.filter((t) => t.privacy !== undefined).map((t) => t.id);
    assert.deepEqual(withPrivacy, ['password-reissue', 'login-username-reset', 'two-factor-disable']);
    assert.match(ja(template('login-username-reset').privacy), /ログイン専用ユーザー名の再設定・削除の手続きにだけ使います/);
    assert.match(ja(template('two-factor-disable').privacy), /認証コードの使用停止の手続きにだけ使います/);
    assert.match(zh(template('login-username-reset').privacy), /仅用于办理登录专用用户名重新设置或删除的手续/);
    assert.match(zh(template('two-factor-disable').privacy), /仅用于办理停用验证码的手续/);
    for (const id of ['username-lookup', 'contact']) {
      const t = template(id);
      assert.equal(t.privacy, undefined, `${id} makes no privacy promise the seed does not make`);
      assert.doesNotMatch(JSON.stringify(t), /個人情報|personal information|个人信息/i, id);
      assert.equal(requestTemplateSchema.safeParse(t).success, true, `${id} without privacy passes the schema`);
    }
  });

  test("the site's own words: プロファイル情報 and 追加認証", () => {
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
      assert.equal(zh(registered.label), '注册的日期和时间', id);
      assert.match(zh(registered.hint), /如果还知道时间.*2019-04-01 14:30/);
      assert.equal(zh(usage.label), '使用账号的日期和时间', id);
      assert.match(zh(usage.hint), /如果还知道时间/);
    }
  });

  test('login-username-reset takes the username or guesses, and no login-only username', () => {
    const t = template('login-username-reset');
    const username = t.fields.find((f) => f.id === 'username');
    assert.equal(username?.kind, 'username-list');
    assert.equal(username?.allowUnknown, true);
    assert.match(en(username?.hint), /the ones you think it might be/);
    assert.equal(
      t.fields.some((f) => f.id === 'loginOnlyUsername'),
      false,
    );
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
    assert.match(zh(t.intro), /请先用密码登录/);
    assert.match(zh(fieldOf(t, 'username').hint), /页面右上角显示的用户名/);
  });

  test('username-lookup takes the account code or reachable profile information', () => {
    const t = template('username-lookup');
    assert.deepEqual(t.requiresOneOf?.fields, ['accountCode', 'profile']);
    assert.match(en(fieldOf(t, 'accountCode').hint), /first part/);
    assert.match(en(fieldOf(t, 'ownerCode').hint), /can’t be looked up on its own/);
    assert.ok(t.cautions.some((c) => /settings page/.test(en(c))));
    assert.ok(t.cautions.some((c) => /设置页面/.test(zh(c))));
    assert.match(zh(t.requiresOneOf?.message), /仅凭账号所有者代码无法查询/);
  });

  test('Chinese sections follow the site profile as the Japanese do', () => {
    const [codeOnly] = siteRequestTemplates({ identity: ['accountCode'] }).filter((t) => t.id === 'username-lookup');
    assert.equal(
      zh(codeOnly!.intro),
      '如果忘记了用户名，通常无法查询。不过，如果您记得账号专属代码，则有可能确认。之后，客服人员会向您说明详细的手续（客服人员也可能直接为您重新发放）。',
    );
    const [neither] = siteRequestTemplates({ identity: ['registeredAt'] }).filter((t) => t.id === 'username-lookup');
    assert.match(zh(neither!.intro), /^如果忘记了用户名，通常无法查询。不过，如果您写下记得的有关账号的信息/);
    const caseSensitive = siteRequestTemplates({ username: { caseSensitive: true } }).find((t) => t.id === 'password-reissue')!;
    assert.match(zh(fieldOf(caseSensitive, 'username').hint), /（区分大写和小写）$/);
    assert.match(zh(fieldOf(template('password-reissue'), 'username').hint), /（不区分大写和小写）$/);
    const noPost = siteRequestTemplates({ postalDelivery: false }).find((t) => t.id === 'password-reissue')!;
    assert.ok(noPost.cautions.some((c) => zh(c) === '重新设置可能需要一些时间。'));
  });

  test('contact asks what happened, never a password or a code', () => {
    const t = template('contact');
    assert.deepEqual(
      t.fields.map((f) => f.id),
      ['errorMessage', 'whatHappened', 'whatWasTyped', 'other'],
    );
    assert.match(en(t.fields[2]!.hint), /never the password or a code/);
    assert.match(zh(t.fields[2]!.hint), /密码和验证码除外/);
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
    const chinese = reissue('zh-CN');
    assert.equal(chinese.inquiryType, 'アカウントへのログインに関するお問い合わせ');
    assert.equal(chinese.subject, 'パスワード再発行申請');
    assert.equal(validateRequest(chinese, { now: NOW }).ok, true);
    const contact = requestPayload({
      template: template('contact'),
      values: { whatHappened: '无法登录' },
      name: '王小明',
      email: 'wang@example.com',
      locale: 'zh-CN',
      idempotencyKey: KEY,
    });
    // A suggested subject is written in the request's language, and accepted in it.
    assert.equal(contact.subject, '关于无法登录问题的咨询');
    assert.equal(validateRequest(contact, { now: NOW }).ok, true);
    assert.deepEqual(summary(errorsOf({ ...contact, subject: 'Login problem inquiry' })), ['subject mismatch']);
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

  test('Simplified Chinese, for any Chinese tag written in simplified characters', () => {
    const expected = [
      '咨询类型：アカウントへのログインに関するお問い合わせ',
      '主题：关于无法登录问题的咨询',
      '姓名：Taro',
      '电子邮件地址：taro@example.com',
      '',
      '显示的错误信息：システムエラーが発生しました',
      '发生了什么：',
      '  Pressed log in.',
      '  Nothing else.',
      '',
      '此申请中不包含密码。',
    ].join('\n');
    for (const locale of ['zh-CN', 'zh', 'zh-Hans', 'zh-SG']) assert.equal(requestBody(small(locale), contact), expected, locale);
    // Traditional Chinese is not a library language: English.
    assert.match(requestBody(small('zh-TW'), contact), /^Inquiry type: /);
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
    const zhBody = requestBody(reissue('zh-CN'), t);
    assert.match(zhBody, /\n用户编号：不知道\n/);
    assert.match(zhBody, /\n账号所有者代码：不知道\n/);
    assert.match(zhBody, /\n使用账号的日期和时间：\n {2}2019-04-01\n {2}2020\n/);
    assert.ok(zhBody.indexOf('用户名：') < zhBody.indexOf('用户编号') && zhBody.indexOf('用户编号') < zhBody.indexOf('公开名称'));
  });
});

describe('requestMailto', () => {
  const t = template('password-reissue');

  test('encodes subject and body as RFC 6068 asks, and decodes back to the body', () => {
    for (const locale of ['ja', 'en', 'zh-CN']) {
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
    [
      'a bad candidate in a list',
      () => reissue('ja', {}, { usernameCandidates: 'taro\nｈａｎａ' }),
      ['fields.usernameCandidates username-full-width'],
    ],
    ['a year in the future', () => reissue('ja', {}, { registeredAt: '2027' }), ['fields.registeredAt date-future']],
    ['tomorrow', () => reissue('ja', {}, { registeredAt: '2026-05-11' }), ['fields.registeredAt date-future']],
    ['today, this month, this year', () => reissue('ja', {}, { registeredAt: '2026-05-10', usageDates: '2026-05\n2026' }), []],
    ['a future line in a date list', () => reissue('ja', {}, { usageDates: '2019-04\n2030-01' }), ['fields.usageDates date-future']],
    ['a date with slashes', () => reissue('ja', {}, { registeredAt: '2019/4/1' }), ['fields.registeredAt date-format']],
    ['30 February', () => reissue('ja', {}, { registeredAt: '2019-02-30' }), ['fields.registeredAt date-format']],
    ['a required field left out', () => reissue('ja', {}, { username: '' }), ['fields.username required']],
    [
      '"I don\'t know" where it is not an answer',
      () => reissue('ja', {}, { other: { unknown: true } }),
      ['fields.other unknown-not-allowed'],
    ],
    ['"password: …" in a field', () => reissue('ja', {}, { profile: 'password: hunter2' }), ['fields.profile password-like']],
    ['「パスワード：…」 in a field', () => reissue('ja', {}, { other: 'パスワード：abc123' }), ['fields.other password-like']],
    ['full-width ＰＷ＝ in a field', () => reissue('ja', {}, { other: 'ＰＷ＝abc' }), ['fields.other password-like']],
    ['a password label in the name', () => reissue('ja', { name: 'Taro pass: abc' }), ['name password-like']],
    ['saying the password was forgotten is fine', () => reissue('ja', {}, { other: 'パスワードを忘れました。Password reset please.' }), []],
    ['an unknown field id', () => reissue('ja', {}, { favouriteColour: 'blue' }), ['fields.favouriteColour unknown-field']],
    ['a field id that is no identifier', () => reissue('ja', {}, { 'bad id': 'x' }), ['fields.bad id unknown-field']],
    ['a textarea too long', () => reissue('ja', {}, { other: 'x'.repeat(2001) }), ['fields.other too-long']],
    ['an unknown template', () => reissue('ja', { template: 'nope' }), ['template unknown-template']],
    ["a subject that is not the template's", () => reissue('ja', { subject: 'Help' }), ['subject mismatch']],
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

  test("messages in the payload's language, with the half-width suggestion", () => {
    const [jaError] = errorsOf(reissue('ja', {}, { username: 'ｔａｒｏ１２３' }));
    assert.deepEqual(jaError, {
      field: 'fields.username',
      code: 'username-full-width',
      message: '全角の文字が含まれています。ユーザー名は半角英数字です。「taro123」ではありませんか？',
      suggestion: 'taro123',
    });
    const [enError] = errorsOf(reissue('en', {}, { username: 'ｔａｒｏ１２３' }));
    assert.equal(
      enError!.message,
      'This contains full-width characters; a username is half-width letters and digits. Did you mean “taro123”?',
    );
    const [forced] = errorsOf(reissue('en', {}, { username: 'ｔａｒｏ１２３' }), { lang: 'ja' });
    assert.match(forced!.message, /全角/);
    const [zhError] = errorsOf(reissue('zh-CN', {}, { username: 'ｔａｒｏ１２３' }));
    assert.deepEqual(zhError, {
      field: 'fields.username',
      code: 'username-full-width',
      message: '其中含有全角字符。用户名由半角英文字母和数字组成。您是否要填写“taro123”？',
      suggestion: 'taro123',
    });
    const [forcedZh] = errorsOf(reissue('ja', {}, { username: 'ｔａｒｏ１２３' }), { lang: 'zh-SG' });
    assert.match(forcedZh!.message, /^其中含有全角字符/);
  });

  test('a Chinese-tagged request gets every message in Simplified Chinese', () => {
    const zhOf = (input: unknown, options: Parameters<typeof validateRequest>[1] = {}) =>
      errorsOf(input, options).map((e) => `${e.field} ${e.code} ${e.message}`);
    assert.deepEqual(
      zhOf(
        reissue(
          'zh-CN',
          { email: 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ', name: '' },
          { username: 'taro 123', usageDates: '2019-04\n2030-01', other: { unknown: true } },
        ),
      ),
      [
        'name required 请填写此项。',
        'email email 这不是电子邮件地址的格式（例：taro@example.com）。您是否要填写“taro@example.com”？',
        'fields.username username-spaces 其中含有空格。您是否要填写“taro123”？',
        'fields.usageDates date-future 第2行：“2030-01”是未来的日期。',
        'fields.other unknown-not-allowed 此项不能选择“不知道”，请填写。',
      ],
    );
    assert.deepEqual(
      zhOf(reissue('zh-CN', {}, { username: '', registeredAt: '2019/4/1', profile: '密码是Hunter2xyz', other: 'x'.repeat(2001) })),
      [
        'fields.username required 请填写，或选择“不知道”。',
        'fields.registeredAt date-format 日期请按 2019-04-01、2019-04、2019 的格式填写；如需同时填写时间，请按 2019-04-01 14:30 的格式填写（您是否要填写“2019-04-01”？）。',
        'fields.profile password-like 这里似乎写有密码。我们不需要您的密码，请将其删除。',
        'fields.other too-long 内容过长（最多 2000 个字符，当前为 2001 个字符）。',
      ],
    );
    assert.deepEqual(zhOf(reissue('zh-Hans', {}, { username: 'taro@example.com' })), [
      'fields.username username-email 电子邮件地址不是用户名。请填写注册时设定的用户名（最多20个字符的半角英文字母和数字）。',
    ]);
    assert.deepEqual(zhOf(reissue('zh', {}, { username: 'taro_1', usernameCandidates: 'a'.repeat(21) })), [
      'fields.username username-characters 用户名只能使用半角英文字母和数字。',
      'fields.usernameCandidates username-too-long 用户名最多 20 个字符（当前为 21 个字符）。',
    ]);
    assert.deepEqual(zhOf(reissue('zh-CN', { template: 'nope' })), [
      'template unknown-template 没有申请模板 `nope`（已有：password-reissue、login-username-reset、two-factor-disable、username-lookup、contact）',
    ]);
    assert.deepEqual(zhOf(reissue('zh-CN', { subject: 'Help' })), ['subject mismatch 此申请中应为“パスワード再発行申請”。']);
    assert.deepEqual(zhOf(reissue('zh-CN', {}, { favouriteColour: 'blue' })), [
      'fields.favouriteColour unknown-field 申请 `password-reissue` 中没有项目 `favouriteColour`',
    ]);
    assert.deepEqual(zhOf({ ...reissue('zh-CN'), extra: 1 }), ['extra unknown-key 未知的项目 `extra`']);
    assert.deepEqual(zhOf(reissue('zh-CN', {}, { other: 5 as unknown as string })), [
      'fields.other invalid-type 值的类型不正确（需要字符串或 { "unknown": true }）',
    ]);
    assert.deepEqual(zhOf({ ...reissue('zh-CN'), name: 5 }), ['name invalid-type 值的类型不正确（需要字符串）']);
    // The template's own text, in Chinese.
    const lookup = requestPayload({
      template: template('username-lookup'),
      values: { ownerCode: 'ZZ99' },
      unknown: ['accountCode', 'profile'],
      name: '王小明',
      email: 'wang@example.com',
      locale: 'zh-CN',
      idempotencyKey: KEY,
    });
    assert.deepEqual(zhOf(lookup), [
      'fields.accountCode requires-one-of 如果既没有账号专属代码，也没有现在仍能联系到您的个人资料信息，则无法查询用户名（仅凭账号所有者代码无法查询）。',
    ]);
    const twoFactor = requestPayload({
      template: template('two-factor-disable'),
      values: {},
      unknown: ['username'],
      name: '王小明',
      email: 'wang@example.com',
      locale: 'zh-CN',
      idempotencyKey: KEY,
    });
    assert.match(zhOf(twoFactor)[0]!, /^fields\.username username-required 此申请需要用户名。请先用密码登录（无需输入验证码）/);
  });

  test('the request language: Japanese and Simplified Chinese tags, English for anything else', () => {
    const cases: [string | undefined, RequestMessageLanguage][] = [
      ['ja', 'ja'],
      ['ja-JP', 'ja'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-Hans', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'],
      ['zh-TW', 'en'],
      ['zh-Hant', 'en'],
      ['en-GB', 'en'],
      ['fr', 'en'],
      ['', 'en'],
      [undefined, 'en'],
      ['not a tag!', 'en'],
    ];
    for (const [tag, expected] of cases) assert.equal(messageLanguage(tag), expected, String(tag));
    const [traditional] = errorsOf(reissue('zh-TW', {}, { username: '' }));
    assert.equal(traditional!.message, "Fill this in, or choose “I don't know”.");
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
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    for (const input of [undefined, 42, [], hostile, { fields: null }]) {
      const result = validateRequest(input);
      assert.equal(result.ok, false);
    }
  });
});

describe('the catalogues of src/request', () => {
  /** Every message of a language, built with sample values. */
  const allMessages = (lang: RequestMessageLanguage): string[] => [
    requestText.invalidType(lang, 'string'),
    requestText.invalidType(lang, 'field-value'),
    requestText.invalidFormat(lang),
    requestText.unknownKey(lang, 'k'),
    requestText.unknownTemplate(lang, 'x', ['a', 'b']),
    requestText.mismatch(lang, 'X'),
    requestText.required(lang, true),
    requestText.required(lang, false),
    requestText.unknownNotAllowed(lang),
    requestText.unknownField(lang, 'f', 't'),
    requestText.tooLong(lang, 10, 11),
    requestText.email(lang),
    requestText.email(lang, 'a@example.com'),
    requestText.usernameEmail(lang),
    requestText.usernameFullWidth(lang, 'abc'),
    requestText.usernameSpaces(lang, 'abc'),
    requestText.usernameCharacters(lang),
    requestText.usernameCharacters(lang, { ...DEFAULT_USERNAME_RULE, characters: 'alphanumeric-symbols' }),
    requestText.usernameTooLong(lang, 21),
    requestText.usernameRequired(lang),
    requestText.dateFormat(lang),
    requestText.dateFormat(lang, '2019-04'),
    requestText.dateFuture(lang, '2030'),
    requestText.dateFuture(lang, '2030-01-01 10:00', true),
    requestText.timeWithoutDate(lang),
    requestText.timeWithoutDate(lang, '2019-04'),
    requestText.timeInvalid(lang, '25:00'),
    requestText.passwordLike(lang),
    requestText.idempotencyKeyMissing(lang),
    requestText.idempotencyKeyMismatch(lang),
    requestText.invalid(lang),
    onLine(lang, 2, 'm'),
  ];

  test('every language has the same entries', () => {
    for (const catalogues of [REQUEST_MESSAGES, BODY_WORDS, PREFILL_WORDS] as Catalogues<object>[]) {
      assert.deepEqual(Object.keys(catalogues).sort(), [...LANGUAGES].sort());
      for (const language of LANGUAGES)
        assert.deepEqual(Object.keys(catalogues[language]).sort(), Object.keys(catalogues.en).sort(), language);
    }
    for (const language of LANGUAGES)
      assert.deepEqual(Object.keys(PREFILL_WORDS[language].errors).sort(), Object.keys(PREFILL_WORDS.en.errors).sort(), language);
  });

  test('the Chinese messages are Chinese: no kana, no Japanese character forms, none the same as the Japanese or English', () => {
    const zhMessages = allMessages('zh-Hans');
    const jaMessages = allMessages('ja');
    const enMessages = allMessages('en');
    zhMessages.forEach((message, i) => {
      assert.match(message, /[\u4e00-\u9fff]/, message);
      assert.doesNotMatch(message, KANA, message);
      assert.doesNotMatch(message, JAPANESE_KANJI, message);
      assert.doesNotMatch(message, OFF_GLOSSARY, message);
      assert.notEqual(message, jaMessages[i], message);
      assert.notEqual(message, enMessages[i], message);
    });
    assert.equal(new Set(zhMessages).size, zhMessages.length, 'two situations share one message');
    const body = BODY_WORDS['zh-Hans'];
    const words = PREFILL_WORDS['zh-Hans'];
    for (const text of [...Object.values(body), ...Object.values(words.errors), words.typed('x'), words.path('x')]) {
      assert.doesNotMatch(text, KANA, text);
      assert.doesNotMatch(text, JAPANESE_KANJI, text);
      assert.doesNotMatch(text, OFF_GLOSSARY, text);
    }
  });
});

describe('prefill', () => {
  const context = { error: 'invalid-credentials', username: 'taro123', titles: ['A', 'B'] };

  test('answers from the guide, in the request language', () => {
    assert.deepEqual(prefill(template('contact'), context, 'zh-CN'), {
      whatWasTyped: '在用户名栏中输入的内容：taro123',
      errorMessage: '显示了“用户名或密码错误。如果没有输错，则是由于其他原因无法登录”',
      whatHappened: '在登录帮助中依次进行了以下步骤：A › B',
    });
    assert.deepEqual(prefill(template('contact'), context, 'ja-JP'), {
      whatWasTyped: 'ユーザー名欄に入力したもの：taro123',
      errorMessage: '「ユーザー名またはパスワードが違います。誤りのない場合は、その他の理由でログインできません」と表示された',
      whatHappened: 'ログインのヘルプで次の順に進みました：A › B',
    });
    assert.deepEqual(prefill(template('contact'), context, 'fr'), {
      whatWasTyped: 'Typed in the username field: taro123',
      errorMessage: '“Username or password is incorrect. If there is no mistake, you cannot log in for another reason.” was shown',
      whatHappened: 'Steps followed in the login help: A › B',
    });
    assert.deepEqual(prefill(template('password-reissue'), context, 'zh-Hans'), {
      username: 'taro123',
      other: '在登录帮助中依次进行了以下步骤：A › B',
    });
    assert.deepEqual(prefill(template('login-username-reset'), { username: 'taro' }, 'zh'), { username: 'taro' });
  });

  test('every login error has its words in every language; unknown codes add nothing', () => {
    for (const language of LANGUAGES) {
      for (const code of ['invalid-credentials', 'system-error', 'captcha-required', 'locked', 'code-invalid', 'code-locked']) {
        assert.ok(prefill(template('contact'), { error: code }, language)['errorMessage'], `${language} ${code}`);
      }
      for (const code of ['unknown', 'toString', '__proto__', 'nope'])
        assert.deepEqual(prefill(template('contact'), { error: code }, language), {}, `${language} ${code}`);
    }
    assert.equal(prefill(template('contact'), { error: 'locked' }, 'zh-CN')['errorMessage'], '显示登录暂时受限');
    assert.equal(prefill(template('contact'), { error: 'captcha-required' }, 'zh-CN')['errorMessage'], '被要求进行图片验证（CAPTCHA）');
  });

  test('what prefill writes passes the validator (no password-like text in any language)', () => {
    for (const language of ['ja', 'en', 'zh-CN']) {
      for (const error of ['invalid-credentials', 'system-error', 'captcha-required', 'locked', 'code-invalid', 'code-locked']) {
        const values = prefill(template('contact'), { error, username: 'taro123', titles: ['忘记密码', 'パスワードを忘れた'] }, language);
        const payload = requestPayload({
          template: template('contact'),
          values,
          name: 'Taro',
          email: 'taro@example.com',
          locale: language,
          idempotencyKey: KEY,
        });
        assert.equal(validateRequest(payload, { now: NOW }).ok, true, `${language} ${error}: ${JSON.stringify(values)}`);
      }
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
