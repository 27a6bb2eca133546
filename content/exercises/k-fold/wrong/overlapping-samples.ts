// fails-first: validation-partition
// Draws each fold's validation set as its own random sample, so folds overlap and some
// indices are never validated.
export function kFold(n: number, k: number, rng: () => number): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new RangeError('bad k');
  const size = Math.floor(n / k);
  const folds: { train: number[]; validation: number[] }[] = [];
  for (let f = 0; f < k; f++) {
    const pool = Array.from({ length: n }, (_, i) => i);
    const validation: number[] = [];
    for (let s = 0; s < size; s++) validation.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
    folds.push({ validation, train: pool });
  }
  return folds;
}
