/**
 * The purge schedule both PostgreSQL stores share (src/server/postgres-store-setup.ts): at most
 * once per interval, never with 0, a failure left for the next one. The clock is mocked.
 */
import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { purgeNowAndThen } from '../src/server/postgres-store-setup.js';

describe('purgeNowAndThen', () => {
  it('purges once the interval has passed since the store was made, then once per interval', () => {
    mock.timers.enable({ apis: ['Date'], now: 0 });
    try {
      let purges = 0;
      const due = purgeNowAndThen(1000, async () => void purges++);
      due();
      mock.timers.tick(999);
      due();
      assert.equal(purges, 0, 'not before the interval');
      mock.timers.tick(1);
      due();
      due();
      assert.equal(purges, 1, 'once when due, not again at once');
      mock.timers.tick(1000);
      due();
      assert.equal(purges, 2);
    } finally {
      mock.timers.reset();
    }
  });

  it('defaults to one minute; 0 never purges; a failed purge rejects nothing', async () => {
    mock.timers.enable({ apis: ['Date'], now: 0 });
    try {
      let purges = 0;
      const byDefault = purgeNowAndThen(undefined, async () => void purges++);
      const never = purgeNowAndThen(0, async () => void (purges += 100));
      const failing = purgeNowAndThen(10, () => Promise.reject(new Error('database gone')));
      mock.timers.tick(59_999);
      byDefault();
      never();
      assert.equal(purges, 0);
      mock.timers.tick(1);
      byDefault();
      never();
      failing();
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(purges, 1, 'the default one minute; never with 0');
    } finally {
      mock.timers.reset();
    }
  });
});
