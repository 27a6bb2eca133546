import { meanSquaredError, type Line, type Point } from './least-squares.ts';

/** One state of gradient descent: the parameters after `step` steps and their loss. */
export interface DescentStep extends Line {
  step: number;
  loss: number;
}

/**
 * One gradient-descent step on the MSE of a line, as the training lesson works it:
 * ∂L/∂w = 2 · mean((w·x + b − y) · x), ∂L/∂b = 2 · mean(w·x + b − y), and both parameters
 * move against their gradient times `learningRate`.
 */
export function descentStep(points: readonly Point[], line: Line, learningRate: number): Line {
  let gradientSlope = 0;
  let gradientIntercept = 0;
  for (const { x, y } of points) {
    const error = line.slope * x + line.intercept - y;
    gradientSlope += (2 * error * x) / points.length;
    gradientIntercept += (2 * error) / points.length;
  }
  return { slope: line.slope - learningRate * gradientSlope, intercept: line.intercept - learningRate * gradientIntercept };
}

/** `steps` steps from slope 0 and intercept 0, with the starting state first (steps + 1 entries). */
export function descend(points: readonly Point[], learningRate: number, steps: number): DescentStep[] {
  let line: Line = { slope: 0, intercept: 0 };
  const path: DescentStep[] = [{ step: 0, ...line, loss: meanSquaredError(points, line) }];
  for (let step = 1; step <= steps; step += 1) {
    line = descentStep(points, line, learningRate);
    path.push({ step, ...line, loss: meanSquaredError(points, line) });
  }
  return path;
}

/** Whether a run made the loss smaller than where it started (a diverging run ends larger, or NaN). */
export function converged(path: readonly DescentStep[]): boolean {
  const first = path[0]?.loss ?? NaN;
  const last = path.at(-1)?.loss ?? NaN;
  return last < first;
}
