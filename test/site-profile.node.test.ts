/**
 * Site profiles: validation, the default site, generated profiles, and what a profile turns off.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import template from '../src/flows/default.template.json' with { type: 'json' };
import defaultFlow from '../src/flows/default.json' with { type: 'json' };
import defaultTemplates from './fixtures/default-request-templates.json' with { type: 'json' };
import { parseFlow } from '../src/flow/parse.js';
import { applySiteProfile } from '../src/flow/apply-site-profile.js';
import { parseSiteProfile } from '../src/flow/parse-site-profile.js';
import {
  CODE_METHODS,
  IDENTITY_FIELDS,
  USERNAME_CHARACTER_SETS,
  defaultSiteProfile,
  resolveSiteProfile,
  type SiteProfileInput,
} from '../src/flow/site-profile.js';
import { formatDuration, renderSiteText, siteFlags, siteValues, SiteTemplateError } from '../src/flow/site-text.js';
import { DEFAULT_REQUEST_TEMPLATES, siteRequestTemplates } from '../src/request/templates.js';
import { requestTemplatesSchema } from '../src/flow/request-template-schema.js';
import { BANK_PROFILE, BANK_FORBIDDEN } from './support/bank-profile.js';

/** Every string in `value` (texts of every language, ids, …). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** The strings of one language in a flow or templates (`{ ja, en }` texts only). */
function texts(value: unknown, lang: string, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) texts(item, lang, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[lang] === 'string') out.push(record[lang]);
    else for (const item of Object.values(record)) texts(item, lang, out);
  }
  return out;
}

const profileArbitrary: fc.Arbitrary<SiteProfileInput> = fc.record(
  {
    siteName: fc.constantFrom({ ja: 'みどり銀行', en: 'Midori Bank' }, 'Example'),
    username: fc.record(
      {
        maxLength: fc.integer({ min: 1, max: 256 }),
        characters: fc.constantFrom(...USERNAME_CHARACTER_SETS),
        caseSensitive: fc.boolean(),
        emailAllowed: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    loginOnlyUsername: fc.boolean(),
    lock: fc.record({ minutes: fc.integer({ min: 1, max: 10080 }), supportCanUnlock: fc.boolean() }, { requiredKeys: [] }),
    codeMethods: fc.subarray([...CODE_METHODS]),
    captcha: fc.boolean(),
    identity: fc.subarray([...IDENTITY_FIELDS]),
    resetLosesEncryptedData: fc.boolean(),
    postalDelivery: fc.boolean(),
    contactForm: fc.record(
      { inquiryType: fc.constant('Login problem'), subjects: fc.constant({ 'password-reissue': 'New password' }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

describe('site profile', () => {
  describe('the default site', () => {
    it('applySiteProfile(template, defaultSiteProfile) is the built-in flow, key for key', () => {
      assert.deepEqual(applySiteProfile(template, defaultSiteProfile), defaultFlow);
      assert.deepEqual(applySiteProfile(template, {}), defaultFlow);
      assert.deepEqual(applySiteProfile(template), defaultFlow);
      assert.equal(JSON.stringify(applySiteProfile(template)), JSON.stringify(defaultFlow), 'same key order');
    });

    it('the request templates of the default site are the built-in ones', () => {
      assert.deepEqual(DEFAULT_REQUEST_TEMPLATES, defaultTemplates);
      assert.deepEqual(siteRequestTemplates(), defaultTemplates);
      assert.deepEqual(siteRequestTemplates(defaultSiteProfile), defaultTemplates);
    });

    it('a profile that spells out the defaults is the default profile', () => {
      const spelled = parseSiteProfile({
        username: { maxLength: 20 },
        lock: { minutes: 60, supportCanUnlock: false },
        codeMethods: ['backup', 'totp', 'grid'],
      });
      assert.ok(spelled.ok);
      assert.deepEqual(spelled.profile, resolveSiteProfile(defaultSiteProfile));
      assert.equal('site' in applySiteProfile(template, spelled.profile), false);
    });
  });

  describe('generated profiles', () => {
    it('1,000 profiles each give a flow parseFlow accepts, every step reachable, nothing left unresolved', () => {
      fc.assert(
        fc.property(profileArbitrary, (input) => {
          const parsed = parseSiteProfile(input);
          assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
          const flow = applySiteProfile(template, parsed.profile);
          const result = parseFlow(flow);
          assert.ok(result.ok, `${JSON.stringify(input)}\n${JSON.stringify(!result.ok && result.errors, null, 1)}`);
          for (const text of strings(flow)) assert.doesNotMatch(text, /\{\{|\}\}/, text);
          const templates = siteRequestTemplates(parsed.profile);
          assert.equal(requestTemplatesSchema.safeParse(templates).success, true);
          for (const text of strings(templates)) assert.doesNotMatch(text, /\{\{|\}\}/, text);
          for (const t of templates) {
            for (const field of t.fields) {
              const identity = (IDENTITY_FIELDS as readonly string[]).includes(field.id);
              if (identity) assert.ok(parsed.profile.identity.includes(field.id as never), `${t.id}: ${field.id}`);
            }
          }
        }),
        { numRuns: 1000, seed: 20261130 },
      );
    });
  });

  describe('what a profile turns off disappears', () => {
    const bank = applySiteProfile(template, BANK_PROFILE);
    const bankTemplates = siteRequestTemplates(BANK_PROFILE);

    for (const lang of ['ja', 'en'] as const) {
      it(`the bank's flow and templates say nothing of what the bank does not have (${lang})`, () => {
        const all = [...texts(bank, lang), ...texts(bankTemplates, lang)];
        for (const pattern of BANK_FORBIDDEN[lang]) {
          const found = all.filter((text) => pattern.test(text));
          assert.deepEqual(found, [], `${pattern} in ${lang}`);
        }
      });
    }

    it("the bank's numbers are in its texts, in both languages", () => {
      const ja = texts(bank, 'ja').join('\n');
      const en = texts(bank, 'en').join('\n');
      assert.match(ja, /32文字以内/);
      assert.match(ja, /30分/);
      assert.match(en, /up to 32 /);
      assert.match(en, /30 minutes/);
    });

    it('the bank asks for its own identity facts only', () => {
      for (const t of bankTemplates) {
        const ids = t.fields.map((field) => field.id);
        for (const id of [
          'userNumber',
          'accountCode',
          'ownerCode',
          'inviteKeys',
          'profile',
          'registrationNetwork',
          'loginNetworks',
          'loginOnlyUsername',
        ]) {
          assert.equal(ids.includes(id), false, `${t.id} asks for ${id}`);
        }
      }
      assert.ok(bankTemplates.find((t) => t.id === 'password-reissue')!.fields.some((field) => field.id === 'registeredAt'));
    });

    it('no code methods: no authentication-code steps, and code errors start at the start', () => {
      const flow = applySiteProfile(template, { codeMethods: [] });
      assert.ok(parseFlow(flow).ok);
      assert.equal(
        flow.steps.some((step) => step.kind === 'auth-code'),
        false,
      );
      assert.equal(flow.errors?.['code-invalid'], undefined);
      assert.equal(flow.errors?.['code-locked'], undefined);
    });

    it('no CAPTCHA: no CAPTCHA step and no error code for it', () => {
      const flow = applySiteProfile(template, { captcha: false });
      assert.ok(parseFlow(flow).ok);
      assert.equal(flow.errors?.['captcha-required'], undefined);
      assert.doesNotMatch(texts(flow, 'en').join('\n'), /CAPTCHA/i);
      assert.doesNotMatch(texts(flow, 'ja').join('\n'), /画像認証/);
    });

    it('a profile other than the default is carried in the flow as `site`', () => {
      assert.deepEqual(bank.site, resolveSiteProfile(BANK_PROFILE));
    });
  });

  describe('parseSiteProfile', () => {
    it('accepts every key and fills in the defaults', () => {
      const result = parseSiteProfile(JSON.stringify({ lock: { minutes: 30 } }));
      assert.ok(result.ok);
      assert.equal(result.profile.lock.minutes, 30);
      assert.equal(result.profile.lock.supportCanUnlock, false);
      assert.deepEqual(result.profile.codeMethods, ['totp', 'grid', 'backup']);
    });

    const bad: [unknown, string, string, RegExp][] = [
      ['{ lock: 30 }', '', 'invalid-json', /JSON/],
      [{ lock: { minutes: 0 } }, 'lock.minutes', 'schema', /1/],
      [{ lock: { minuts: 30 } }, 'lock.minuts', 'schema', /did you mean `minutes`/],
      [{ usernme: {} }, 'usernme', 'schema', /did you mean `username`/],
      [{ codeMethods: ['sms'] }, 'codeMethods[0]', 'schema', /totp/],
      [{ codeMethods: ['totp', 'totp'] }, 'codeMethods', 'schema', /more than once/],
      [{ identity: ['userNumbr'] }, 'identity[0]', 'schema', /did you mean `userNumber`/],
      [{ username: { characters: 'alnum' } }, 'username.characters', 'schema', /alphanumeric/],
      [{ username: { maxLength: 20.5 } }, 'username.maxLength', 'schema', /./],
      [{ captcha: 'yes' }, 'captcha', 'schema', /boolean/],
      [[], '', 'schema', /object/],
      [JSON.parse('{"__proto__": {}}'), '__proto__', 'schema', /prototype/],
    ];
    for (const [input, path, rule, message] of bad) {
      it(`refuses ${typeof input === 'string' ? input : JSON.stringify(input)} with { path: "${path}", rule: "${rule}" }`, () => {
        const result = parseSiteProfile(input);
        assert.equal(result.ok, false);
        if (result.ok) return;
        const problem = result.errors.find((error) => error.path === path);
        assert.ok(problem, JSON.stringify(result.errors));
        assert.equal(problem.rule, rule);
        assert.match(problem.message, message);
      });
    }

    it('words its messages in Japanese on request', () => {
      const result = parseSiteProfile({ lock: { minuts: 30 } }, { lang: 'ja' });
      assert.ok(!result.ok);
      assert.match(result.errors[0]!.message, /不明なキー/);
    });

    it('words its messages in Simplified Chinese for zh-Hans, zh-CN and zh, with the same paths and rules', () => {
      const bad = { lock: { minuts: 30 }, codeMethods: ['sms'], username: { maxLength: 'x' } };
      const english = parseSiteProfile(bad);
      assert.ok(!english.ok);
      for (const lang of ['zh-Hans', 'zh-CN', 'zh']) {
        const result = parseSiteProfile(bad, { lang });
        assert.ok(!result.ok, lang);
        assert.deepEqual(
          result.errors.map(({ path, rule }) => ({ path, rule })),
          english.errors.map(({ path, rule }) => ({ path, rule })),
          lang,
        );
        assert.deepEqual(
          result.errors.map((problem) => problem.message),
          [
            '需要数值，但实际是字符串',
            '未知的键 `minuts`（您是否想写 `minutes`？）',
            '不能使用 `sms`。可以使用的有：`totp`、`grid`、`backup`',
          ],
          lang,
        );
      }
      const traditional = parseSiteProfile(bad, { lang: 'zh-TW' });
      assert.ok(!traditional.ok);
      assert.deepEqual(traditional.errors, english.errors, 'no Traditional Chinese messages: English');
    });
  });

  describe('site text', () => {
    it('durations and username rules in each language', () => {
      assert.equal(formatDuration(60, 'ja'), '1時間');
      assert.equal(formatDuration(30, 'ja'), '30分');
      assert.equal(formatDuration(90, 'ja'), '1時間30分');
      assert.equal(formatDuration(60, 'en'), '1 hour');
      assert.equal(formatDuration(1, 'en'), '1 minute');
      assert.equal(formatDuration(150, 'en-GB'), '2 hours 30 minutes');
      const bank = resolveSiteProfile({ username: { maxLength: 32, characters: 'any' } });
      assert.equal(siteValues(bank, 'ja')['username.rule'], '32文字以内の文字');
      assert.equal(siteValues(bank, 'en')['username.rule'], 'up to 32 characters');
      for (const lang of ['zh-Hans', 'zh-CN', 'zh-SG']) {
        assert.equal(formatDuration(60, lang), '1小时', lang);
        assert.equal(formatDuration(30, lang), '30分钟', lang);
        assert.equal(formatDuration(90, lang), '1小时30分钟', lang);
        assert.equal(siteValues(bank, lang)['username.rule'], '最多32个字符的任意字符', lang);
        assert.equal(siteValues(resolveSiteProfile({}), lang)['username.rule'], '最多20个字符的半角英文字母和数字', lang);
      }
      assert.equal(formatDuration(90, 'zh-TW'), '1 hour 30 minutes', 'no Traditional Chinese words: English');
    });

    it('the site and the labels of its contact form in Simplified Chinese: quoted “…”, the seed labels with their meaning', () => {
      const seed = siteValues(resolveSiteProfile({}), 'zh-CN');
      assert.equal(seed.site, '本网站');
      assert.equal(seed['label.inquiryType'], '“アカウントへのログインに関するお問い合わせ”（关于账号登录的咨询）');
      assert.equal(seed['label.subject.password-reissue'], '“パスワード再発行申請”（密码重新发放申请）');
      assert.equal(siteValues(resolveSiteProfile({}), 'ja')['label.inquiryType'], '「アカウントへのログインに関するお問い合わせ」');
      assert.equal(
        siteValues(resolveSiteProfile({}), 'en')['label.inquiryType'],
        '“アカウントへのログインに関するお問い合わせ” (Inquiry about logging in to an account)',
      );
      const own = siteValues(resolveSiteProfile({ contactForm: { inquiryType: 'Login trouble' } }), 'zh-Hans');
      assert.equal(own['label.inquiryType'], '“Login trouble”', 'a site’s own label: no meaning invented');
      const methods = siteValues(resolveSiteProfile({ codeMethods: ['totp', 'grid', 'backup'] }), 'zh-Hans');
      assert.equal(methods.codeMethods, '身份验证器应用（TOTP）、随机数表或备用码');
    });

    it('sections keep or drop their text, nest, and take any condition', () => {
      const flags = siteFlags(resolveSiteProfile({ codeMethods: ['totp'] }));
      const values = siteValues(resolveSiteProfile({}), 'en');
      assert.equal(renderSiteText('a{{#grid}}b{{/grid}}c{{^grid}}d{{/grid}}', flags, values), 'acd');
      assert.equal(renderSiteText('{{#grid|totp}}x{{#backup}}y{{/backup}}{{/grid|totp}}', flags, values), 'x');
      assert.equal(renderSiteText('{{lock.duration}}', flags, values), '1 hour');
    });

    it('an unknown flag or placeholder is a SiteTemplateError', () => {
      const flags = siteFlags(resolveSiteProfile({}));
      const values = siteValues(resolveSiteProfile({}), 'en');
      assert.throws(() => renderSiteText('{{#grdi}}x{{/grdi}}', flags, values), SiteTemplateError);
      assert.throws(() => renderSiteText('{{lock.minutes}}', flags, values), SiteTemplateError);
      assert.throws(() => renderSiteText('{{#grid}}x', flags, values), SiteTemplateError);
      assert.throws(() => applySiteProfile({ ...template, steps: [{ ...template.steps[0]!, when: 'nothing' }] }, {}), SiteTemplateError);
    });
  });
});
