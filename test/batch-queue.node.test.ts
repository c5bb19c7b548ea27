/**
 * The batching of the PostgreSQL stores' writes (src/server/batch-queue.ts): alone an item runs at
 * once; what arrives while a run is in flight goes together in the next run; items of one key
 * never share a run; a failed run fails only its own items.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BatchQueue } from '../src/server/batch-queue.js';

/** A run the test ends by hand: `runs` lists each run's items; `finish(i)` resolves run i. */
function controlledQueue(options: { concurrency?: number; maxItems?: number } = {}) {
  const runs: string[][] = [];
  const endings: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const queue = new BatchQueue<string, string>({
    ...options,
    key: (item) => item.split(':')[0]!,
    run(items) {
      runs.push([...items]);
      return new Promise((resolve, reject) => {
        endings.push({ resolve: () => resolve(items.map((item) => `done ${item}`)), reject });
      });
    },
  });
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return {
    queue,
    runs,
    finish: async (i: number) => (endings[i]!.resolve(), tick()),
    fail: (i: number, e: Error) => endings[i]!.reject(e),
    tick,
  };
}

describe('BatchQueue', () => {
  it('runs an item alone at once, with no timer', async () => {
    const { queue, runs, finish, tick } = controlledQueue();
    const a = queue.add('a');
    await tick();
    assert.deepEqual(runs, [['a']]);
    await finish(0);
    assert.equal(await a, 'done a');
  });

  it('sends what arrives while a run is in flight together in the next run, each with its own result', async () => {
    const { queue, runs, finish, tick } = controlledQueue();
    const a = queue.add('a');
    await tick();
    const later = ['b', 'c', 'd'].map((item) => queue.add(item));
    await tick();
    assert.deepEqual(runs, [['a']], 'one run at a time');
    await finish(0);
    assert.deepEqual(runs, [['a'], ['b', 'c', 'd']]);
    await finish(1);
    assert.deepEqual(await Promise.all([a, ...later]), ['done a', 'done b', 'done c', 'done d']);
  });

  it('never puts two items of one key in one run, and keeps their order', async () => {
    const { queue, runs, finish, tick } = controlledQueue({ concurrency: 1 });
    const results = ['k:1', 'k:2', 'x', 'k:3'].map((item) => queue.add(item));
    await tick();
    assert.deepEqual(runs, [['k:1', 'x']]);
    await finish(0);
    assert.deepEqual(runs.at(-1), ['k:2']);
    await finish(1);
    assert.deepEqual(runs.at(-1), ['k:3']);
    await finish(2);
    assert.deepEqual(await Promise.all(results), ['done k:1', 'done k:2', 'done x', 'done k:3']);
  });

  it('takes at most maxItems per run, and up to concurrency runs at once', async () => {
    const { queue, runs, finish, tick } = controlledQueue({ concurrency: 2, maxItems: 2 });
    const results = ['a', 'b', 'c', 'd', 'e'].map((item) => queue.add(item));
    await tick();
    assert.deepEqual(runs, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    await finish(0);
    assert.deepEqual(runs.at(-1), ['e']);
    await finish(1);
    await finish(2);
    assert.equal((await Promise.all(results)).length, 5);
  });

  it('a failed run rejects its own items only; the queue goes on', async () => {
    const { queue, runs, finish, fail, tick } = controlledQueue();
    const a = queue.add('a');
    await tick();
    const b = queue.add('b');
    const c = queue.add('c');
    const failure = new Error('connection lost');
    fail(0, failure);
    await assert.rejects(a, failure);
    await tick();
    assert.deepEqual(runs.at(-1), ['b', 'c']);
    await finish(1);
    assert.deepEqual(await Promise.all([b, c]), ['done b', 'done c']);
  });

  it('rejects the items of a run that answers for another number of items', async () => {
    const queue = new BatchQueue<string, number>({ key: (item) => item, run: async () => [1] });
    const both = [queue.add('a'), queue.add('b')];
    for (const result of both) await assert.rejects(result, /1 results for 2 items/);
  });
});
