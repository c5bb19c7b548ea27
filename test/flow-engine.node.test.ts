import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { FlowEngine, parseFlow, toMermaid, LOGIN_ERROR_CODES, type FlowDefinition } from '../src/flow/index.js';
import small from './fixtures/small-flow.json' with { type: 'json' };
import defaultJson from '../src/flows/default.json' with { type: 'json' };
import { allPaths } from './support/flow-paths.js';

function parsed(json: unknown): FlowDefinition {
  const result = parseFlow(json);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.flow;
}
const flow = parsed(small);
const defaultFlow = parsed(defaultJson);

describe('FlowEngine', () => {
  test('starts at the flow start, a given step, or the step of an error code', () => {
    assert.equal(new FlowEngine(flow).current.id, 'hello');
    assert.equal(new FlowEngine(flow, { step: 'contact' }).current.id, 'contact');
    const locked = new FlowEngine(flow, { error: 'locked' });
    assert.equal(locked.current.id, 'locked');
    assert.equal(locked.error, 'locked');
  });

  test('an error code the flow does not map starts at the unknown step (keeping the code), a missing step at the start', () => {
    assert.equal(new FlowEngine(flow, { error: 'captcha-required' }).current.id, 'hello');
    assert.equal(new FlowEngine(flow, { error: 'captcha-required' }).error, 'captcha-required');
    assert.equal(new FlowEngine(flow, { error: 'made-up' }).error, 'unknown');
    assert.equal(new FlowEngine(flow, { step: 'no-such-step' }).current.id, 'hello');
  });

  test('choose, next, back and restart move along edges and the history', () => {
    const engine = new FlowEngine(flow);
    assert.deepEqual(engine.choose(0), { from: 'hello', to: 'locked', path: ['hello', 'locked'] });
    assert.deepEqual(engine.next(), { from: 'locked', to: 'done', path: ['hello', 'locked', 'done'] });
    assert.equal(engine.outcome, 'resolved');
    assert.deepEqual(engine.back(), { from: 'done', to: 'locked', path: ['hello', 'locked'] });
    assert.equal(engine.outcome, undefined);
    assert.deepEqual(engine.restart(), { from: 'locked', to: 'hello', path: ['hello'] });
    assert.equal(engine.back(), null);
    assert.equal(engine.canGoBack, false);
  });

  test('refuses moves that are not edges of the current step', () => {
    const engine = new FlowEngine(flow);
    assert.equal(engine.go('done'), null);
    assert.equal(engine.choose(5), null);
    assert.equal(engine.next(), null);
    assert.deepEqual(engine.path, ['hello']);
  });

  test('backTo jumps to a step on the path', () => {
    const engine = new FlowEngine(flow);
    engine.choose(0);
    engine.next();
    assert.deepEqual(engine.backTo(0)?.path, ['hello']);
    assert.equal(engine.backTo(0), null);
  });

  test('serialises to a hash-safe string and restores it', () => {
    const engine = new FlowEngine(flow);
    engine.choose(0);
    engine.next();
    const saved = engine.serialize();
    assert.equal(saved, 'hello.locked.done');
    assert.match(saved, /^[A-Za-z0-9._-]+$/);
    const restored = new FlowEngine(flow);
    assert.equal(restored.restore(saved), true);
    assert.deepEqual(restored.path, ['hello', 'locked', 'done']);
  });

  test('restore keeps the longest valid prefix of a tampered path', () => {
    const engine = new FlowEngine(flow);
    assert.equal(engine.restore('hello.locked.contact'), false);
    assert.deepEqual(engine.path, ['hello', 'locked']);
    assert.equal(new FlowEngine(flow).restore('nope.hello'), false);
    assert.equal(new FlowEngine(flow).restore(''), false);
  });
});

describe('default flow', () => {
  test('every login error code starts at its own step', () => {
    const expected: Record<string, string> = {
      'invalid-credentials': 'error-invalid-credentials',
      'system-error': 'error-system',
      'captcha-required': 'error-captcha',
      locked: 'account-locked',
      'code-invalid': 'auth-code-rejected',
      'code-locked': 'code-locked',
      unknown: 'before-you-start',
    };
    for (const code of LOGIN_ERROR_CODES) {
      assert.equal(new FlowEngine(defaultFlow, { error: code }).current.id, expected[code], code);
    }
  });

  test('every start-to-end path can be walked by the engine and ends at an end step', () => {
    const paths = allPaths(defaultFlow);
    assert.ok(paths.length >= 30, `only ${paths.length} paths`);
    const visited = new Set<string>();
    for (const path of paths) {
      const engine = new FlowEngine(defaultFlow);
      for (const [i, move] of path.moves.entries()) {
        const transition = move >= 0 ? engine.choose(move) : engine.next();
        assert.equal(transition?.to, path.steps[i + 1], path.steps.join(' > '));
      }
      assert.ok(engine.outcome, `${path.steps.join(' > ')} ends at ${engine.current.id}, not an end step`);
      path.steps.forEach((id) => visited.add(id));
    }
    assert.equal(visited.size, defaultFlow.steps.length, 'some steps are on no path');
  });
});

describe('toMermaid', () => {
  test('draws every step, every choice as a labelled edge and every error entry', () => {
    const chart = toMermaid(flow);
    assert.match(chart, /^flowchart TD\n/);
    assert.match(chart, /s0\{"hello: What happened\?"\}/);
    assert.match(chart, /s0 -->\|"I am locked out"\| s1/);
    assert.match(chart, /s1 --> s3/);
    assert.match(chart, /s3\(\["done: Glad it works"\]\)/);
    assert.match(chart, /e0>"error: locked"\] -.-> s1/);
    assert.equal(toMermaid(flow, { lang: 'ja' }).includes('何が起きましたか'), true);
  });

  test('escapes quotes and markup in labels', () => {
    const tricky = structuredClone(small) as any;
    tricky.steps[0].title = { ja: 'x', en: 'Say "hi" <b>now</b> | or not' };
    const chart = toMermaid(parsed(tricky));
    assert.match(chart, /Say #quot;hi#quot; #lt;b#gt;now#lt;\/b#gt; #124; or not/);
  });

  test('draws the whole default flow', () => {
    const chart = toMermaid(defaultFlow);
    for (const step of defaultFlow.steps)
      assert.ok(
        chart.includes(`: ${typeof step.title === 'string' ? step.title : step.title.en}`.replace(/"/g, '#quot;').slice(0, 20)),
        step.id,
      );
  });
});
