/**
 * `FlowProblem.fix`: the did-you-mean suggestion of a problem as data (issue 17's one-click fix),
 * set where a message says "did you mean", and nowhere else. Beside flow-parse.node.test.ts, which
 * is past 300 lines.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseFlow, type FlowProblem } from '../src/flow/index.js';
import { parseSiteProfile } from '../src/flow/parse-site-profile.js';
import { pathKeys } from '../src/flow/problem-list.js';
import { choiceSchema, linkSchema, stepSchema } from '../src/flow/schema.js';
import { CHOICE_KEYS, LINK_KEYS, STEP_KEYS } from '../src/flow/keys.js';
import small from './fixtures/small-flow.json' with { type: 'json' };

const clone = <T>(value: T): T => structuredClone(value);

function problems(definition: unknown, lang?: string): FlowProblem[] {
  const result = parseFlow(definition, { lang });
  assert.equal(result.ok, false, 'expected the definition to be rejected');
  return result.ok ? [] : result.errors;
}

const at = (errors: FlowProblem[], rule: string, path: string) => {
  const found = errors.find((e) => e.rule === rule && e.path === path);
  assert.ok(found, `no ${rule} at ${path} in ${JSON.stringify(errors.map((e) => `${e.rule} ${e.path}`))}`);
  return found;
};

/** `definition` with the fix of `problem` applied as a studio would: rename the key, or replace the value. */
function applyFix(definition: any, problem: FlowProblem): any {
  const fixed = clone(definition);
  const { fix } = problem;
  assert.ok(fix, `no fix on ${problem.path}`);
  const keys = pathKeys(problem.path);
  const last = keys.pop()!;
  let parent = fixed;
  for (const key of keys) parent = parent[key];
  if (fix.replace === 'value') {
    assert.equal(typeof parent[last], 'string', 'a value fix replaces a string');
    parent[last] = fix.with;
  } else {
    assert.ok(Object.hasOwn(parent, last), 'a key fix renames a key that is there');
    // Renamed in place, so that the key keeps its position among the others.
    const entries = Object.entries(parent).map(([key, value]) => [key === last ? fix.with : key, value]);
    for (const key of Object.keys(parent)) delete parent[key];
    Object.assign(parent, Object.fromEntries(entries));
  }
  return fixed;
}

describe('FlowProblem.fix', () => {
  test('a misspelled key: rename it', () => {
    const bad = clone(small) as any;
    bad.steps[2].titel = bad.steps[2].title;
    delete bad.steps[2].title;
    const problem = at(problems(bad), 'schema', 'steps[2].titel');
    assert.deepEqual(problem.fix, { replace: 'key', with: 'title' });
    assert.deepEqual(parseFlow(applyFix(bad, problem)), { ok: true, flow: small });
  });

  test('a misspelled step id in a choice and in next: replace the value', () => {
    const bad = clone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    bad.steps[1].next = 'don';
    const errors = problems(bad);
    const choice = at(errors, 'unknown-step', 'steps[0].choices[0].next');
    const next = at(errors, 'unknown-step', 'steps[1].next');
    assert.deepEqual(choice.fix, { replace: 'value', with: 'locked' });
    assert.deepEqual(next.fix, { replace: 'value', with: 'done' });
    const once = problems(applyFix(bad, choice)).map((e) => e.path);
    assert.equal(once.includes('steps[0].choices[0].next'), false, 'the fixed problem is gone');
    assert.equal(once.includes('steps[1].next'), true, 'the other stays');
    assert.equal(parseFlow(applyFix(applyFix(bad, choice), next)).ok, true);
  });

  test('start and an error code pointing to a misspelled step: replace the value', () => {
    const bad = clone(small) as any;
    bad.start = 'helo';
    bad.errors.locked = 'lockd';
    const errors = problems(bad);
    assert.deepEqual(at(errors, 'unknown-step', 'start').fix, { replace: 'value', with: 'hello' });
    assert.deepEqual(at(errors, 'unknown-step', 'errors.locked').fix, { replace: 'value', with: 'locked' });
    let fixed = bad;
    for (const problem of errors.filter((e) => e.fix)) fixed = applyFix(fixed, problem);
    assert.equal(parseFlow(fixed).ok, true);
  });

  test('a misspelled login error code is a key of errors: rename it', () => {
    const bad = clone(small) as any;
    bad.errors = { lockd: 'locked', unknown: 'hello' };
    const problem = at(problems(bad), 'unknown-error-code', 'errors.lockd');
    assert.deepEqual(problem.fix, { replace: 'key', with: 'locked' });
    assert.equal(parseFlow(applyFix(bad, problem)).ok, true);
    // One that is not even shaped like a code (a schema problem), the same.
    bad.errors = { Locked: 'locked' };
    const shaped = at(problems(bad), 'schema', 'errors.Locked');
    assert.deepEqual(shaped.fix, { replace: 'key', with: 'locked' });
    assert.equal(parseFlow(applyFix(bad, shaped)).ok, true);
  });

  test('a misspelled step kind, template and outcome: replace the value', () => {
    const bad = clone(small) as any;
    bad.steps[3].kind = 'resolve';
    const kind = at(problems(bad), 'schema', 'steps[3].kind');
    assert.deepEqual(kind.fix, { replace: 'value', with: 'resolved' });
    assert.equal(parseFlow(applyFix(bad, kind)).ok, true);

    const request = clone(small) as any;
    request.steps[2] = { id: 'contact', kind: 'request', template: 'password-reisue', title: { ja: '申請', en: 'Request' } };
    const template = at(problems(request), 'unknown-template', 'steps[2].template');
    assert.deepEqual(template.fix, { replace: 'value', with: 'password-reissue' });
    assert.equal(parseFlow(applyFix(request, template)).ok, true);

    const outcome = clone(small) as any;
    outcome.steps[3].outcome = 'resolve';
    assert.deepEqual(at(problems(outcome), 'schema', 'steps[3].outcome').fix, { replace: 'value', with: 'resolved' });
  });

  test('the fix is the suggestion the message names, in every language', () => {
    const bad = clone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    for (const lang of ['en', 'ja', 'zh-Hans']) {
      const problem = at(problems(bad, lang), 'unknown-step', 'steps[0].choices[0].next');
      assert.deepEqual(problem.fix, { replace: 'value', with: 'locked' }, lang);
      assert.ok(problem.message.includes('`locked`'), lang);
    }
  });

  test('no fix where nothing is suggested', () => {
    const bad = clone(small) as any;
    bad.steps[1].next = 'nowhere';
    bad.steps[0].zzzzzz = 'x';
    bad.steps[3].template = 'contact';
    bad.steps.push({ id: 'lonely', kind: 'resolved', title: 'x' });
    const errors = problems(bad);
    assert.deepEqual(
      errors.map((e) => `${e.rule} ${e.path}`),
      [
        'schema steps[0].zzzzzz',
        'unknown-step steps[1].next',
        'unreachable-step steps[3]',
        'schema steps[3].template',
        'unreachable-step steps[4]',
      ],
    );
    for (const problem of errors) assert.equal('fix' in problem, false, problem.path);
  });

  test('no fix for an empty suggestion, which the message does not name either (found by fuzzing)', () => {
    const bad = clone(small) as any;
    bad.templates = [{ id: '' }];
    bad.steps[2] = { id: 'contact', kind: 'request', template: 'x', title: 'Request' };
    const problem = at(problems(bad), 'unknown-template', 'steps[2].template');
    assert.doesNotMatch(problem.message, /did you mean/);
    assert.equal('fix' in problem, false);
  });

  test('the keys a misspelled key is matched against are the schema’s', () => {
    const stepKeys = new Set(stepSchema.def.options.flatMap((option) => Object.keys(option.def.shape)));
    assert.deepEqual([...STEP_KEYS].sort(), [...stepKeys].sort());
    assert.deepEqual([...CHOICE_KEYS].sort(), Object.keys(choiceSchema.def.shape).sort());
    assert.deepEqual([...LINK_KEYS].sort(), Object.keys(linkSchema.def.shape).sort());
    assert.deepEqual(pathKeys('steps[3].choices[0].next'), ['steps', 3, 'choices', 0, 'next']);
    assert.deepEqual(pathKeys('errors["x y"]'), ['errors', 'x y']);
  });

  test('a site profile problem with a suggestion has its fix too', () => {
    const result = parseSiteProfile({ usernme: { maxLength: 20 } });
    assert.equal(result.ok, false);
    const [problem] = result.ok ? [] : result.errors;
    assert.equal(problem!.path, 'usernme');
    assert.deepEqual(problem!.fix, { replace: 'key', with: 'username' });
  });
});
