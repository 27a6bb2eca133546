/** The training lesson's closed-form line and its loss, as pure functions for the figures. */

/** A point of the plane. */
export interface Point {
  x: number;
  y: number;
}

/** A straight line: prediction = slope × x + intercept. */
export interface Line {
  slope: number;
  intercept: number;
}

/**
 * The least-squares line through `points`: slope = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)² and
 * intercept = ȳ − slope · x̄. Null when there is no single best line (fewer than two
 * points, or every x equal), so the figure can say so instead of drawing NaN.
 */
export function leastSquares(points: readonly Point[]): Line | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  let together = 0;
  let spread = 0;
  for (const { x, y } of points) {
    together += (x - meanX) * (y - meanY);
    spread += (x - meanX) ** 2;
  }
  // A tolerance, not === 0: points dragged to "the same" x can differ in the last bits.
  if (spread < 1e-12) return null;
  const slope = together / spread;
  return { slope, intercept: meanY - slope * meanX };
}

/** What `line` predicts at `x`. */
export const predict = (line: Line, x: number): number => line.slope * x + line.intercept;

/** Mean of (prediction − y)² over `points`; 0 for no points. */
export function meanSquaredError(points: readonly Point[], line: Line): number {
  if (points.length === 0) return 0;
  return points.reduce((sum, point) => sum + (predict(line, point.x) - point.y) ** 2, 0) / points.length;
}
