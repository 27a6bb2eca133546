// Accepted: a forward Fisher–Yates that stops after the first testSize positions, on a copy of the indices.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError(`bad testFraction ${testFraction}`);
  const n = rows.length;
  const testSize = Math.ceil(testFraction * n);
  if (testSize === 0 || testSize === n) throw new RangeError(`${n} rows at ${testFraction} leave one side empty`);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < testSize; i += 1) {
    const j = i + Math.floor(rng() * (n - i));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  const pick = (indices: number[]) => indices.map((index) => rows[index] as T);
  return { test: pick(order.slice(0, testSize)), train: pick(order.slice(testSize)) };
}
