import type { StripPlot } from '../../../src/grading/plot.ts';
import type { Fold } from './read-folds.ts';

/** The fold that validates each index (−1 where none does; the first where several do). */
export function foldPlot(n: number, folds: readonly Fold[]): StripPlot {
  const cells = new Array<number>(n).fill(-1);
  const owners = new Array<number>(n).fill(0);
  folds.forEach((fold, number) =>
    fold.validation.forEach((index) => {
      owners[index]! += 1;
      if (cells[index] === -1) cells[index] = number;
    }),
  );
  const sizes = folds.map((fold) => fold.validation.length);
  const missing = owners.filter((count) => count === 0).length;
  const repeated = owners.filter((count) => count > 1).length;
  const problems = [
    ...(missing ? [`${missing} ${missing === 1 ? 'index is' : 'indices are'} in no validation set`] : []),
    ...(repeated ? [`${repeated} ${repeated === 1 ? 'index is' : 'indices are'} in more than one`] : []),
  ];
  return {
    kind: 'strip',
    title: `The fold that validates each of ${n} indices (k = ${folds.length})`,
    text:
      `Validation set sizes: ${sizes.map((size, fold) => `fold ${fold} ${size}`).join(', ')}. ` +
      (problems.length ? `${problems.join('; ')}.` : `Every index is validated by exactly one fold.`),
    announce: problems.length > 0,
    x_label: 'index',
    groups: folds.map((_, fold) => `fold ${fold}`),
    cells,
  };
}
