import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseFlow, type FlowProblem } from '../src/flow/index.js';
import small from './fixtures/small-flow.json' with { type: 'json' };

const clone = <T>(value: T): T => structuredClone(value);
const rules = (errors: FlowProblem[]) => errors.map((e) => `${e.rule} ${e.path}`);

function problems(definition: unknown, lang?: string): FlowProblem[] {
  const result = parseFlow(definition, { lang });
  assert.equal(result.ok, false, 'expected the definition to be rejected');
  return result.ok ? [] : result.errors;
}

describe('parseFlow', () => {
  test('accepts a valid definition and returns it', () => {
    const result = parseFlow(small);
    assert.equal(result.ok, true);
    assert.equal(result.ok && result.flow.steps.length, 4);
  });

  test('accepts the JSON text of a definition', () => {
    assert.equal(parseFlow(JSON.stringify(small)).ok, true);
  });

  test('reports text that is not JSON with rule invalid-json', () => {
    const [problem] = problems('{ "version": 1, ');
    assert.equal(problem!.rule, 'invalid-json');
    assert.equal(problem!.path, '');
    assert.match(problem!.message, /not valid JSON/);
  });

  test('reports a missing field, a wrong type and an unknown key with their paths', () => {
    const bad = clone(small) as any;
    delete bad.steps[0].title;
    bad.steps[1].items = 'Wait';
    bad.steps[2].titel = 'x';
    const errors = problems(bad);
    assert.deepEqual(
      errors.map((e) => e.path),
      ['steps[0].title', 'steps[1].items', 'steps[2].titel'],
    );
    assert.match(errors[0]!.message, /^text must be/);
    assert.equal(errors[1]!.message, 'expected array, got string (in step `locked`)');
    assert.equal(errors[2]!.message, 'unknown key `titel` (did you mean `title`?) (in step `contact`)');
  });

  test('suggests the closest step kind', () => {
    const bad = clone(small) as any;
    bad.steps[3].kind = 'resolve';
    const [problem] = problems(bad);
    assert.equal(problem!.path, 'steps[3].kind');
    assert.match(problem!.message, /did you mean `resolved`\?/);
  });

  test('names a language tag that is not one', () => {
    const bad = clone(small) as any;
    bad.steps[0].title = { JA: 'x', en: 'y' };
    const [problem] = problems(bad);
    assert.equal(problem!.path, 'steps[0].title.JA');
    assert.match(problem!.message, /not a language tag/);
  });

  test('unknown-step with a did-you-mean, for choices, next, start and errors', () => {
    const bad = clone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    bad.steps[1].next = 'nowhere';
    bad.errors.locked = 'lock';
    const errors = problems(bad);
    const unknown = errors.filter((e) => e.rule === 'unknown-step');
    assert.deepEqual(
      unknown.map((e) => e.path),
      ['errors.locked', 'steps[0].choices[0].next', 'steps[1].next'],
    );
    assert.equal(unknown[1]!.message, 'no step has the id `lockd` (did you mean `locked`?) (in step `hello`)');
    assert.equal(unknown[2]!.message, 'no step has the id `nowhere` (in step `locked`)');
  });

  test('unreachable-step for a step nothing leads to', () => {
    const bad = clone(small) as any;
    bad.steps.push({ id: 'orphan', kind: 'resolved', title: { ja: '孤立', en: 'Orphan' } });
    const errors = problems(bad);
    assert.deepEqual(rules(errors), ['unreachable-step steps[4]']);
    assert.match(errors[0]!.message, /`orphan` cannot be reached/);
  });

  test('duplicate-id names both places', () => {
    const bad = clone(small) as any;
    bad.steps.push({ ...bad.steps[3] });
    const errors = problems(bad);
    assert.deepEqual(rules(errors), ['duplicate-id steps[4].id']);
    assert.match(errors[0]!.message, /first at steps\[3\]/);
  });

  test('unknown-template for a request step', () => {
    const bad = clone(small) as any;
    bad.steps[2] = { id: 'contact', kind: 'request', template: 'password-reset', title: { ja: '申請', en: 'Request' } };
    const errors = problems(bad);
    assert.deepEqual(rules(errors), ['unknown-template steps[2].template']);
    assert.match(errors[0]!.message, /did you mean `password-reissue`/);
  });

  test('unknown-error-code for a key that is not a login error code', () => {
    const bad = clone(small) as any;
    bad.errors['lockedout'] = 'locked';
    const errors = problems(bad);
    assert.deepEqual(rules(errors), ['unknown-error-code errors.lockedout']);
    assert.match(errors[0]!.message, /did you mean `locked`/);
  });

  test('dead-end for a non-end step with no way forward', () => {
    const bad = clone(small) as any;
    delete bad.steps[1].next;
    const errors = problems(bad);
    assert.ok(rules(errors).includes('dead-end steps[1]'));
  });

  for (const href of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    'data:text/html,<b>',
    'VBScript:msgbox',
    'file:///etc/passwd',
    '\u0000javascript:x',
  ]) {
    test(`bad-link-scheme rejects ${JSON.stringify(href)}`, () => {
      const bad = clone(small) as any;
      bad.steps[1].links[0].href = href;
      const errors = problems(bad);
      assert.deepEqual(rules(errors), ['bad-link-scheme steps[1].links[0].href']);
    });
  }

  test('allows http(s), mailto and relative links', () => {
    for (const href of [
      'https://example.com/a',
      'http://example.com',
      'mailto:help@example.com',
      '/contact',
      'help.html',
      '#top',
      '?q=1',
    ]) {
      const ok = clone(small) as any;
      ok.steps[1].links[0].href = href;
      assert.equal(parseFlow(ok).ok, true, href);
    }
  });

  test('missing-translation when a text lacks a promised language', () => {
    const bad = clone(small) as any;
    bad.steps[0].choices[1].description = { en: 'Ask support' };
    const errors = problems(bad);
    assert.deepEqual(rules(errors), ['missing-translation steps[0].choices[1].description']);
    assert.match(errors[0]!.message, /no "ja" text/);
  });

  test('a text with no language at all is refused, with or without `languages`', () => {
    for (const languages of [undefined, ['ja', 'en']]) {
      const bad = clone(small) as any;
      if (languages) bad.languages = languages;
      else delete bad.languages;
      bad.steps[0].title = {};
      const errors = problems(bad);
      assert.deepEqual(rules(errors), ['schema steps[0].title'], JSON.stringify(errors));
      assert.match(errors[0]!.message, /non-empty string or one string per language/);
      const japanese = parseFlow(bad, { lang: 'ja' });
      assert.equal(japanese.ok, false);
      if (!japanese.ok) assert.match(japanese.errors[0]!.message, /言語ごとの文字列/);
    }
  });

  test('a newer format version is refused with a clear message', () => {
    const bad = { ...clone(small), version: 2 };
    const [problem] = problems(bad);
    assert.equal(problem!.rule, 'unsupported-version');
    assert.match(problem!.message, /update login-help-elements/);
  });

  test('messages in Japanese on request', () => {
    const bad = clone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    const [problem] = problems(bad, 'ja');
    assert.equal(problem!.message, 'ステップ `lockd` がありません（`locked` の誤りでは？）（ステップ `hello` 内）');
  });

  describe('messages in Simplified Chinese for zh-Hans, zh-CN, zh-SG and zh', () => {
    /** Definitions with problems the schema finds, and with problems the graph rules find (on a definition the schema passes). */
    function broken() {
      const schema = clone(small) as any;
      schema.steps[1].items = 'Wait';
      schema.steps[2].titel = 'x';
      schema.steps[3].kind = 'resolve';
      schema.steps[0].title = { JA: 'x', en: 'y' };
      const graph = clone(small) as any;
      graph.steps[0].choices[0].next = 'lockd';
      graph.steps[1].links[0].href = 'javascript:alert(1)';
      graph.steps[0].choices[1].description = { en: 'Ask support' };
      graph.steps.push({ ...graph.steps[3] }, { id: 'orphan', kind: 'info', title: { ja: '孤立', en: 'Orphan' } });
      return [schema, graph];
    }
    const CJK = /[\u4e00-\u9fff]/;

    test('the same paths and rules as in English, every message in Chinese', () => {
      broken().forEach((definition, n) => {
        const english = problems(definition);
        assert.ok(english.length >= 4, JSON.stringify(english));
        for (const lang of ['zh-CN', 'zh-Hans', 'zh-SG', 'zh', 'zh-Hans-HK']) {
          const chinese = problems(definition, lang);
          assert.deepEqual(
            chinese.map(({ path, rule }) => ({ path, rule })),
            english.map(({ path, rule }) => ({ path, rule })),
            `${n} ${lang}`,
          );
          chinese.forEach((problem, i) => {
            assert.match(problem.message, CJK, `${lang} ${problem.path}: ${problem.message}`);
            assert.notEqual(problem.message, english[i]!.message);
          });
        }
      });
    });

    test('worded messages keep the code, ids and suggestions', () => {
      const bad = clone(small) as any;
      bad.steps[0].choices[0].next = 'lockd';
      bad.steps[1].links[0].href = 'javascript:alert(1)';
      bad.steps[0].choices[1].description = { en: 'Ask support' };
      const byPath = Object.fromEntries(problems(bad, 'zh-CN').map((problem) => [problem.path, problem.message]));
      assert.deepEqual(byPath, {
        'steps[0].choices[0].next': '不存在步骤 `lockd`（您是否想写 `locked`？）（在步骤 `hello` 中）',
        'steps[1].links[0].href': '链接不能使用 `javascript:`。请使用 http(s)、mailto 或相对 URL（在步骤 `locked` 中）',
        'steps[0].choices[1].description': '缺少 "ja" 的译文（languages 中已声明）（在步骤 `hello` 中）',
      });
      const schema = clone(small) as any;
      schema.steps[2].titel = 'x';
      schema.steps[3].kind = 'resolve';
      assert.deepEqual(
        problems(schema, 'zh-CN').map((problem) => problem.message),
        [
          '未知的键 `titel`（您是否想写 `title`？）（在步骤 `contact` 中）',
          '不能使用 `resolve`。可以使用的有：`info`、`choice`、`checklist`、`request`、`auth-code`、`contact`、`resolved`（您是否想写 `resolved`？）（在步骤 `done` 中）',
        ],
      );
    });

    test('not JSON, a newer version, a text with no language, too many problems', () => {
      assert.match(problems('{ "version": 1, ', 'zh-CN')[0]!.message, /^无法作为 JSON 读取：/);
      assert.equal(
        problems({ ...clone(small), version: 2 }, 'zh-CN')[0]!.message,
        '不支持格式版本 2（此库最高支持 1）。请更新 login-help-elements',
      );
      const textless = clone(small) as any;
      textless.steps[0].title = {};
      assert.match(problems(textless, 'zh-CN')[0]!.message, /按语言分别提供的字符串/);
      const many = { version: 1, start: 'a', steps: Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, kind: 'info', title: 'x' })) };
      const result = parseFlow(many, { lang: 'zh-CN', maxProblems: 10 });
      assert.ok(!result.ok);
      assert.equal(result.errors[10]!.message, '问题过多，仅列出前10项');
    });

    test('Traditional Chinese and other languages get English', () => {
      const bad = clone(small) as any;
      bad.steps[0].choices[0].next = 'lockd';
      for (const lang of ['zh-TW', 'zh-Hant', 'fr', 'ko']) {
        assert.equal(problems(bad, lang)[0]!.message, 'no step has the id `lockd` (did you mean `locked`?) (in step `hello`)', lang);
      }
      assert.equal(problems(bad, 'ja-JP')[0]!.message, 'ステップ `lockd` がありません（`locked` の誤りでは？）（ステップ `hello` 内）');
    });
  });

  test('never throws, whatever it is given', () => {
    const deep: any = {};
    let cursor = deep;
    for (let i = 0; i < 10000; i++) cursor = cursor.steps = {};
    for (const input of [undefined, null, 0, 'x', [], {}, { version: 1 }, deep, { version: 1, start: 'a', steps: [null] }]) {
      const result = parseFlow(input);
      assert.equal(result.ok, false);
      assert.ok(!result.ok && result.errors.length > 0 && result.errors.every((e) => typeof e.message === 'string' && e.message));
    }
  });

  test('lists at most maxProblems problems and says so', () => {
    const bad = { version: 1, start: 'a', steps: Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, kind: 'info', title: 'x' })) };
    const result = parseFlow(bad, { maxProblems: 10 });
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.errors.length, 11);
      assert.equal(result.errors[10]!.rule, 'too-many-problems');
    }
  });
});

describe('parseFlow with request templates in the definition', () => {
  const template = {
    id: 'account-transfer',
    inquiryType: { ja: 'アカウントへのログインに関するお問い合わせ', en: 'Account login' },
    subject: { ja: '引き継ぎ申請', en: 'Transfer request' },
    cautions: [],
    privacy: { ja: '手続きにだけ使います。', en: 'Used for this only.' },
    nameHint: { ja: '名前', en: 'Name' },
    emailHint: { ja: 'メール', en: 'E-mail' },
    fields: [{ id: 'username', label: { ja: 'ユーザー名', en: 'Username' }, kind: 'username', required: true, allowUnknown: true }],
  };

  test("a request step may name one of the flow's own templates", () => {
    const flow = structuredClone(small) as any;
    flow.templates = [template];
    flow.steps[2] = { id: 'contact', kind: 'request', template: 'account-transfer', title: { ja: '申請', en: 'Request' } };
    assert.equal(parseFlow(flow).ok, true);
  });

  test('a template of the flow is validated with its path', () => {
    const flow = structuredClone(small) as any;
    flow.templates = [{ ...template, fields: [{ ...template.fields[0], kind: 'password' }] }];
    const errors = problems(flow);
    assert.deepEqual(rules(errors), ['schema templates[0].fields[0].kind']);
  });
});

describe('parseFlow: every problem in one round (issue 17)', () => {
  /** The new user's file: a misspelled key, a link to a missing step and a step nothing leads to. */
  function newUsersFlow(): any {
    const bad = clone(small) as any;
    bad.steps[2].titel = bad.steps[2].title;
    delete bad.steps[2].title;
    bad.steps[0].choices[0].next = 'lockd';
    bad.steps.push({ id: 'forgot-password', kind: 'resolved', title: 'Forgot it' });
    return bad;
  }

  test('a typo, a link to a missing step and an unreachable step are reported by one call', () => {
    const errors = problems(newUsersFlow());
    assert.deepEqual(rules(errors), [
      'unknown-step steps[0].choices[0].next',
      'schema steps[2].titel',
      'schema steps[2].title',
      'unreachable-step steps[4]',
    ]);
    assert.equal(errors[0]!.message, 'no step has the id `lockd` (did you mean `locked`?) (in step `hello`)');
    assert.equal(errors[1]!.message, 'unknown key `titel` (did you mean `title`?) (in step `contact`)');
    assert.match(errors[3]!.message, /^step `forgot-password` cannot be reached/);
  });

  test('dead ends, duplicate ids and links to no step beside schema problems', () => {
    const bad = clone(small) as any;
    bad.version = 'one';
    bad.start = 'helo';
    bad.steps[1].kind = 'info';
    delete bad.steps[1].next;
    bad.steps[3].id = 'hello';
    bad.errors.locked = 42;
    assert.deepEqual(rules(problems(bad)), [
      'schema errors.locked',
      'unknown-step start',
      'dead-end steps[1]',
      'duplicate-id steps[3].id',
      'schema version',
    ]);
  });

  test('no graph problem where a schema problem already says it, and none twice', () => {
    const bad = clone(small) as any;
    bad.steps[1].next = 'not an id!';
    bad.steps[0].titel = 'x';
    const errors = problems(bad);
    assert.deepEqual(rules(errors), ['schema steps[0].titel', 'schema steps[1].next', 'unreachable-step steps[3]']);
    const keys = errors.map((e) => `${e.rule} ${e.path} ${e.message}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  test('the order is by path and the same on every call', () => {
    const one = problems(newUsersFlow());
    const two = problems(JSON.stringify(newUsersFlow()));
    assert.deepEqual(one, two);
    const bad = newUsersFlow();
    for (let i = 0; i < 8; i++) bad.steps.push({ id: `extra-${i}`, kind: 'resolved', title: 'x' });
    bad.steps[11].titel = 'x';
    const paths = problems(bad).map((e) => e.path);
    // Indices by number (steps[10] after steps[9]), a step before what is inside it.
    assert.deepEqual(paths, [
      'steps[0].choices[0].next',
      'steps[2].titel',
      'steps[2].title',
      ...Array.from({ length: 7 }, (_, i) => `steps[${i + 4}]`),
      'steps[11]',
      'steps[11].titel',
      'steps[12]',
    ]);
  });

  test('a definition whose graph cannot be read reports schema problems only', () => {
    assert.deepEqual(rules(problems([small])), ['schema ']);
    assert.deepEqual(rules(problems('"flow"')), ['schema ']);
    const notAList = clone(small) as any;
    notAList.steps = { hello: notAList.steps[0] };
    notAList.start = 'nowhere';
    assert.deepEqual(rules(problems(notAList)), ['schema steps']);
  });

  test('names the step in every language', () => {
    const bad = newUsersFlow();
    assert.equal(problems(bad, 'ja')[1]!.message, '不明なキー `titel`（`title` の誤りでは？）（ステップ `contact` 内）');
    assert.equal(problems(bad, 'zh-Hans')[1]!.message, '未知的键 `titel`（您是否想写 `title`？）（在步骤 `contact` 中）');
  });
});
