/**
 * The test MSE of the simplest model there is: predict the mean of the training targets for
 * every test row. Any real model has to beat this number to be worth its complexity.
 * Throws a RangeError when either array is empty.
 */
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  // An empty train has no mean, and an empty test has nothing to average over (0 / 0 = NaN).
  if (trainY.length === 0) throw new RangeError('trainY is empty: the baseline needs at least one training target');
  if (testY.length === 0) throw new RangeError('testY is empty: there is nothing to score');

  // The prediction comes from train only: using testY here would let the test set leak into the model.
  let sum = 0;
  for (const y of trainY) sum += y;
  const prediction = sum / trainY.length;

  // Mean of squared errors over the test rows.
  let squares = 0;
  for (const y of testY) squares += (y - prediction) ** 2;
  return squares / testY.length;
}
