// Accepted: Knuth's selection sampling (Algorithm S): walk the rows once, taking each with
// probability (still needed) / (still left). Keeps input order, and every subset is equally likely.
export function trainTestSplit<T>(rows: readonly T[], testFraction: number, rng: () => number): { train: T[]; test: T[] } {
  if (!(testFraction > 0) || !(testFraction < 1)) throw new RangeError('testFraction must be strictly between 0 and 1');
  const testSize = Math.ceil(testFraction * rows.length);
  if (testSize === 0 || testSize >= rows.length) throw new RangeError('one side of the split would be empty');
  const train: T[] = [];
  const test: T[] = [];
  let needed = testSize;
  rows.forEach((row, index) => {
    const left = rows.length - index;
    if (rng() * left < needed) {
      test.push(row);
      needed -= 1;
    } else {
      train.push(row);
    }
  });
  return { train, test };
}
