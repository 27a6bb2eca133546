/** One figure over repeated runs: median, min and max. */
export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: readonly number[]): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, runs: sorted.length };
}

/** Runs `measure` `times` times, one after another. */
export async function repeat(times: number, measure: () => Promise<number>): Promise<Figure> {
  const values: number[] = [];
  for (let i = 0; i < times; i += 1) values.push(await measure());
  return summarise(values);
}
