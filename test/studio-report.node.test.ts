/**
 * The studio's reports (src/studio/flow-report.ts): paths with their outcomes, missing texts and
 * unreached steps, on the built-in flow and on small hand-made ones, and bounded on large ones.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { flowPaths, missingTexts, unreachedSteps } from '../src/studio/flow-report.js';
import { FlowEngine, parseFlow, type FlowDefinition, type FlowStep } from '../src/flow/index.js';
import { allPaths } from './support/flow-paths.js';
import defaultFlow from '../src/flows/default.json' with { type: 'json' };

const flowOf = (steps: Partial<FlowStep>[], extra: Partial<FlowDefinition> = {}): FlowDefinition =>
  ({
    version: 1,
    start: steps[0]!.id!,
    ...extra,
    steps: steps.map((step) => ({ kind: 'info', title: step.id, ...step })),
  }) as FlowDefinition;
const to = (...ids: string[]) => ids.map((next) => ({ label: next, next }));
const listed = (flow: FlowDefinition, limit?: number) => flowPaths(flow, { limit }).paths.map((p) => `${p.steps.join('>')} ${p.outcome}`);

/** `count` steps, each leading to the next two and back to the first and to a step halfway back. */
function tangled(count: number): FlowDefinition {
  return flowOf(
    Array.from({ length: count }, (_, i) =>
      i === count - 1
        ? { id: `s${i}`, kind: 'resolved' as const }
        : { id: `s${i}`, choices: to(...[i + 1, i + 2, 0, Math.floor(i / 2)].filter((n) => n < count).map((n) => `s${n}`)) },
    ),
  );
}

describe('flowPaths', () => {
  const flow = defaultFlow as FlowDefinition;

  it('lists every start-to-end path of the built-in flow, as the keyboard walks generate them', () => {
    const { paths, truncated } = flowPaths(flow, { limit: 10_000 });
    assert.equal(truncated, false);
    const expected = [...new Set(allPaths(flow).map((path) => path.steps.join('>')))];
    assert.deepEqual(
      paths.map((path) => path.steps.join('>')),
      expected,
    );
    assert.ok(paths.length > 50, `${paths.length} paths`);
  });

  it("gives each path the outcome the engine reaches at its end, by the path's own moves", () => {
    const { paths } = flowPaths(flow, { limit: 10_000 });
    assert.ok(paths.length > 0);
    for (const { steps, outcome } of paths) {
      const engine = new FlowEngine(flow);
      assert.equal(steps[0], flow.start);
      for (const id of steps.slice(1)) assert.ok(engine.go(id), `${steps.join('>')}: no move to ${id}`);
      assert.equal(engine.outcome, outcome, steps.join('>'));
    }
  });

  it('is the same on every call, and cut at limit with truncated', () => {
    assert.deepEqual(flowPaths(flow), flowPaths(flow));
    const cut = flowPaths(flow, { limit: 5 });
    assert.equal(cut.truncated, true);
    assert.deepEqual(cut.paths, flowPaths(flow).paths.slice(0, 5));
    const all = flowPaths(flow, { limit: 10_000 }).paths.length;
    assert.equal(flowPaths(flow, { limit: all }).truncated, false, 'exactly limit paths is not truncated');
    assert.equal(flowPaths(flow, { limit: all - 1 }).truncated, true);
  });

  it('follows a cycle once, and leaves out dead ends and links to no step', () => {
    const cyclic = flowOf([
      { id: 'a', choices: to('b', 'dead', 'nowhere') },
      { id: 'b', choices: to('a', 'c') },
      { id: 'c', choices: to('b'), next: 'end' },
      { id: 'dead' },
      { id: 'end', kind: 'contact' },
    ]);
    assert.deepEqual(listed(cyclic), ['a>b>c>end contact']);
  });

  it('goes on past an end step that leads on, and takes the outcome over the kind', () => {
    const flow = flowOf([
      { id: 'a', choices: to('b', 'b'), next: 'c' },
      { id: 'b', kind: 'resolved', next: 'c' },
      { id: 'c', outcome: 'request' },
    ]);
    assert.deepEqual(listed(flow), ['a>b resolved', 'a>b>c request', 'a>c request']);
  });

  it('lists nothing when the start is missing or leads to no end', () => {
    assert.deepEqual(flowPaths(flowOf([{ id: 'a' }], { start: 'gone' })), { paths: [], truncated: false });
    assert.deepEqual(
      flowPaths(
        flowOf([
          { id: 'a', next: 'b' },
          { id: 'b', next: 'a' },
        ]),
      ),
      { paths: [], truncated: false },
    );
    assert.deepEqual(listed(flowOf([{ id: 'a', kind: 'resolved' }])), ['a resolved']);
  });

  it('a 500-step chain is one path of 500 steps', () => {
    const chain = flowOf(
      Array.from({ length: 500 }, (_, i) => (i === 499 ? { id: `s${i}`, kind: 'resolved' } : { id: `s${i}`, next: `s${i + 1}` })),
    );
    const { paths, truncated } = flowPaths(chain);
    assert.equal(truncated, false);
    assert.equal(paths.length, 1);
    assert.equal(paths[0]!.steps.length, 500);
  });

  it('a tangled 500-step flow (more paths than can be counted) returns within limits, quickly', () => {
    const flow = tangled(500);
    const started = performance.now();
    const { paths, truncated } = flowPaths(flow);
    const ms = performance.now() - started;
    assert.equal(truncated, true);
    assert.equal(paths.length, 200);
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    for (const path of paths) {
      assert.equal(new Set(path.steps).size, path.steps.length, 'no step twice');
      assert.equal(path.steps.at(-1), 's499');
    }
  });

  it('a 500-step flow whose ends hide behind a knot gives up in bounded time', () => {
    // The start's first choice enters 12 steps that all lead to each other and to `back`, which
    // leads to the start again: 12! ways through, none to an end; the start's other choice ends.
    const knot = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const steps: Partial<FlowStep>[] = [
      { id: 'start', choices: to('k0', 'end') },
      ...knot.map((id) => ({ id, choices: to(...knot.filter((other) => other !== id), 'back') })),
      { id: 'back', next: 'start' },
      { id: 'end', kind: 'resolved', next: 'f0' },
      ...Array.from({ length: 485 }, (_, i) =>
        i === 484 ? { id: `f${i}`, kind: 'resolved' as const } : { id: `f${i}`, next: `f${i + 1}` },
      ),
    ];
    assert.equal(steps.length, 500);
    const started = performance.now();
    const { paths, truncated } = flowPaths(flowOf(steps));
    const ms = performance.now() - started;
    assert.equal(truncated, true);
    assert.ok(paths.length <= 200);
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  });
});

describe('missingTexts', () => {
  it('none in the built-in flow', () => {
    assert.deepEqual(missingTexts(defaultFlow as FlowDefinition), []);
  });

  it('one entry per text and missing language, with its step, as parseFlow reports them', () => {
    const flow = flowOf(
      [
        {
          id: 'a',
          title: { ja: 'あ', en: 'A' },
          body: ['one string for every language', { ja: 'だけ' }],
          choices: [{ label: { ja: 'え', en: 'E' }, next: 'end', description: 'fine' }],
        },
        { id: 'end', kind: 'resolved', title: { ja: '終', en: 'End', 'zh-Hans': '终' }, nextLabel: { en: 'Next' } },
      ],
      { languages: ['ja', 'en', 'zh-Hans', 'en'], title: { en: 'Flow' } },
    );
    assert.deepEqual(missingTexts(flow), [
      { path: 'title', lang: 'ja' },
      { path: 'title', lang: 'zh-Hans' },
      { path: 'steps[0].title', step: 'a', lang: 'zh-Hans' },
      { path: 'steps[0].body[1]', step: 'a', lang: 'en' },
      { path: 'steps[0].body[1]', step: 'a', lang: 'zh-Hans' },
      { path: 'steps[0].choices[0].label', step: 'a', lang: 'zh-Hans' },
      { path: 'steps[1].nextLabel', step: 'end', lang: 'ja' },
      { path: 'steps[1].nextLabel', step: 'end', lang: 'zh-Hans' },
    ]);
    const result = parseFlow(flow);
    const reported = result.ok ? [] : result.errors.filter((e) => e.rule === 'missing-translation').map((e) => e.path);
    assert.deepEqual(reported, [...new Set(missingTexts(flow).map((text) => text.path))]);
  });

  it('an empty text is a missing one', () => {
    const flow = flowOf([{ id: 'a', kind: 'resolved', title: { ja: 'あ', en: '' } }], { languages: ['ja', 'en'] });
    assert.deepEqual(missingTexts(flow), [{ path: 'steps[0].title', step: 'a', lang: 'en' }]);
  });

  it('none when the flow declares no languages', () => {
    assert.deepEqual(missingTexts(flowOf([{ id: 'a', kind: 'resolved', title: { ja: 'だけ' } }])), []);
  });
});

describe('unreachedSteps', () => {
  it('none in the built-in flow', () => {
    assert.deepEqual(unreachedSteps(defaultFlow as FlowDefinition), []);
  });

  it('steps that neither the start, an error code, a choice nor a next reaches, as parseFlow reports them', () => {
    const flow = flowOf(
      [
        { id: 'a', choices: to('b'), next: 'missing' },
        { id: 'b', kind: 'resolved' },
        { id: 'locked', next: 'after-locked' },
        { id: 'after-locked', kind: 'contact' },
        { id: 'island', next: 'beyond' },
        { id: 'beyond', kind: 'resolved', choices: to('a') },
        { id: 'self', next: 'self' },
      ],
      { errors: { locked: 'locked' } },
    );
    assert.deepEqual(unreachedSteps(flow), ['island', 'beyond', 'self']);
    const result = parseFlow(flow);
    const reported = result.ok ? [] : result.errors.filter((e) => e.rule === 'unreachable-step').map((e) => e.path);
    assert.deepEqual(reported, ['steps[4]', 'steps[5]', 'steps[6]']);
  });

  it('a duplicate id is one step, the first', () => {
    const flow = flowOf([
      { id: 'a', kind: 'resolved' },
      { id: 'a', next: 'b' },
      { id: 'b', kind: 'resolved' },
    ]);
    assert.deepEqual(unreachedSteps(flow), ['b']);
  });
});
