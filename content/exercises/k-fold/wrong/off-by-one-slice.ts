// fails-first: validation-partition
// Slices one index too many for each fold (an inclusive end), so neighbouring folds share an index.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new RangeError('bad k');
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const size = Math.ceil(n / k);
  return Array.from({ length: k }, (_, f) => {
    const validation = order.slice(f * size, (f + 1) * size + 1);
    return { validation, train: order.filter((i) => !validation.includes(i)) };
  });
}
