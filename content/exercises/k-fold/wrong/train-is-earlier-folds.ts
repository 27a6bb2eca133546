// fails-first: train-complement
// Trains each fold only on the folds before it (a time-series habit), so train misses the
// later folds and fold 0 trains on nothing.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new RangeError('bad k');
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const folds: { train: number[]; validation: number[] }[] = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
    folds.push({ train: order.slice(0, start), validation: order.slice(start, start + size) });
    start += size;
  }
  return folds;
}
