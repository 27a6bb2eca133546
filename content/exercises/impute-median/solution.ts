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
  // NaN counts as missing too: exports often write gaps as NaN. (0 is a real value.)
  const isMissing = (value: number | null): value is null => value === null || Number.isNaN(value);

  // filter makes a copy, so sorting it leaves the caller's array alone. The comparator is
  // needed: the default sort compares as strings, putting 100 before 20.
  const present = train.filter((value): value is number => !isMissing(value)).sort((a, b) => a - b);
  if (present.length === 0) throw new RangeError('train has no present value: there is no median to fill with');

  // Odd count: the middle value. Even count: the average of the two middle values.
  const middle = Math.floor(present.length / 2);
  const median = present.length % 2 === 1 ? present[middle]! : (present[middle - 1]! + present[middle]!) / 2;

  // The same fitted median fills both splits; map returns new arrays.
  const fill = (values: readonly (number | null)[]) => values.map((value) => (isMissing(value) ? median : value));
  return { train: fill(train), test: fill(test), median };
}
