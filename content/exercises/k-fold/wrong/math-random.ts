// fails-first: same-seed-same-folds
// Shuffles with Math.random instead of the rng it was given, so results cannot be reproduced.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new RangeError('bad k');
  void rng;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: k }, (_, f) => ({
    train: order.filter((_, p) => p % k !== f),
    validation: order.filter((_, p) => p % k === f),
  }));
}
