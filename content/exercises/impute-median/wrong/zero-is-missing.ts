// fails-first: missing-values
// Tests for a gap with !v, which is also true for 0: zeros are thrown out and overwritten.
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const gap = (v: number | null) => !v;
  const sorted = train.filter((v): v is number => !gap(v)).sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('no values');
  const m = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  const fill = (values: readonly (number | null)[]) => values.map((v) => (gap(v) ? median : (v as number)));
  return { train: fill(train), test: fill(test), median };
}
