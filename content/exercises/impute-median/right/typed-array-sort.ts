/**
 * Accepted variant: collects present values into a Float64Array, whose sort() is numeric
 * by default, and fills with map over both splits.
 */
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const isMissing = (v: number | null): v is null => v === null || Number.isNaN(v);
  const present = Float64Array.from(train.filter((v): v is number => !isMissing(v))).sort();
  if (present.length === 0) throw new RangeError('train has no present value to take a median of');
  const mid = present.length >> 1;
  const median = present.length % 2 === 1 ? present[mid]! : (present[mid - 1]! + present[mid]!) / 2;
  const fill = (values: readonly (number | null)[]) => values.map((v) => (isMissing(v) ? median : v));
  return { train: fill(train), test: fill(test), median };
}
