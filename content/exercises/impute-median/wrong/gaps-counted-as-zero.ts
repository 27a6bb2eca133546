// fails-first: median-of-train
// Forgets to leave the gaps out before sorting: a - b turns null into 0, so each gap counts as a 0.
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const gap = (v: number | null) => v === null || Number.isNaN(v);
  if (!train.some((v) => !gap(v))) throw new RangeError('no values');
  const sorted = [...train].sort((a, b) => (a as number) - (b as number)) as number[];
  const m = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  const fill = (values: readonly (number | null)[]) => values.map((v) => (gap(v) ? median : (v as number)));
  return { train: fill(train), test: fill(test), median };
}
