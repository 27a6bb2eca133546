// Accepted (learner style): draws test rows one at a time with splice from a shrinking pool.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (typeof testFraction !== 'number' || !(testFraction > 0 && testFraction < 1)) throw new RangeError('testFraction out of range');
  const nTest = Math.ceil(rows.length * testFraction);
  if (nTest < 1 || nTest >= rows.length) throw new RangeError('empty split');
  const pool = rows.slice();
  const test: T[] = [];
  while (test.length < nTest) {
    const idx = Math.floor(rng() * pool.length);
    test.push(pool.splice(idx, 1)[0] as T);
  }
  return { train: pool, test };
}
