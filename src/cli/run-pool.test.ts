import { describe, expect, it } from 'vitest';
import { runPool } from './run-pool.ts';

/** Resolves after `ms`, so several items overlap. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runPool', () => {
  it.each([1, 2, 3])('keeps at most %i items in flight, and uses all of them', async (jobs) => {
    let inFlight = 0;
    let most = 0;
    await runPool(
      Array.from({ length: 9 }, (_, i) => i),
      jobs,
      async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await pause(5);
        inFlight -= 1;
      },
    );
    expect(most).toBe(jobs);
  });

  it('returns results in input order whatever order they finish in', async () => {
    const finished: number[] = [];
    const results = await runPool([30, 1, 20, 2, 10], 3, async (ms) => {
      await pause(ms);
      finished.push(ms);
      return ms * 2;
    });
    expect(finished).not.toEqual([30, 1, 20, 2, 10]);
    expect(results).toEqual([60, 2, 40, 4, 20]);
  });
});
