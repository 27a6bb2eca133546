// fails-first: rejects-bad-k
// Checks the range 2 ≤ k ≤ n but not that k is an integer, so k = 2.5 or NaN gets through.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (k < 2 || k > n) throw new RangeError(`k must be between 2 and ${n}, got ${k}`);
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
