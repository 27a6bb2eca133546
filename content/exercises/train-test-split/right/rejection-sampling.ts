// Accepted (written as a learner from another course would): rejection sampling of distinct indices into a Set.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number) {
  if (!(0 < testFraction && testFraction < 1)) throw new RangeError(String(testFraction));
  const n = rows.length,
    k = Math.ceil(testFraction * n);
  if (k === 0 || k === n) throw new RangeError('one side empty');
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(rng() * n));
  const train: T[] = [],
    test: T[] = [];
  for (let i = 0; i < n; i++) (picked.has(i) ? test : train).push(rows[i]!);
  return { train, test };
}
