/**
 * Accepted variant, without sorting: the median is found by rank (a value with as many
 * present values below it as the middle position needs), the O(n²) way a statistics
 * textbook defines it. Loops instead of array methods.
 */
export function imputeMedian(
  train: readonly (number | null)[],
  test: readonly (number | null)[],
): { train: number[]; test: number[]; median: number } {
  const values: number[] = [];
  for (const v of train) if (typeof v === 'number' && v === v) values.push(v);
  const n = values.length;
  if (n < 1) throw new RangeError('cannot impute: every training value is missing');

  // The value at 0-based rank r: some v with (#below v) ≤ r < (#below v) + (#equal to v).
  function atRank(r: number): number {
    for (const v of values) {
      let below = 0;
      let equal = 0;
      for (const w of values) {
        if (w < v) below++;
        else if (w === v) equal++;
      }
      if (below <= r && r < below + equal) return v;
    }
    throw new Error('unreachable');
  }
  const median = n % 2 ? atRank((n - 1) / 2) : (atRank(n / 2 - 1) + atRank(n / 2)) / 2;

  const out = { train: [] as number[], test: [] as number[], median };
  for (const v of train) out.train.push(typeof v === 'number' && v === v ? v : median);
  for (const v of test) out.test.push(typeof v === 'number' && v === v ? v : median);
  return out;
}
