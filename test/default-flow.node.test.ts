/**
 * The built-in flow definition (src/flows/default.json): graph shape, translations (Japanese, the
 * source of the facts; English; Simplified Chinese), and the facts from the specification
 * (seed/login-help-ja.txt via FLOW-COVERAGE.md) that must survive rewording in every language.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import flow from '../src/flows/default.json' with { type: 'json' };
import template from '../src/flows/default.template.json' with { type: 'json' };
import { applySiteProfile } from '../src/flow/apply-site-profile.js';
import { resolveSiteProfile } from '../src/flow/site-profile.js';
import { parseFlow } from '../src/flow/parse.js';
import { LANGUAGES, resolveLanguage, type Language } from '../src/localize/languages.js';

type Text = { ja: string; en: string; 'zh-Hans': string };
type Choice = { label: Text; next: string; description?: Text };
type Step = {
  id: string;
  kind: string;
  title: Text;
  body?: Text[];
  items?: Text[];
  cautions?: Text[];
  links?: { label: Text; href: string }[];
  choices?: Choice[];
  next?: string;
  nextLabel?: Text;
  diagnose?: string[];
  template?: string;
  method?: string;
  href?: string;
};

const steps = flow.steps as Step[];
const byId = new Map(steps.map((step) => [step.id, step]));
const END_KINDS = new Set(['resolved', 'request', 'contact']);

function step(id: string): Step {
  const found = byId.get(id);
  assert.ok(found, `step "${id}" exists`);
  return found;
}

function successors(s: Step): string[] {
  return [...(s.choices ?? []).map((choice) => choice.next), ...(s.next ? [s.next] : [])];
}

/** Every text of a step, as [path, text] pairs. */
function textsOf(s: Step): [string, Text][] {
  const out: [string, Text][] = [[`${s.id}.title`, s.title]];
  for (const key of ['body', 'items', 'cautions'] as const) {
    s[key]?.forEach((text, i) => out.push([`${s.id}.${key}[${i}]`, text]));
  }
  s.links?.forEach((link, i) => out.push([`${s.id}.links[${i}].label`, link.label]));
  s.choices?.forEach((choice, i) => {
    out.push([`${s.id}.choices[${i}].label`, choice.label]);
    if (choice.description) out.push([`${s.id}.choices[${i}].description`, choice.description]);
  });
  if (s.nextLabel) out.push([`${s.id}.nextLabel`, s.nextLabel]);
  return out;
}

/** All the text of a step in one language, joined. */
function textOf(id: string, lang: Language): string {
  return textsOf(step(id))
    .map(([, text]) => text[lang])
    .join('\n');
}

function reachableFrom(start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    queue.push(...successors(byId.get(id)!));
  }
  return seen;
}

describe('default flow: definition', () => {
  it('passes parseFlow with no problem', () => {
    const result = parseFlow(flow);
    assert.deepEqual(result.ok ? [] : result.errors, []);
  });

  it('is format version 1, ja + en + zh-Hans (every language of LANGUAGES), starts at before-you-start, names no contact URL of its own', () => {
    assert.equal(flow.version, 1);
    assert.equal(flow.id, 'default');
    assert.deepEqual(flow.languages, ['ja', 'en', 'zh-Hans']);
    assert.deepEqual([...flow.languages].sort(), [...LANGUAGES].sort());
    assert.deepEqual(template.languages, flow.languages);
    assert.equal(flow.start, 'before-you-start');
    assert.ok(!('$schema' in flow), 'no $schema');
    assert.ok(!('contactUrl' in flow), 'the site supplies its own contact form');
    for (const s of steps) assert.equal(s.href, undefined, `${s.id} names no contact URL`);
  });

  it('has unique step ids and every reference resolves', () => {
    assert.equal(byId.size, steps.length, 'duplicate step id');
    for (const s of steps) {
      for (const next of successors(s)) assert.ok(byId.has(next), `${s.id} → unknown step "${next}"`);
    }
  });

  it('reaches every step from the first step', () => {
    const reached = reachableFrom(flow.start);
    const unreached = steps.map((s) => s.id).filter((id) => !reached.has(id));
    assert.deepEqual(unreached, []);
  });

  it('gives every non-end step a way forward, and every path from the start ends at an end step', () => {
    for (const s of steps) {
      if (!END_KINDS.has(s.kind)) assert.ok(successors(s).length > 0, `${s.id} is a dead end`);
    }
    // Walk every start-to-end path (the graph has no cycle: back is the history stack).
    let paths = 0;
    const walk = (id: string, trail: string[]) => {
      assert.ok(!trail.includes(id), `cycle: ${[...trail, id].join(' → ')}`);
      const s = step(id);
      const next = successors(s);
      if (END_KINDS.has(s.kind) && !next.length) {
        paths++;
        return;
      }
      if (END_KINDS.has(s.kind)) paths++;
      for (const n of next) walk(n, [...trail, id]);
    };
    walk(flow.start, []);
    assert.ok(paths > 10, `${paths} paths`);
  });

  it('maps each of the 7 login error codes to the step that explains it', () => {
    assert.deepEqual(flow.errors, {
      'invalid-credentials': 'error-invalid-credentials',
      'system-error': 'error-system',
      'captcha-required': 'error-captcha',
      locked: 'account-locked',
      'code-invalid': 'auth-code-rejected',
      'code-locked': 'code-locked',
      unknown: 'before-you-start',
    });
    for (const id of Object.values(flow.errors)) assert.ok(byId.has(id), `errors → unknown step "${id}"`);
  });

  it('gives the key steps the kinds, templates and methods other parts rely on', () => {
    const expected: Record<string, string> = {
      'before-you-start': 'checklist',
      'no-account': 'resolved',
      'choose-problem': 'choice',
      'password-reissue-request': 'request',
      'forgot-username': 'choice',
      'username-lookup-request': 'request',
      'login-username-reset-request': 'request',
      'auth-code-unknown': 'auth-code',
      'two-factor-disable-request': 'request',
      'auth-code-rejected': 'auth-code',
      'correct-but-fails': 'choice',
      'system-error-contact': 'contact',
      'other-contact': 'contact',
    };
    for (const [id, kind] of Object.entries(expected)) assert.equal(step(id).kind, kind, id);
    assert.equal(step('password-reissue-request').template, 'password-reissue');
    assert.equal(step('username-lookup-request').template, 'username-lookup');
    assert.equal(step('login-username-reset-request').template, 'login-username-reset');
    assert.equal(step('two-factor-disable-request').template, 'two-factor-disable');
    assert.equal(step('auth-code-unknown').method, 'all');
    // error="code-invalid" lands where a rejected code is diagnosed: the code check, all methods.
    assert.equal(flow.errors['code-invalid'], 'auth-code-rejected');
    assert.equal(step('auth-code-rejected').method, 'all');
    assert.equal((step('auth-code-rejected') as { view?: string }).view, 'check');
    for (const id of ['before-you-start', 'error-invalid-credentials', 'error-system']) {
      assert.deepEqual(step(id).diagnose, ['username'], `${id} checks the typed username`);
    }
    for (const id of ['account-locked', 'code-locked', 'other-problem', 'forgot-password', 'two-factor-disable']) step(id);
  });

  it('offers the six problems in order', () => {
    assert.deepEqual(
      step('choose-problem').choices?.map((choice) => choice.next),
      ['forgot-password', 'forgot-username', 'forgot-both', 'auth-code-problem', 'correct-but-fails', 'other-problem'],
    );
    const first = successors(step('before-you-start'));
    assert.ok(first.includes('no-account') && first.includes('choose-problem'));
  });

  it('leads each "forgot" case to the right procedure', () => {
    const reaches = (from: string, to: string) => assert.ok(reachableFrom(from).has(to), `${from} ⇝ ${to}`);
    reaches('forgot-password', 'password-reissue-request');
    reaches('forgot-username', 'username-lookup-request');
    reaches('forgot-username', 'username-on-settings');
    reaches('forgot-username', 'login-only-known');
    reaches('forgot-username', 'login-username-reset-request');
    assert.equal(step('username-on-settings').kind, 'resolved', 'reading it on the settings page needs no request');
    reaches('login-only-known', 'password-reissue-request');
    reaches('login-only-known', 'login-username-reset-request');
    reaches('both-login-only', 'login-username-reset-request');
    reaches('both-login-only', 'password-reissue-request');
    reaches('both-registration-username', 'username-lookup-request');
    reaches('both-registration-username', 'password-reissue-request');
    reaches('both-candidates', 'password-reissue-request');
    reaches('auth-code-problem', 'auth-code-unknown');
    reaches('auth-code-problem', 'two-factor-disable-request');
    reaches('auth-code-rejected', 'two-factor-disable-request');
    reaches('code-locked', 'two-factor-disable');
    reaches('error-system', 'system-error-contact');
    reaches('other-problem', 'other-contact');
  });
});

describe('default flow: texts', () => {
  const all = steps.flatMap(textsOf);
  all.push(['flow.title', flow.title]);

  it('gives every text a non-empty Japanese, English and Simplified Chinese version, and nothing else', () => {
    assert.ok(all.length > 200, `${all.length} texts`);
    for (const [path, text] of all) {
      assert.deepEqual(Object.keys(text).sort(), [...LANGUAGES].sort(), path);
      for (const lang of LANGUAGES) assert.ok(text[lang]?.trim().length > 0, `${path}: empty ${lang}`);
      assert.match(text.ja, /[\u3040-\u30ff\u4e00-\u9fff]/, `${path}: ja is not Japanese`);
      // Kana in English only inside the exact labels of the site's contact form, quoted with their meaning.
      assert.doesNotMatch(text.en.replace(/“[^”]*” \([^)]*\)/g, ''), /[\u3040-\u30ff]/, `${path}: kana in en`);
      assert.match(text['zh-Hans'], /[\u4e00-\u9fff]/, `${path}: zh-Hans is not Chinese`);
      // Kana in Chinese only inside the exact labels of the site's contact form (“…”, with their meaning).
      assert.doesNotMatch(text['zh-Hans'].replace(/“[^”]*”/g, ''), /[\u3040-\u30ff]/, `${path}: kana in zh-Hans`);
      assert.notEqual(text['zh-Hans'], text.ja, `${path}: zh-Hans is the Japanese text`);
    }
  });

  it('contains no HTML, no markdown and no trace of the seed site', () => {
    const source = JSON.stringify(flow);
    assert.ok(!source.includes('<'), 'no "<" anywhere');
    assert.ok(!source.toLowerCase().includes('kbachaun'), 'no seed URL');
    for (const [path, text] of all) {
      for (const value of [text.ja, text.en, text['zh-Hans']]) {
        assert.doesNotMatch(value, /\*\*|__|`|^\s*(#|[-*] )|\]\(/m, `${path}: markdown`);
      }
    }
  });

  it('names the exact inquiry type and subject of the contact form in each request step, with their meaning in English', () => {
    const requests: [string, Pick<Text, 'ja' | 'en'>][] = [
      ['password-reissue-request', { ja: 'パスワード再発行申請', en: 'Password reissue request' }],
      [
        'login-username-reset-request',
        { ja: 'ログイン専用ユーザー名の再設定・削除申請', en: 'Login-only username reset/deletion request' },
      ],
      ['two-factor-disable-request', { ja: '認証コードの使用停止手続き', en: 'Authentication code disable procedure' }],
    ];
    for (const [id, subject] of requests) {
      assert.ok(textOf(id, 'ja').includes('「アカウントへのログインに関するお問い合わせ」'), `${id}: ja inquiry type`);
      assert.ok(
        textOf(id, 'en').includes('“アカウントへのログインに関するお問い合わせ” (Inquiry about logging in to an account)'),
        `${id}: en inquiry type: the form's label and its meaning`,
      );
      assert.ok(textOf(id, 'ja').includes(`「${subject.ja}」`), `${id}: ja subject`);
      assert.ok(textOf(id, 'en').includes(`“${subject.ja}” (${subject.en})`), `${id}: en subject: the form's label and its meaning`);
    }
  });

  it('asks for every identity item, allows "unknown" and forbids the password in each request', () => {
    const common: [string, RegExp][] = [
      ['登録した日時', /when you registered/],
      ['使った日時', /dates and times you used/],
      ['アカウント固有のコード', /account-specific code/],
      ['アカウント所有者コード', /account owner code/],
      ['招待キー', /invitation keys/],
      ['プロファイル情報', /profile information/],
      ['登録時に使ったプロバイダー', /provider or connection you registered from/],
      ['会社や学校', /company or school/],
      ['ログインに使ったプロバイダー', /providers or connections you have logged in from/],
      ['そのほか伝えたいこと', /anything else/],
      ['「わからない」', /say that you don't know/],
      ['パスワードは絶対に書かない', /Never write your password/],
    ];
    const identity: [string, RegExp][] = [
      ['ユーザーNo.', /user No\./],
      ['公開名（ユーザー名と同じ場合も', /public name \(write it even if it's the same/],
      ['本文：ユーザー名', /Message: your username/],
    ];
    const expected: Record<string, [string, RegExp][]> = {
      'password-reissue-request': [
        ...common,
        ...identity,
        ['ログイン専用ユーザー名（設定している場合）', /login-only username \(if you set one\)/],
      ],
      'login-username-reset-request': [...common, ...identity.slice(0, 2), ['思い当たるもの', /any you think it might be/]],
      'two-factor-disable-request': [...common, ['追加認証で登録していた方式', /method you had registered for additional authentication/]],
    };
    for (const [id, list] of Object.entries(expected)) {
      const ja = textOf(id, 'ja');
      const en = textOf(id, 'en');
      for (const [jaPart, enPart] of list) {
        assert.ok(ja.includes(jaPart), `${id}: ja lacks ${jaPart}`);
        assert.match(en, enPart, `${id}: en`);
      }
    }
    for (const id of ['username-lookup-request', 'other-contact', 'system-error-contact']) {
      assert.match(textOf(id, 'ja'), /パスワード(は|と認証コードは)(絶対に)?書かない/, `${id}: ja forbids the password`);
      assert.match(textOf(id, 'en'), /(never|don't) (write|include) your password/i, `${id}: en forbids the password`);
    }
  });

  it('keeps the numbers of the specification', () => {
    const has = (id: string, ja: RegExp, en: RegExp) => {
      assert.match(textOf(id, 'ja'), ja, `${id} (ja)`);
      assert.match(textOf(id, 'en'), en, `${id} (en)`);
    };
    // Username: up to 20 half-width letters and digits.
    for (const id of ['before-you-start', 'error-invalid-credentials', 'error-system']) {
      has(id, /20文字以内の半角英数字/, /up to 20 half-width letters and digits/);
    }
    // The login lock: about 1 hour, lifts by itself, no manual unlock.
    has('before-you-start', /約1時間/, /about 1 hour/);
    has('before-you-start', /手動では解除できません/, /cannot lift it by hand/);
    has('account-locked', /約1時間で自動的に解除/, /lifts by itself after about 1 hour/);
    has('account-locked', /手動では解除できません/, /lift it by hand/);
    has('error-invalid-credentials', /1時間以上/, /at least 1 hour/);
    // The code lock: about 1 hour, no manual unlock.
    for (const id of ['auth-code-rejected', 'code-locked']) {
      has(id, /1時間/, /about 1 hour/);
      has(id, /手動での解除はお受けしていません/, /by hand/);
    }
    // TOTP usually 6 digits; grid card: 3 positions × 2 characters = 6, case-sensitive; backup codes single-use.
    has('auth-code-unknown', /通常は6桁/, /usually 6 digits/);
    has('auth-code-unknown', /3か所/, /3 positions/);
    has('auth-code-unknown', /2文字の英数字/, /2 letters or digits/);
    has('auth-code-unknown', /合計6文字/, /6 characters in all/);
    has('auth-code-unknown', /大文字と小文字は区別されます/, /case count as different/);
    has('auth-code-unknown', /一度使ったコードは無効/, /works only once/);
    has('auth-code-unknown', /乱数表/, /grid card/i);
  });

  it('never tells an invalid-credentials user which of username or password was wrong', () => {
    for (const lang of ['ja', 'en'] as const) {
      const text = textOf('error-invalid-credentials', lang);
      if (lang === 'ja') {
        assert.doesNotMatch(text, /(?<!または)パスワード(が|は)(違|間違|誤|正しくな|正しくあ)/);
        assert.doesNotMatch(text, /ユーザー名(が|は)(違|間違|誤|正しくな|正しくあ)/);
        assert.doesNotMatch(text, /(誤った|間違った|違う|間違いの)(パスワード|ユーザー名)/);
        assert.doesNotMatch(text, /(パスワード|ユーザー名)の(入力)?(ミス|誤り|間違い)/);
        assert.match(text, /どちらが原因かは表示されない/);
      } else {
        assert.doesNotMatch(text, /(?<!or )\b(password|username) (is|was) (wrong|incorrect|invalid|not right)/i);
        assert.doesNotMatch(text, /\b(wrong|incorrect|invalid|mistyped) (password|username)\b/i);
        assert.match(text, /doesn't say which/);
      }
    }
  });

  it('covers the first checks and the closing words on the first step', () => {
    has2('before-you-start', /ほかのサイト/, /other sites/);
    has2(
      'before-you-start',
      /公開名やメールアドレスではログインできません/,
      /public name and your e-mail address cannot be used to log in/,
    );
    has2('before-you-start', /ログイン専用ユーザー名/, /login-only username/);
    has2('before-you-start', /アカウントに関する情報/, /information about your account/);
    has2('before-you-start', /メールアドレス/, /e-mail address where you can receive mail/);
    has2('forgot-password', /どのような場合でもできません/, /never be disclosed/);
    has2(
      'forgot-password',
      /ご本人以外の人（管理者を含む）に不正にアクセスされない/,
      /no one else, administrators included, can access it without authorization/,
    );
    has2('forgot-password', /これらのデータにはアクセスできなくなる場合があります/, /you may no longer be able to access that data/);
    has2('forgot-password', /郵送/, /by post/);
    has2('error-captcha', /アカウントごとに解除することはできません/, /can't be switched off for individual accounts/);
    has2('two-factor-disable', /右上/, /top right/);
    has2('both-login-only', /処理中でも、もう一方を申請できます/, /while the other is still being handled/);
    has2('both-login-only', /本人確認が通常より厳しく/, /identity checks are stricter/);
    has2('username-no-login-only', /アカウント所有者コードだけでは調べられません/, /owner code on its own cannot be looked up/);
  });
});

describe('default flow: the audit against the seed', () => {
  const FULL_MESSAGE_JA = '「ユーザー名またはパスワードが違います。誤りのない場合は、その他の理由でログインできません」';
  const FULL_MESSAGE_EN = '“Username or password is incorrect. If there is no mistake, you cannot log in for another reason.”';
  const SECOND_SENTENCE_EN = '“If there is no mistake, you cannot log in for another reason”';

  it('asks for the registration and usage dates with a time too, as far as it is known', () => {
    for (const id of ['password-reissue-request', 'login-username-reset-request', 'two-factor-disable-request']) {
      has2(
        id,
        /本文：登録した日時（わかる範囲で。時刻もわかれば書き添えてください）/,
        /when you registered \(as far as you know: the date, and a time too if you know it\)/,
      );
      has2(
        id,
        /本文：アカウントを使った日時（覚えている限りすべて。時刻もわかれば書き添えてください）/,
        /dates and times you used the account \(all you remember, with a time too where you know it\)/,
      );
    }
    // The lookup of a site that checks neither the code nor the profile asks for them too.
    const site = applySiteProfile(template, { identity: ['userNumber', 'publicName', 'registeredAt', 'usageDates'] });
    const lookup = JSON.stringify(site.steps.find((s: { id: string }) => s.id === 'username-lookup-request'));
    assert.match(lookup, /登録した日時（わかる範囲で。時刻もわかれば書き添えてください）/);
    assert.match(lookup, /a time too if you know it/);
  });

  it('tells the code-disable requester to come back and reload this page for the link to the contact form', () => {
    has2(
      'two-factor-disable',
      /認証コードの入力画面が表示されたら、このページに戻って再読み込み/,
      /When the authentication code screen appears, come back to this page and reload it/,
    );
    has2('two-factor-disable', /お問い合わせフォームへのリンクが表示されます/, /the link to the contact form then appears/);
    has2('two-factor-disable-request', /このページを再読み込みすると表示されます/, /appears when you reload this page after logging in/);
    // The order of the seed: log in, see the code screen, then reload here.
    const ja = textOf('two-factor-disable', 'ja');
    assert.ok(ja.indexOf('ログインし') < ja.indexOf('再読み込み'), 'log in before reloading');
  });

  it('quotes the whole wrong-credentials message and says its second sentence points to the temporary lock', () => {
    has2('error-invalid-credentials', new RegExp(FULL_MESSAGE_JA), new RegExp(FULL_MESSAGE_EN.replace(/[.]/g, '\\.')));
    const label = step('correct-but-fails').choices!.find((choice) => choice.next === 'error-invalid-credentials')!.label;
    assert.equal(label.ja, `${FULL_MESSAGE_JA}と表示される`);
    assert.equal(label.en, `${FULL_MESSAGE_EN} appears`);
    const lock = step('error-invalid-credentials').items!.find((item) => /一時的に制限/.test(item.ja))!;
    assert.match(
      lock.ja,
      /メッセージの後半「誤りのない場合は、その他の理由でログインできません」は、このような一時的な制限がかかっている場合も指しています/,
    );
    assert.ok(lock.en.includes(`the second sentence of the message, ${SECOND_SENTENCE_EN}, covers this case too`), lock.en);
    assert.ok(successors(step('error-invalid-credentials')).includes('account-locked'));
  });

  it('says passwords have basically no maximum length and that the minimum length is recent', () => {
    has2('error-invalid-credentials', /文字数の上限は基本的にありません/, /There is basically no maximum length/);
    has2(
      'error-invalid-credentials',
      /最低文字数などの制限は最近になって加わった/,
      /A minimum length and similar rules were introduced only recently/,
    );
    has2(
      'error-invalid-credentials',
      /それ以前に設定したパスワードは、今の最低文字数より短いことがあります/,
      /a password set before then may be shorter than today's minimum/,
    );
    has2('error-invalid-credentials', /記号や全角文字も使えます/, /symbols and full-width characters are allowed/);
    has2(
      'error-invalid-credentials',
      /パスワード：[^\n]*大文字と小文字は区別されます/,
      /Password: [^\n]*Upper and lower case count as different/,
    );
  });

  it('promises nothing the seed does not: no privacy terms for a lookup or a contact, no "no one can recover it"', () => {
    for (const id of [
      'username-lookup-request',
      'username-no-login-only',
      'username-not-identifiable',
      'other-problem',
      'other-contact',
      'system-error-contact',
    ]) {
      has2Not(id, /個人情報|プライバシー/, /personal information|privacy/i);
    }
    for (const id of ['forgot-password', 'login-username-reset-request', 'two-factor-disable']) {
      has2(
        id,
        /申請でいただいた個人情報は、(パスワード再設定の手続き|この手続き)にだけ使います/,
        /Personal information you give us is used only for/,
      );
    }
    const all = JSON.stringify(flow);
    assert.doesNotMatch(all, /誰にも(元に)?戻|元に戻すことはできません|二度と読めなく/);
    assert.doesNotMatch(all, /can recover it|unreadable for good/);
  });

  it('says a system error may mean a wrong username, not that it usually does', () => {
    has2('error-system', /ユーザー名が正しくない可能性があります/, /may mean that the username isn't right/);
    has2Not('error-system', /多くの場合|たいてい/, /usually/);
  });

  it("uses the site's own words: プロファイル情報 and 追加認証", () => {
    assert.doesNotMatch(JSON.stringify(template), /プロフィール/);
    has2('username-no-login-only', /プロファイル情報を正しく登録していて/, /profile information is registered correctly/);
    has2('username-lookup-request', /登録しているプロファイル情報/, /profile information you registered/);
    has2('two-factor-disable-request', /本文：追加認証で登録していた方式/, /the method you had registered for additional authentication/);
    has2('auth-code-problem', /追加認証（2段階認証）/, /additional authentication \(two-step verification\)/);
  });

  it('closes a resolved login in the polite voice of the site', () => {
    const title = step('logged-in').title;
    assert.equal(title.ja, 'ログインできましたら、これで完了です');
    assert.equal(title.en, 'If you can log in now, no further steps are needed');
    has2Not('logged-in', /よかった|困ったとき/, /glad|you're back/i);
    has2('logged-in', /お困りの際は、いつでもこのガイドをご利用ください/, /please use this guide at any time/);
  });
});

describe('default flow: the Simplified Chinese text (zh-Hans)', () => {
  const ZH = 'zh-Hans';
  const has = (id: string, zh: RegExp) => assert.match(textOf(id, ZH), zh, `${id} (zh-Hans)`);
  const hasNot = (id: string, zh: RegExp) => assert.doesNotMatch(textOf(id, ZH), zh, `${id} (zh-Hans)`);

  /** Every localized text of the template, as [path, text] pairs (with `when` and `{{…}}` still in it). */
  const templateTexts: [string, Text][] = [];
  (function walk(value: unknown, path: string) {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.ja === 'string') return void templateTexts.push([path, record as unknown as Text]);
    for (const [key, item] of Object.entries(record)) walk(item, `${path}.${key}`);
  })(template, '$');

  it('is in every text of the template, with the placeholders and sections of the Japanese, in the same order', () => {
    assert.ok(templateTexts.length > 250, `${templateTexts.length} texts`);
    const tokens = (text: string) => text.match(/\{\{[^}]*\}\}/g) ?? [];
    for (const [path, text] of templateTexts) {
      assert.equal(typeof text[ZH], 'string', `${path}: no zh-Hans text`);
      assert.deepEqual(tokens(text[ZH]), tokens(text.ja), `${path}: placeholders`);
      assert.deepEqual(
        Object.keys(text).filter((key) => key !== 'when'),
        ['ja', 'en', ZH],
        `${path}: ja, en, zh-Hans in this order`,
      );
    }
  });

  it('is written with full-width punctuation, politely (您), with no kana', () => {
    for (const [path, text] of templateTexts) {
      const running = text[ZH].replace(/\{\{[^}]*\}\}/g, '').replace(/（TOTP）|TOTP/g, '');
      assert.doesNotMatch(running, /[,.;:?!()]/, `${path}: half-width punctuation in "${text[ZH]}"`);
      assert.doesNotMatch(running, /你/, `${path}: 你 instead of 您`);
      assert.doesNotMatch(running, /[\u3040-\u30ff]/, `${path}: kana`);
    }
  });

  it('uses the terms of the glossary (docs/translating.md) wherever the Japanese uses theirs', () => {
    const glossary: [string, string][] = [
      ['ログイン専用ユーザー名', '登录专用用户名'],
      ['ユーザー名', '用户名'],
      ['パスワード', '密码'],
      ['ログイン', '登录'],
      ['再発行', '重新发放'],
      ['再設定', '重新设置'],
      ['認証コード', '验证码'],
      ['追加認証', '附加验证'],
      ['認証アプリ', '身份验证器应用'],
      ['乱数表', '随机数表'],
      ['バックアップコード', '备用码'],
      ['使用停止', '停用'],
      ['画像認証', '图片验证'],
      ['大文字と小文字', '大写和小写'],
      ['申請', '申请'],
      ['お問い合わせフォーム', '联系表单'],
      ['担当者', '客服人员'],
      ['サポート', '客服'],
      ['本人確認', '身份核实'],
      ['照会', '查询'],
      ['「わからない」', '“不知道”'],
      ['ユーザーNo.', '用户编号'],
      ['公開名', '公开名称'],
      ['本名', '真实姓名'],
      ['アカウント', '账号'],
      ['アカウント固有のコード', '账号专属代码'],
      ['アカウント所有者コード', '账号所有者代码'],
      ['招待キー', '邀请码'],
      ['プロファイル情報', '个人资料信息'],
      ['プロバイダー', '网络服务商'],
      ['郵送', '邮寄'],
      ['暗号化', '加密'],
      ['メールアドレス', '电子邮件地址'],
      ['件名', '主题'],
      ['お問い合わせの種類', '咨询类型'],
    ];
    for (const [path, text] of templateTexts) {
      for (const [ja, zh] of glossary) {
        if (text.ja.includes(ja)) assert.ok(text[ZH].includes(zh), `${path}: ${ja} is ${zh}: "${text[ZH]}"`);
      }
      assert.doesNotMatch(
        text[ZH],
        /帐号|帳號|账户|认证码|验证代码|乱数表|后备码|备份码|联系表格|联络表单|二步验证|个人档案/,
        `${path}: not a glossary term`,
      );
    }
  });

  it('names the exact inquiry type and subject of the contact form in each request step, as the form shows them', () => {
    const requests: [string, string][] = [
      ['password-reissue-request', 'パスワード再発行申請'],
      ['login-username-reset-request', 'ログイン専用ユーザー名の再設定・削除申請'],
      ['two-factor-disable-request', '認証コードの使用停止手続き'],
    ];
    for (const [id, subject] of requests) {
      // The label as the form shows it, quoted, whatever its meaning beside it (src/flow/contact-form-labels.ts).
      has(id, /咨询类型：选择.アカウントへのログインに関するお問い合わせ./);
      has(id, new RegExp(`主题：输入.${subject}.`));
    }
  });

  it('asks for every identity item, allows "unknown" and forbids the password in each request', () => {
    const common = [
      '正文：注册的日期和时间（在您所知的范围内填写。如果记得具体时刻，也请一并写上）',
      '正文：使用账号的日期和时间（请写出您记得的全部。如果记得具体时刻，也请一并写上）',
      '正文：账号专属代码',
      '正文：账号所有者代码',
      '邀请码',
      '个人资料信息',
      '注册时使用的网络服务商或线路',
      '公司或学校',
      '登录时使用过的网络服务商或线路',
      '其他想告诉我们的事项',
      '“不知道”',
      '请绝对不要写上密码',
    ];
    const identity = ['正文：用户编号', '正文：公开名称（即使与用户名相同也请填写）'];
    const expected: Record<string, string[]> = {
      'password-reissue-request': [...common, ...identity, '正文：用户名', '正文：登录专用用户名（如已设置）'],
      'login-username-reset-request': [...common, ...identity, '正文：注册时设定的用户名（如果忘记了，写您想到的可能的用户名也可以）'],
      'two-factor-disable-request': [...common, '正文：附加验证中登记的方式'],
    };
    for (const [id, parts] of Object.entries(expected)) {
      for (const part of parts) assert.ok(textOf(id, ZH).includes(part), `${id}: zh-Hans lacks ${part}`);
    }
    for (const id of ['username-lookup-request', 'other-contact', 'system-error-contact']) has(id, /(请绝对不要|请不要)写上密码/);
  });

  it('keeps the numbers of the specification', () => {
    for (const id of ['before-you-start', 'error-invalid-credentials', 'error-system']) has(id, /20个字符/);
    has('before-you-start', /约1\s?小时/);
    has('before-you-start', /客服也无法手动解除/);
    has('account-locked', /约1\s?小时后自动解除/);
    has('account-locked', /客服也无法手动解除/);
    has('error-invalid-credentials', /经过1\s?小时以上会自动解除/);
    for (const id of ['auth-code-rejected', 'code-locked']) {
      has(id, /约1\s?小时/);
      has(id, /无法受理手动解除/);
    }
    has('auth-code-unknown', /通常为6位/);
    has('auth-code-unknown', /挑战码会指定3个位置/);
    has('auth-code-unknown', /2个英文字母或数字/);
    has('auth-code-unknown', /共6个字符/);
    has('auth-code-unknown', /随机数表：[^\n]*区分大写和小写/);
    has('auth-code-unknown', /代码使用一次后即失效/);
  });

  it('never tells an invalid-credentials user which of username or password was wrong', () => {
    const text = textOf('error-invalid-credentials', ZH);
    assert.doesNotMatch(text, /(?<!或)密码(是)?(错误|不正确|有误|错了)/);
    assert.doesNotMatch(text, /用户名(是)?(错误|不正确|有误|错了)/);
    assert.doesNotMatch(text, /(错误|不正确|输错)的(密码|用户名)/);
    assert.match(text, /不会显示原因出在哪一项/);
  });

  it('says what the Japanese says about the wrong-credentials message, the lock and passwords', () => {
    const FULL_MESSAGE_ZH = '“用户名或密码错误。如果输入无误，则是由于其他原因无法登录”';
    has('error-invalid-credentials', new RegExp(FULL_MESSAGE_ZH));
    const label = step('correct-but-fails').choices!.find((choice) => choice.next === 'error-invalid-credentials')!.label;
    assert.equal(label[ZH], `显示${FULL_MESSAGE_ZH}`);
    const lock = step('error-invalid-credentials').items!.find((item) => /一時的に制限/.test(item.ja))!;
    assert.match(lock[ZH], /登录可能暂时受限。信息的后半句“如果输入无误，则是由于其他原因无法登录”也包括这种暂时受限的情况/);
    has('error-invalid-credentials', /字数原则上没有上限/);
    has('error-invalid-credentials', /最低字数等限制是最近才加入的/);
    has('error-invalid-credentials', /在此之前设置的密码可能比现在的最低字数短/);
    has('error-invalid-credentials', /还可以使用符号和全角字符/);
    has('error-invalid-credentials', /密码：[^\n]*区分大写和小写/);
    has('error-system', /可能是用户名不正确/);
    hasNot('error-system', /通常|大多|多半/);
  });

  it('covers the first checks, the reset cautions and the code-disable procedure', () => {
    has('before-you-start', /其他网站或服务/);
    has('before-you-start', /无法使用公开名称或电子邮件地址登录/);
    has('before-you-start', /有关账号的信息/);
    has('before-you-start', /现在能够接收邮件的电子邮件地址/);
    has('forgot-password', /无论在任何情况下，我们都无法告知您当前的密码/);
    has('forgot-password', /为防止您本人以外的人（包括管理员）非法访问/);
    has('forgot-password', /您可能无法再访问这些数据/);
    has('forgot-password', /邮寄/);
    has('error-captcha', /无法针对单个账号解除/);
    has('two-factor-disable', /右上角/);
    has('two-factor-disable', /显示验证码输入界面后，请回到此页面并刷新/);
    has('two-factor-disable', /联系表单的链接/);
    const text = textOf('two-factor-disable', ZH);
    assert.ok(text.indexOf('登录') < text.indexOf('刷新'), 'log in before reloading');
    has('two-factor-disable-request', /刷新此页面，就会显示联系表单的链接/);
    has('both-login-only', /其中一项申请正在处理时，也可以提交另一项/);
    has('both-login-only', /身份核实会比平时更加严格/);
    has('username-no-login-only', /仅凭账号所有者代码无法查询/);
  });

  it('promises nothing the Japanese does not, and closes politely', () => {
    for (const id of [
      'username-lookup-request',
      'username-no-login-only',
      'username-not-identifiable',
      'other-problem',
      'other-contact',
      'system-error-contact',
    ]) {
      hasNot(id, /个人信息|隐私/);
    }
    for (const id of ['forgot-password', 'login-username-reset-request', 'two-factor-disable']) has(id, /您在申请中提供的个人信息，仅用于/);
    assert.doesNotMatch(JSON.stringify(flow), /任何人都无法(恢复|读取)|永远无法/);
    assert.equal(step('logged-in').title[ZH], '如果您已经能够登录，到这里就完成了');
    has('logged-in', /欢迎随时使用本指南/);
  });

  it('is what parseFlow asks for: a text without it is a missing translation', () => {
    const broken = structuredClone(flow);
    delete (broken.steps[3]!.choices![0]!.label as Partial<Text>)['zh-Hans'];
    const result = parseFlow(broken);
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.errors;
    assert.deepEqual(
      problems.map((problem) => [problem.rule, problem.path]),
      [['missing-translation', 'steps[3].choices[0].label']],
    );
    assert.match(problems[0]!.message, /zh-Hans/);
  });
});

function has2Not(id: string, ja: RegExp, en: RegExp) {
  assert.doesNotMatch(textOf(id, 'ja'), ja, `${id} (ja)`);
  assert.doesNotMatch(textOf(id, 'en'), en, `${id} (en)`);
}

function has2(id: string, ja: RegExp, en: RegExp) {
  assert.match(textOf(id, 'ja'), ja, `${id} (ja)`);
  assert.match(textOf(id, 'en'), en, `${id} (en)`);
}

describe('the built-in flow split by language (scripts/split-default-flow.mjs, src/flows/default-flow.ts)', () => {
  for (const [folder, source, name] of [
    ['default-flow', flow, 'default.json'],
    ['default-flow-template', template, 'default.template.json'],
  ] as const) {
    it(`the steps plus the text of each language (${LANGUAGES.join(', ')}) are ${name} again`, async () => {
      const { default: structure } = await import(`../src/generated/${folder}/structure.js`);
      const { fillDefaultFlowText } = await import('../src/flows/default-flow.js');
      const rebuilt = structuredClone(structure);
      const loaded: Language[] = [];
      for (const lang of ['ja', ...LANGUAGES.filter((other) => other !== 'ja')] as Language[]) {
        const { default: strings } = await import(`../src/generated/${folder}/${lang}.js`);
        const before = structuredClone(rebuilt) as typeof flow;
        assert.equal(before.steps[0]!.title[lang], undefined, `no ${lang} before it is loaded (${loaded.join(', ') || 'nothing'} loaded)`);
        fillDefaultFlowText(rebuilt, lang, strings);
        loaded.push(lang);
        assert.equal((rebuilt as typeof flow).steps[0]!.title[lang], source.steps[0]!.title[lang]);
        assert.throws(() => fillDefaultFlowText(structuredClone(structure), lang, strings.slice(1)), /texts for/);
      }
      assert.deepEqual(rebuilt, source);
    });
  }

  it('the Chinese text is Chinese, in the order of the source', async () => {
    const { default: zh } = await import('../src/generated/default-flow/zh-Hans.js');
    assert.equal(zh[0], flow.title['zh-Hans']);
    assert.equal(zh.length, JSON.stringify(flow).match(/"zh-Hans":/g)!.length);
    for (const text of zh as string[]) assert.match(text, /[\u4e00-\u9fff]/);
  });

  it('a tag is read with resolveLanguage: zh, zh-CN, zh-SG, zh-Hans get the Chinese text; zh-TW, zh-Hant and others English', async () => {
    const { DEFAULT_FLOW_LANGUAGES } = await import('../src/flows/default-flow.js');
    assert.deepEqual([...DEFAULT_FLOW_LANGUAGES].sort(), [...LANGUAGES].sort());
    const expected: Record<string, Language> = {
      ja: 'ja',
      'ja-JP': 'ja',
      en: 'en',
      'en-GB': 'en',
      zh: 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'zh-SG': 'zh-Hans',
      'zh-Hans': 'zh-Hans',
      'zh-Hans-HK': 'zh-Hans',
      'zh-TW': 'en',
      'zh-Hant': 'en',
      fr: 'en',
      '': 'en',
      'not a tag!': 'en',
    };
    for (const [tag, language] of Object.entries(expected)) assert.equal(resolveLanguage(tag), language, tag);
  });

  it('loadDefaultFlow gives one definition of the default site, which gains each language it is asked for', async () => {
    const { loadDefaultFlow } = await import('../src/flows/default-flow.js');
    const japanese = await loadDefaultFlow('ja-JP');
    const title = japanese.steps[0]!.title as Record<string, string>;
    assert.equal(title['ja'], steps[0]!.title.ja);
    assert.equal(title['zh-Hans'], undefined, 'no Chinese before a Chinese page asks for it');
    const other = await loadDefaultFlow('fr');
    assert.equal(other, japanese);
    assert.equal(title['zh-Hans'], undefined, 'fr gets English, not Chinese');
    const chinese = await loadDefaultFlow('zh-CN');
    assert.equal(chinese, japanese);
    assert.equal(title['zh-Hans'], steps[0]!.title['zh-Hans']);
    assert.deepEqual(chinese, flow);
    assert.equal(parseFlow(chinese).ok, true);
  });

  it("loadDefaultFlow('zh-CN') gives the Chinese text, which a zh-CN page reads", async () => {
    const { loadDefaultFlow } = await import('../src/flows/default-flow.js');
    const { resolveText } = await import('../src/flow/text.js');
    const chinese = await loadDefaultFlow('zh-CN');
    const first = chinese.steps[0]!;
    assert.equal(resolveText(chinese.title, 'zh-CN'), flow.title['zh-Hans']);
    assert.equal(resolveText(first.title, 'zh-CN'), '请先确认以下3点');
    assert.equal(resolveText(first.title, 'zh-SG'), '请先确认以下3点');
    for (const [path, text] of steps.flatMap(textsOf)) {
      assert.match(text['zh-Hans'], /[\u4e00-\u9fff]/, path);
    }
  });

  it("with a site profile it gives that site's flow, one definition per profile and set of languages", async () => {
    const { loadDefaultFlow } = await import('../src/flows/default-flow.js');
    const site = resolveSiteProfile({ codeMethods: ['totp'], lock: { minutes: 30 } });
    const japanese = await loadDefaultFlow('ja', site);
    assert.equal((japanese.steps[0]!.title as Record<string, string>)['en'], undefined, 'the template text of one language only');
    const english = await loadDefaultFlow('en', site);
    assert.equal((english.steps[0]!.title as Record<string, string>)['zh-Hans'], undefined, 'no Chinese before it is asked for');
    const chinese = await loadDefaultFlow('zh-CN', site);
    assert.deepEqual(chinese, applySiteProfile(template, site));
    assert.equal(await loadDefaultFlow('zh-Hans', site), chinese);
    assert.notEqual(chinese, english);
    assert.notEqual(english, japanese);
    // The site in Chinese as in Japanese: a 30-minute lock, codes from an authenticator app only.
    const texts = (lang: Language) =>
      JSON.stringify(chinese, (key, value) => (LANGUAGES.includes(key as Language) && key !== lang ? undefined : value));
    assert.equal(texts('zh-Hans').match(/30\s?分钟/g)?.length, texts('ja').match(/30分/g)?.length);
    assert.match(texts('zh-Hans'), /身份验证器应用/);
    assert.doesNotMatch(texts('zh-Hans'), /随机数表|备用码/);
    assert.doesNotMatch(texts('ja'), /乱数表|バックアップコード/);
  });
});
