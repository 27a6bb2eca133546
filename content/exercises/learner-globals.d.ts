/**
 * Globals every exercise's code may use, besides the standard library. The editor gets this
 * file with TF.js's types (src/pages/exercise-types/tfjs.json.ts); the learner's realm
 * provides the functions (src/grading/learner-harness.ts).
 */

/**
 * Reports one step of a training loop: the widget draws the loss per step while your code
 * runs, and the verdict shows the curve. Optional: code that never calls it is graded the
 * same. Only finite numbers are kept; calling it never throws.
 * @example for (let step = 0; step < 300; step += 1) report(step, optimizer.minimize(loss, true)!.dataSync()[0]!);
 */
declare function report(step: number, loss: number): void;
