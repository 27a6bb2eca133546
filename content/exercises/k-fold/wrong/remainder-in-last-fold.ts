// fails-first: balanced-sizes
// Gives every fold floor(n / k) indices and the last one all the leftovers: for n = 23,
// k = 5 the sizes are 4, 4, 4, 4, 7.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new RangeError('bad k');
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const size = Math.floor(n / k);
  return Array.from({ length: k }, (_, f) => {
    const validation = order.slice(f * size, f === k - 1 ? n : (f + 1) * size);
    return { validation, train: order.filter((i) => !validation.includes(i)) };
  });
}
