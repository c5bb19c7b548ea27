/**
 * The fast path of `parseFlow` (src/flow/fast-accept.ts): it must take every valid definition
 * (else parseFlow is slow again without a failing test), give exactly what zod gives (same values,
 * same key order), and say "not sure" for whatever the full path must see.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { flowSchema } from '../src/flow/schema.js';
import { compileFastAccept } from '../src/flow/fast-accept.js';
import { validFlowArb } from './support/fuzz-flows.js';
import defaultFlow from '../src/flows/default.json' with { type: 'json' };

const accept = compileFastAccept(flowSchema);

/** The fast path's answer, which must be zod's `data`, key order included. */
function assertSameAsZod(input: unknown): void {
  const fast = accept(input);
  assert.ok(fast, 'the fast path takes the definition');
  const parsed = z.safeParse(flowSchema, input);
  assert.ok(parsed.success);
  assert.deepStrictEqual(fast.value, parsed.data);
  assert.equal(JSON.stringify(fast.value), JSON.stringify(parsed.data), 'same key order');
  assert.notEqual(fast.value, input, 'a copy, as zod gives');
}

const small = () => structuredClone(defaultFlow) as Record<string, any>;

describe('compileFastAccept(flowSchema)', () => {
  test('takes the default flow, with what zod gives', () => assertSameAsZod(defaultFlow));

  test('takes every generated valid definition (with and without templates, texts as strings or per language)', () => {
    fc.assert(
      fc.property(validFlowArb, (flow) => assertSameAsZod(flow)),
      { numRuns: 300 },
    );
  });

  test('texts near the length limits (code points, not UTF-16 units) are judged as zod judges them', () => {
    for (const text of ['a', '🔐', 'a'.repeat(20000), '🔐'.repeat(10000) + 'a', '🔐'.repeat(20000)]) {
      const flow = small();
      flow.steps[0].title = { ja: text, en: 'x' };
      assertSameAsZod(flow);
    }
    const long = small();
    long.steps[0].title = { ja: 'a'.repeat(20001), en: 'x' };
    assert.equal(accept(long), undefined);
  });

  const unsure: [string, (flow: Record<string, any>) => unknown][] = [
    ['an unknown key', (flow) => ((flow.steps[0].colour = 'red'), flow)],
    ['an own __proto__ key (JSON.parse)', (flow) => JSON.parse(JSON.stringify(flow).replace('"title":{', '"title":{"__proto__":"x",'))],
    ['a constructor key in a record', (flow) => ((flow.errors.constructor = flow.start), flow)],
    ['a constructor key on an array', (flow) => ((flow.steps[0].body.constructor = 1), flow)],
    ['an array with a hole', (flow) => ((flow.steps[0].body.length += 1), flow)],
    ['a symbol key in a record', (flow) => ((flow.steps[0].title[Symbol('x')] = 'y'), flow)],
    ['a class instance', (flow) => ((flow.steps[1] = Object.assign(new (class Step {})(), flow.steps[1])), flow)],
    [
      'a getter that throws',
      (flow) => (
        Object.defineProperty(flow.steps[1], 'title', {
          enumerable: true,
          get: () => {
            throw new Error('no');
          },
        }),
        flow
      ),
    ],
    ['a wrong kind', (flow) => ((flow.steps[0].kind = 'nope'), flow)],
    ['not an object', () => 'flow'],
  ];
  for (const [name, make] of unsure) {
    test(`is not sure about ${name}`, () => assert.equal(accept(make(small())), undefined));
  }

  test('is not sure while Object.prototype has an enumerable key', () => {
    (Object.prototype as Record<string, unknown>).polluted = 1;
    try {
      assert.equal(accept(small()), undefined);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    assert.ok(accept(small()));
  });
});
