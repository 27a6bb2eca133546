// fails-first: median-of-train
// Takes the median of train and test together: test's values leak into the fitted statistic.
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const gap = (v: number | null) => v === null || Number.isNaN(v);
  const sorted = [...train, ...test].filter((v): v is number => !gap(v)).sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('no values');
  const m = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  const fill = (values: readonly (number | null)[]) => values.map((v) => (gap(v) ? median : (v as number)));
  return { train: fill(train), test: fill(test), median };
}
