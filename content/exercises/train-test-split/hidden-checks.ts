import type { CheckDefinition } from '../../../src/grading/check-kit.ts';
import { splitOf } from './checks.ts';
import type { trainTestSplit } from './solution.ts';
import { DESIGN_30 } from './split-designs.ts';
import { checkSplitDesign } from './unbiased-split.ts';

/**
 * Checks only an instructor runs (`lifecycle-lab grade --hidden`): the browser never loads
 * this file. The visible statistical check always splits 40 rows, and learners can read it,
 * so a split fitted to it (fair for 40 rows, a block otherwise) would pass it; here the same
 * design runs at 30 rows.
 */
const hiddenChecks: CheckDefinition<typeof trainTestSplit>[] = [
  {
    id: 'unbiased-at-another-size',
    name: 'makes every test set equally likely at another size too (30 rows, over 900 seeds)',
    run: (t) => checkSplitDesign(t, DESIGN_30, splitOf),
  },
];

export default hiddenChecks;
