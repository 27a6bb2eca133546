// fails-first: fills-both
// Drops the rows with gaps instead of filling them, so the splits get shorter.
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const gap = (v: number | null) => v === null || Number.isNaN(v);
  const sorted = train.filter((v): v is number => !gap(v)).sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('no values');
  const m = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  return { train: train.filter((v): v is number => !gap(v)), test: test.filter((v): v is number => !gap(v)), median };
}
