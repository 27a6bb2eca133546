/**
 * The test MSE of the simplest model there is: predict the mean of the training targets for
 * every test row. Any real model has to beat this number to be worth its complexity.
 * Throws a RangeError when either array is empty.
 */
export function baselineMse(trainY: readonly number[], testY: readonly number[]): number {
  // Your code here.
  throw new Error('baselineMse is not written yet');
}
