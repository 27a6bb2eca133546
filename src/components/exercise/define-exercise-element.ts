/**
 * Defines `<exercise-widget>`. Until the widget comes within a screen of the viewport
 * this is all that runs: Monaco, TF.js, the grader and their CSS are imported only then.
 * Then what the first verdict needs is fetched side by side rather than one after another:
 * the learner worker starts (it loads its own TF.js), the grader loads the exercise's checks
 * and solution, and the widget's first step puts up a plain editor that can already Run and
 * then asks for Monaco. Monaco is not fetched here beside the rest: on two cores, evaluating
 * it while the grader started held a learner who pressed Run at once back until Monaco was
 * ready (about 0.8 s).
 */
import { defineLazyElement } from '../define-lazy-element.ts';

defineLazyElement('exercise-widget', '800px 0px', (element) => {
  const id = element.dataset['exercise'] ?? '';
  void import('./learner-realms.ts').then(({ learnerRealms }) => learnerRealms.warm());
  void import('./browser-grader.ts').then(({ prepareExercise }) => void prepareExercise(id));
  void import('./exercise-widget.ts').then(({ mountExercise }) => mountExercise(element));
});
