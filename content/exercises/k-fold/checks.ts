import { defineChecks, expectThrows, fail, rng, value, type CheckContext } from '../../../src/grading/check-kit.ts';
import { partitionKey, readFolds, WHAT, type Fold } from './read-folds.ts';
import { foldPlot } from './fold-plot.ts';
import type { kFold } from './solution.ts';

/**
 * (n, k) pairs every structural check runs: an even split, remainders of 1 to 4 (where
 * "the last fold takes the rest" and "ceil-sized folds" go wrong), leave-one-out (k = n),
 * the smallest legal case, and a larger one.
 */
const CASES = [
  [10, 2],
  [23, 5],
  [21, 5],
  [10, 4],
  [7, 7],
  [2, 2],
  [100, 9],
] as const;

/** Runs every case in one round trip and returns the folds of each. */
async function foldsOfAllCases(t: CheckContext<typeof kFold>) {
  const outcomes = await t.callMany(CASES.map(([n, k]) => [value(n), value(k), rng(t.random.seed())]));
  return CASES.map(([n, k], index) => ({ n, k, folds: readFolds(outcomes[index]!, n, k) }));
}

/** Which folds' validation sets hold each index (index → fold numbers). */
function validationOwners(n: number, folds: readonly Fold[]): number[][] {
  const owners = Array.from({ length: n }, () => [] as number[]);
  folds.forEach((fold, number) => fold.validation.forEach((index) => owners[index]!.push(number)));
  return owners;
}

export default defineChecks<typeof kFold>({
  exportName: 'kFold',
  checks: [
    {
      id: 'validation-partition',
      name: 'returns k folds whose validation sets are disjoint and hold every index once',
      async run(t) {
        const cases = await foldsOfAllCases(t);
        // n = 23, k = 5: uneven sizes, small enough to read index by index.
        const drawn = cases.find(({ n, k }) => n === 23 && k === 5)!;
        t.plot(foldPlot(drawn.n, drawn.folds));
        for (const { n, k, folds } of cases) {
          const owners = validationOwners(n, folds);
          const repeated = owners.findIndex((list) => list.length > 1);
          if (repeated >= 0) {
            const [a, b] = owners[repeated]!;
            const where = a === b ? `twice in fold ${a}'s validation set` : `in the validation sets of folds ${a} and ${b}`;
            fail(`index ${repeated} is ${where} (n = ${n}, k = ${k}): validation sets must not overlap`);
          }
          const missing = owners.findIndex((list) => list.length === 0);
          if (missing >= 0) fail(`index ${missing} is in no validation set (n = ${n}, k = ${k}): every index must be validated once`);
        }
      },
    },
    {
      id: 'balanced-sizes',
      name: 'makes validation sets whose sizes differ by at most one',
      async run(t) {
        for (const { n, k, folds } of await foldsOfAllCases(t)) {
          const sizes = folds.map((fold) => fold.validation.length);
          const big = sizes.indexOf(Math.max(...sizes));
          const small = sizes.indexOf(Math.min(...sizes));
          if (sizes[big]! - sizes[small]! > 1) {
            fail(
              `fold ${big} has ${sizes[big]} indices, fold ${small} has ${sizes[small]} (n = ${n}, k = ${k}): sizes may differ by at most one, ` +
                `so here every fold has ${Math.floor(n / k)} or ${Math.ceil(n / k)}`,
              { actual: sizes },
            );
          }
        }
      },
    },
    {
      id: 'train-complement',
      name: "makes each fold's train every index outside its validation set, once",
      async run(t) {
        for (const { n, k, folds } of await foldsOfAllCases(t)) {
          for (const [number, fold] of folds.entries()) {
            const held = new Set(fold.validation);
            const seen = new Set<number>();
            for (const index of fold.train) {
              if (held.has(index))
                fail(`fold ${number}'s train holds index ${index}, which is in its own validation set (n = ${n}, k = ${k})`);
              if (seen.has(index)) fail(`fold ${number}'s train lists index ${index} twice (n = ${n}, k = ${k})`);
              seen.add(index);
            }
            const absent = Array.from({ length: n }, (_, index) => index).find((index) => !held.has(index) && !seen.has(index));
            if (absent !== undefined) {
              fail(
                `fold ${number}'s train lacks index ${absent}, which is not in its validation set (n = ${n}, k = ${k}): train is everything else`,
              );
            }
          }
        }
      },
    },
    {
      id: 'same-seed-same-folds',
      name: 'gives the same folds for the same seed (uses the rng it is given)',
      async run(t) {
        // Deterministic for a correct solution (it fails with probability 0). A Math.random
        // shuffle passes only if two shuffles give the same labelled partition of 20 indices
        // into 4 folds of 5: 1 / (20! / 5!^4) = 1 / 11,732,745,024 ≈ 8.5e-11.
        const seed = t.random.seed();
        const [first, second] = await t.callMany([
          [value(20), value(4), rng(seed)],
          [value(20), value(4), rng(seed)],
        ]);
        const a = readFolds(first!, 20, 4);
        const b = readFolds(second!, 20, 4);
        if (partitionKey(a) !== partitionKey(b)) {
          fail('the same seed gave two different sets of folds: shuffle with the rng you were given, not Math.random', {
            expected: a[0]!.validation,
            actual: b[0]!.validation,
          });
        }
      },
    },
    {
      id: 'shuffled',
      name: 'gives different folds for different seeds (the indices are shuffled)',
      async run(t) {
        // Statistic: whether three calls with three different seeds return the same labelled
        // partition (validation sets compared as sets, fold by fold). One run of 3 calls;
        // threshold: fail only if all three are identical. A correct (uniform) shuffle gives
        // each of M = 20! / 5!^4 = 11,732,745,024 partitions with probability 1/M, so it fails
        // with probability 1/M² ≈ 7.3e-21. An unshuffled split is identical every time: it
        // passes with probability 0.
        const outcomes = await t.callMany([0, 1, 2].map(() => [value(20), value(4), rng(t.random.seed())]));
        const keys = outcomes.map((outcome) => partitionKey(readFolds(outcome, 20, 4)));
        if (keys.every((key) => key === keys[0])) {
          fail(
            `three different seeds gave the same folds (fold 0 validates ${keys[0]!.split(' | ')[0]} every time): shuffle the indices with rng first`,
          );
        }
      },
    },
    {
      id: 'rejects-bad-k',
      name: 'throws a RangeError unless n and k are integers with 2 ≤ k ≤ n',
      async run(t) {
        const bad = [
          [10, 1, 'k = 1 (one fold leaves nothing to train on)'],
          [10, 0, 'k = 0'],
          [10, 11, 'k = 11 > n = 10 (a fold would be empty)'],
          [5, -2, 'k = −2'],
          [10, 2.5, 'k = 2.5 (not an integer)'],
          [10, Number.NaN, 'k = NaN'],
          [7.5, 3, 'n = 7.5 (not an integer)'],
        ] as const;
        const outcomes = await t.callMany(bad.map(([n, k]) => [value(n), value(k), rng(1)]));
        bad.forEach(([, , situation], index) => expectThrows(outcomes[index]!, 'RangeError', WHAT, `for ${situation}`));
      },
    },
  ],
});
