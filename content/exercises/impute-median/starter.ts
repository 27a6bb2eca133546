/**
 * Fills the missing values (null or NaN) of train and test with the median of train's
 * present values. The median is fitted on train only: computing it from test too would let
 * the test set leak into preprocessing. Does not modify its inputs.
 * Throws a RangeError when train has no present value.
 */
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  // Your code here.
  throw new Error('imputeMedian is not written yet');
}
