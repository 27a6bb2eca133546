// fails-first: rejects-bad-k
// Checks k ≥ 2 but not k ≤ n, so k = 11 for 10 rows returns an empty validation set.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (k < 2) throw new RangeError(`k must be at least 2, got ${k}`);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: k }, (_, f) => ({
    train: order.filter((_, p) => p % k !== f),
    validation: order.filter((_, p) => p % k === f),
  }));
}
