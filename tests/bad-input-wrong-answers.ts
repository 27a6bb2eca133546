import { BOTH, fixture, type CorpusEntry } from './bad-input-entry.ts';

/**
 * Rows 11–16 of the bad-input corpus: code that runs but answers wrongly or in a shape the
 * grader must refuse (hard-coded answers, Proxies, valueOf tricks, functions, getters, NaN
 * and Infinity, an off-by-one split, Math.random instead of the given rng, a mutated input).
 */
export const wrongAnswers: CorpusEntry[] = [
  {
    row: 11,
    name: 'answer hard-coded from the example',
    exercise: 'mse',
    file: 'content/exercises/mse/wrong/hard-coded-example.ts',
    environments: BOTH,
    status: 'fail',
    check: { id: 'matches-reference', status: 'fail', message: /is 28, expected/ },
  },
  {
    row: 12,
    name: 'returns a Proxy',
    exercise: 'mse',
    file: fixture('12-returns-proxy'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /must return a number, but it cannot be copied as plain data/ },
  },
  {
    row: 12,
    name: 'returns a valueOf trick',
    exercise: 'mse',
    file: fixture('12-returns-value-of-trick'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /must return a number, but it cannot be copied as plain data/ },
  },
  {
    row: 12,
    name: 'returns a function',
    exercise: 'mse',
    file: fixture('12-returns-function'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /must return a number, but it cannot be copied as plain data/ },
  },
  {
    row: 12,
    name: 'returns getters',
    exercise: 'fit-linear-model',
    file: fixture('12-returns-getters'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /must return \{ slope: number; intercept: number \}, but its property "slope" is a getter/ },
  },
  {
    row: 13,
    name: 'returns NaN',
    exercise: 'mse',
    file: fixture('13-returns-nan'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /returned NaN, expected a finite number/ },
  },
  {
    row: 13,
    name: 'returns Infinity',
    exercise: 'mse',
    file: fixture('13-returns-infinity'),
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /returned Infinity, expected a finite number/ },
  },
  {
    row: 14,
    name: 'off-by-one split size',
    exercise: 'train-test-split',
    file: 'content/exercises/train-test-split/wrong/off-by-one.ts',
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /^test has 2 rows, expected 3 \(ceil\(0\.25 × 10\)\)$/ },
  },
  {
    row: 15,
    name: 'Math.random instead of rng',
    exercise: 'train-test-split',
    file: 'content/exercises/train-test-split/wrong/math-random.ts',
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /use the rng you were given/ },
  },
  {
    row: 16,
    name: 'mutates its input',
    exercise: 'mse',
    file: 'content/exercises/mse/wrong/mutates-input.ts',
    environments: BOTH,
    status: 'fail',
    check: { status: 'fail', message: /do not modify the input/ },
  },
];
