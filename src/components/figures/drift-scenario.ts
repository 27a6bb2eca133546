import { SeededRandom } from '../../grading/seeded-random.ts';
import { binShares, psiFromShares, quantileEdges } from './psi.ts';

/** The monitoring figure's feature: basket values in euros, normal around 40 € with spread 10 €. */
export const REFERENCE_MEAN = 40;
export const REFERENCE_SD = 10;
/** Ten bins, as the drift-psi exercise's `hasDrifted` uses. */
export const BINS = 10;
const SIZE = 2000;

// Fixed draws: the reference and the current week's standard-normal shape. Moving the sliders
// only moves and stretches the current values, so the figure never flickers with new noise.
const reference = new SeededRandom(2024).many(SIZE, (random) => random.normal(REFERENCE_MEAN, REFERENCE_SD));
const currentShape = new SeededRandom(7).many(SIZE, (random) => random.normal());
const edges = quantileEdges(reference, BINS);
const referenceShares = binShares(reference, edges);

/** The bins, shares and PSI when the current values are shifted by `shift` € and their spread multiplied by `widen`. */
export interface DriftState {
  shift: number;
  widen: number;
  edges: number[];
  referenceShares: number[];
  currentShares: number[];
  psi: number;
}

/** The drift picture for one position of the two sliders. */
export function driftScenario(shift: number, widen: number): DriftState {
  const current = currentShape.map((z) => REFERENCE_MEAN + shift + REFERENCE_SD * widen * z);
  const currentShares = binShares(current, edges);
  return { shift, widen, edges, referenceShares, currentShares, psi: psiFromShares(referenceShares, currentShares) };
}
