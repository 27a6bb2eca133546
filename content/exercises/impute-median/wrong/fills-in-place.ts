// fails-first: does-not-mutate
// Right values, but it writes the median into the arrays it was given and returns them.
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const gap = (v: number | null) => v === null || Number.isNaN(v);
  const sorted = train.filter((v): v is number => !gap(v)).sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('no values');
  const m = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  const fillInPlace = (values: (number | null)[]) => {
    values.forEach((v, i) => {
      if (gap(v)) values[i] = median;
    });
    return values as number[];
  };
  return { train: fillInPlace(train as (number | null)[]), test: fillInPlace(test as (number | null)[]), median };
}
