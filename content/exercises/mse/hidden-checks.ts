import { expectClose, expectNumber, returned, value, type CheckDefinition } from '../../../src/grading/check-kit.ts';
import type { meanSquaredError } from './solution.ts';

/**
 * Checks only an instructor runs (`lifecycle-lab grade --hidden`): the browser never
 * loads this file, so these cases cannot be fitted to from the page.
 */
const hiddenChecks: CheckDefinition<typeof meanSquaredError>[] = [
  {
    id: 'large-and-negative-values',
    name: 'agrees with the reference on large, negative and mixed-scale values',
    async run(t) {
      // rtol 1e-4 as in checks.ts. The sum is dominated by the largest terms (|d| ≈ 2|y| up to
      // ~1e7), whose float32 rounding is 2^-23 relative; summing 500 terms adds 500·2^-24 = 3e-5.
      const yTrue = t.random.many(500, (r) => r.normal(0, 1) * 10 ** r.int(-3, 6));
      const yPred = yTrue.map((y) => -y + t.random.normal(0, 1));
      const actual = expectNumber(returned(await t.call(value(yTrue), value(yPred)), 'meanSquaredError', 'a number'), 'meanSquaredError');
      expectClose(actual, t.reference(yTrue, yPred), { rtol: 1e-4, atol: 0 }, 'the MSE of 500 mixed-scale values');
    },
  },
];

export default hiddenChecks;
