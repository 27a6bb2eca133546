/**
 * Accepted variant: Fisher–Yates on an index array, then deal the shuffled indices out
 * like cards (position p goes to fold p % k), so sizes differ by at most one on their own.
 */
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) {
    throw new RangeError(`need integers with 2 <= k <= n, got n=${n}, k=${k}`);
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  const foldOf = new Array<number>(n);
  order.forEach((index, position) => (foldOf[index] = position % k));
  const folds: { train: number[]; validation: number[] }[] = [];
  for (let f = 0; f < k; f++) {
    folds.push({
      train: order.filter((index) => foldOf[index] !== f),
      validation: order.filter((index) => foldOf[index] === f),
    });
  }
  return folds;
}
