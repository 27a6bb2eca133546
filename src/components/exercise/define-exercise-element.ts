/**
 * Defines `<exercise-widget>`. Until the widget comes within a screen of the viewport
 * this is all that runs: Monaco, TF.js, the grader and their CSS are imported only then.
 */
import { defineLazyElement } from '../define-lazy-element.ts';

defineLazyElement('exercise-widget', '800px 0px', (element) => {
  void import('./exercise-widget.ts').then(({ mountExercise }) => mountExercise(element));
});
