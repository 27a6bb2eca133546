import { short, type LinesPlot } from '../../../src/grading/plot.ts';
import { meanOf, mseAround } from './targets.ts';

/**
 * The test residuals of the baseline (each test target minus trainY's mean), beside those of
 * predicting testY's own mean (the leak), with the learner's number in the text.
 */
export function baselineResidualPlot(trainY: readonly number[], testY: readonly number[], actual: unknown): LinesPlot {
  const honest = meanOf(trainY);
  const leaky = meanOf(testY);
  const yours = typeof actual === 'number' ? short(actual, 6) : 'no number';
  return {
    kind: 'lines',
    title: `Residuals of the mean prediction on ${testY.length} test targets`,
    text:
      `Predicting trainY's mean (${short(honest, 4)}) misses every test target by ${short(Math.min(...testY) - honest)} to ${short(Math.max(...testY) - honest)}: ` +
      `MSE ${short(mseAround(testY, honest), 6)}. Predicting testY's own mean (${short(leaky, 4)}) would give ${short(mseAround(testY, leaky), 6)}, a leak. ` +
      `Your function returned ${yours}.`,
    x_label: 'test row',
    y_label: 'target − prediction',
    series: [
      { name: "trainY's mean", style: 'points', points: testY.map((y, i) => [i, y - honest]) },
      { name: "testY's mean (leak)", style: 'points', points: testY.map((y, i) => [i, y - leaky]) },
    ],
    rules: [{ y: 0, label: 'no error' }],
  };
}
