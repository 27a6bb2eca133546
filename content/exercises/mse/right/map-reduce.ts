// Accepted: squared errors with map, then one reduce, instead of an index loop.
export const meanSquaredError = (yTrue: readonly number[], yPred: readonly number[]): number => {
  if (!yTrue.length || yTrue.length !== yPred.length) {
    throw new RangeError(`expected two non-empty arrays of equal length, got ${yTrue.length} and ${yPred.length}`);
  }
  return yTrue.map((y, i) => (y - yPred[i]!) ** 2).reduce((total, squared) => total + squared) / yTrue.length;
};
