import { fail, returned } from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';

/** One fold as the checks read it. */
export interface Fold {
  train: number[];
  validation: number[];
}

export const WHAT = 'kFold';
const SHAPE = '{ train: number[]; validation: number[] }[]';

/**
 * The folds the learner returned for (n, k); fails unless it is an array of k objects whose
 * train and validation are arrays of integer indices in 0 … n−1. Shapes before values.
 */
export function readFolds(outcome: CallOutcome, n: number, k: number): Fold[] {
  const result = returned(outcome, `${WHAT}(${n}, ${k}, rng)`, SHAPE);
  if (!Array.isArray(result)) fail(`${WHAT}(${n}, ${k}, rng) must return an array of folds`, { actual: result });
  if (result.length !== k) fail(`${WHAT}(${n}, ${k}, rng) returned ${result.length} folds, expected k = ${k}`);
  return result.map((item: unknown, fold) => {
    const candidate = item as { train?: unknown; validation?: unknown } | null;
    if (typeof candidate !== 'object' || candidate === null || !Array.isArray(candidate.train) || !Array.isArray(candidate.validation)) {
      fail(`fold ${fold} of ${WHAT}(${n}, ${k}, rng) must be { train: number[]; validation: number[] }`, { actual: item });
    }
    for (const side of ['train', 'validation'] as const) {
      const list = candidate[side] as unknown[];
      const bad = list.findIndex((index) => !Number.isInteger(index) || (index as number) < 0 || (index as number) >= n);
      if (bad >= 0) fail(`fold ${fold}'s ${side}[${bad}] is ${String(list[bad])}, expected an index from 0 to ${n - 1} (n = ${n})`);
    }
    return { train: candidate.train as number[], validation: candidate.validation as number[] };
  });
}

/** The folds as a canonical string (validation sets sorted, fold order kept), to compare partitions. */
export const partitionKey = (folds: readonly Fold[]): string =>
  folds.map((fold) => [...fold.validation].sort((a, b) => a - b).join(',')).join(' | ');
