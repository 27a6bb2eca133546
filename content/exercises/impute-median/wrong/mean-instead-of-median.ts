// fails-first: median-of-train
// Fills with the mean of the present values: one outlier drags it far from the middle.
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const gap = (v: number | null) => v === null || Number.isNaN(v);
  const present = train.filter((v): v is number => !gap(v));
  if (present.length === 0) throw new RangeError('no values');
  const median = present.reduce((a, b) => a + b, 0) / present.length;
  const fill = (values: readonly (number | null)[]) => values.map((v) => (gap(v) ? median : (v as number)));
  return { train: fill(train), test: fill(test), median };
}
