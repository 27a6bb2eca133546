// fails-first: rejects-bad-k
// Never checks k: k = 1 gives one fold with an empty train set, k > n gives empty folds.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
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
