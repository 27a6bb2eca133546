// fails-first: unbiased-shuffle
// The random-comparator sort again, with the test set taken from the end of the sorted copy:
// the bias moves (the first rows now land in test too rarely) but does not go away.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('bad fraction');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize === rows.length) throw new RangeError('empty side');
  const trainSize = rows.length - testSize;
  const shuffled = [...rows].sort(() => rng() - 0.5);
  return { train: shuffled.slice(0, trainSize), test: shuffled.slice(trainSize) };
}
