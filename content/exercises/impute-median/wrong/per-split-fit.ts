// fails-first: fills-both
// Fits a median per split: the reported median is train's, but test is filled with its own median, which is a leak too.
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const gap = (v: number | null) => v === null || Number.isNaN(v);
  const medianOf = (values: readonly (number | null)[]) => {
    const sorted = values.filter((v): v is number => !gap(v)).sort((a, b) => a - b);
    if (sorted.length === 0) throw new RangeError('no values');
    const m = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
    return median;
  };
  const median = medianOf(train);
  const testMedian = test.some((v) => !gap(v)) ? medianOf(test) : median;
  return {
    train: train.map((v) => (gap(v) ? median : (v as number))),
    test: test.map((v) => (gap(v) ? testMedian : (v as number))),
    median,
  };
}
