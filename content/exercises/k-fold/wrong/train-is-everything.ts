// fails-first: train-complement
// Returns all indices as train, validation included: the model is then validated on rows
// it was trained on.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new RangeError('bad k');
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: k }, (_, f) => ({ train: [...order], validation: order.filter((_, p) => p % k === f) }));
}
