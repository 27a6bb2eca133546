import type { SeededRandom } from '../../../src/grading/seeded-random.ts';

/**
 * Data for the drift-psi checks. Current samples are built bin by bin inside the
 * reference's own quantile bins, so the checks control exactly how many values each bin
 * gets (none empty unless a check wants it, none on an edge unless a check wants it).
 */

/** The contract's edges (the grader's own copy): j/bins quantiles, position (n − 1)·j / bins, linear interpolation. */
export function quantileEdges(reference: readonly number[], bins: number): number[] {
  const sorted = [...reference].sort((a, b) => a - b);
  return Array.from({ length: bins - 1 }, (_, i) => {
    const position = ((sorted.length - 1) * (i + 1)) / bins;
    const below = Math.floor(position);
    const low = sorted[below]!;
    return position === below ? low : low + (sorted[below + 1]! - low) * (position - below);
  });
}

/**
 * `counts[b]` values strictly inside quantile bin b of the reference (the end bins bounded
 * by the reference's minimum and maximum), away from the edges by 5% of the bin's width,
 * in random order.
 */
export function currentInBins(random: SeededRandom, reference: readonly number[], counts: readonly number[]): number[] {
  const edges = quantileEdges(reference, counts.length);
  const bounds = [Math.min(...reference), ...edges, Math.max(...reference)];
  const values = counts.flatMap((count, bin) =>
    Array.from({ length: count }, () => bounds[bin]! + (bounds[bin + 1]! - bounds[bin]!) * random.between(0.05, 0.95)),
  );
  return shuffle(random, values);
}

/** A Fisher–Yates shuffle of a copy. */
export function shuffle<T>(random: SeededRandom, values: readonly T[]): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** How many of the bins hold no value of `values` (right-closed bins over `edges`). */
export function emptyBins(values: readonly number[], edges: readonly number[]): number {
  const used = new Set(values.map((value) => edges.filter((edge) => value > edge).length));
  return edges.length + 1 - used.size;
}
