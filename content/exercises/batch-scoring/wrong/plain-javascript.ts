// fails-first: chunks-at-most-batch-size
// The right numbers in plain JavaScript, no tensors at all: fine for a line, but the
// exercise is about scoring with the model's tensor ops in bounded chunks.
export function scoreBatch(
  model: { slope: number; intercept: number },
  xs: readonly (number | null)[],
  options: { batchSize: number; fallback: number },
): { predictions: number[]; fallbackRows: number[] } {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new RangeError('bad batchSize');
  const fallbackRows: number[] = [];
  const predictions = xs.map((x, row) => {
    if (x === null || !Number.isFinite(x)) {
      fallbackRows.push(row);
      return options.fallback;
    }
    return Math.fround(model.slope * x + model.intercept);
  });
  return { predictions, fallbackRows };
}
