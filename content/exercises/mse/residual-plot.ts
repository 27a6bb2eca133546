import { short, type LinesPlot } from '../../../src/grading/plot.ts';

/**
 * The residuals (prediction − truth) of each value, with the learner's MSE and the
 * reference's in the text: the number an MSE summarises, drawn.
 */
export function residualPlot(yTrue: readonly number[], yPred: readonly number[], actual: unknown, expected: number): LinesPlot {
  const residuals = yPred.map((y, i) => y - yTrue[i]!);
  const yours = typeof actual === 'number' ? short(actual, 6) : 'no number';
  return {
    kind: 'lines',
    title: `Residuals of ${residuals.length} seeded predictions`,
    text:
      `Each prediction minus its true value, from ${short(Math.min(...residuals))} to ${short(Math.max(...residuals))}. ` +
      `Their mean square is ${short(expected, 6)}; your function returned ${yours}.`,
    x_label: 'value',
    y_label: 'prediction − truth',
    series: [{ name: 'residual', style: 'points', points: residuals.map((r, i) => [i, r]) }],
    rules: [{ y: 0, label: 'no error' }],
  };
}
