// fails-first: even-count-median
// Takes the upper middle value for an even count instead of averaging the two middle values.
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const gap = (v: number | null) => v === null || Number.isNaN(v);
  const sorted = train.filter((v): v is number => !gap(v)).sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('no values');
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const fill = (values: readonly (number | null)[]) => values.map((v) => (gap(v) ? median : (v as number)));
  return { train: fill(train), test: fill(test), median };
}
