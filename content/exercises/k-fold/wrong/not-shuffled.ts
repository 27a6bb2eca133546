// fails-first: shuffled
// Cuts 0 … n−1 into contiguous blocks without shuffling: fine for sizes, but if the rows
// are sorted (by date, by label) every fold is biased.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new RangeError('bad k');
  void rng;
  const folds: { train: number[]; validation: number[] }[] = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
    const validation: number[] = [];
    const train: number[] = [];
    for (let i = 0; i < n; i++) (i >= start && i < start + size ? validation : train).push(i);
    folds.push({ train, validation });
    start += size;
  }
  return folds;
}
