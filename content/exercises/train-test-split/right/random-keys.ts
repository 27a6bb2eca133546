// Accepted: gives every row a random key from rng and sorts by it (ties have probability about n²/2^33).
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (Number.isNaN(testFraction) || testFraction <= 0 || testFraction >= 1) {
    throw new RangeError(`testFraction must be in (0, 1), got ${testFraction}`);
  }
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize < 1 || testSize > rows.length - 1) throw new RangeError('train and test must both be non-empty');
  const keyed = rows.map((row) => ({ row, key: rng() }));
  keyed.sort((a, b) => a.key - b.key);
  const ordered = keyed.map((entry) => entry.row);
  return { train: ordered.slice(testSize), test: ordered.slice(0, testSize) };
}
