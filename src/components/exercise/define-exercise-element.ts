/**
 * Defines `<exercise-widget>`. Until the widget comes within a screen of the viewport
 * this is all that runs: Monaco, TF.js, the grader and their CSS are imported only then.
 * Then what the first verdict needs is fetched side by side rather than one after another:
 * the learner worker starts (it loads its own TF.js), the grader loads the exercise's checks
 * and solution, and the widget's first step puts up a plain editor that can already Run.
 * Monaco comes once the grader and the learner worker are prepared: on two cores, evaluating it beside the grader
 * held a learner who pressed Run at once back by about 0.8 s, while the editor itself, CPU-bound
 * either way, comes hardly later.
 */
import { defineLazyElement } from '../define-lazy-element.ts';

defineLazyElement('exercise-widget', '800px 0px', (element) => {
  const id = element.dataset['exercise'] ?? '';
  const realmWarmed = import('./learner-realms.ts').then(({ learnerRealms }) => {
    learnerRealms.warm();
    return learnerRealms.warmed();
  });
  const graderPrepared = Promise.all([realmWarmed, import('./browser-grader.ts').then(({ prepareExercise }) => prepareExercise(id))]);
  void import('./exercise-widget.ts').then(({ mountExercise }) => mountExercise(element, graderPrepared));
});
