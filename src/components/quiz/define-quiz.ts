/**
 * Defines `<lifecycle-quiz>`. The quiz's code loads only as a quiz comes within a couple of
 * screens of the viewport, so a reader's saved answers are back before the quiz is in view
 * while a lesson read from the top pays nothing for it at load.
 */
import { defineLazyElement } from '../define-lazy-element.ts';

defineLazyElement('lifecycle-quiz', '1600px 0px', (element) => {
  void import('./quiz-element.ts').then(({ mountQuiz }) => mountQuiz(element));
});
