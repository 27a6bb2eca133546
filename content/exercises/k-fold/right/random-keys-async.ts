/**
 * Accepted variant, async and functional: sort the indices by a random key each (ties have
 * probability ~0 with 53-bit floats), cut into sizes from scikit-learn's rule (the first
 * n % k folds get one extra), and build train as a Set difference.
 */
export async function kFold(n: number, k: number, rng: () => number): Promise<{ train: number[]; validation: number[] }[]> {
  if (!(Number.isInteger(n) && Number.isInteger(k))) throw new RangeError('n and k must be integers');
  if (k < 2) throw new RangeError(`k must be at least 2, got ${k}`);
  if (k > n) throw new RangeError(`k (${k}) cannot exceed n (${n})`);
  const shuffled = Array.from({ length: n }, (_, index) => ({ index, key: rng() }))
    .sort((a, b) => a.key - b.key)
    .map(({ index }) => index);
  const sizes = Array.from({ length: k }, (_, f) => Math.floor(n / k) + (f < n % k ? 1 : 0));
  const starts = sizes.map((_, f) => sizes.slice(0, f).reduce((a, b) => a + b, 0));
  return sizes.map((size, f) => {
    const validation = shuffled.slice(starts[f], starts[f]! + size);
    const held = new Set(validation);
    return { train: shuffled.filter((index) => !held.has(index)), validation };
  });
}
