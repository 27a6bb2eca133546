/**
 * Defines the lesson figures' elements. Until a figure comes within a screen of the
 * viewport this is all that runs: Observable Plot and the figure's code are imported only
 * then, so a lesson without a figure, or one never scrolled to, downloads none of it.
 */
import { defineLazyElement } from '../define-lazy-element.ts';

const MARGIN = '600px 0px';

/** Marks a figure as drawn (or failed) so styles and tests can tell. */
const mounted = (element: HTMLElement, mount: (element: HTMLElement) => void) => {
  try {
    mount(element);
    element.dataset['state'] = 'ready';
  } catch (error) {
    element.dataset['state'] = 'error';
    throw error;
  }
};

defineLazyElement('least-squares-figure', MARGIN, (element) => {
  void import('./least-squares-figure.ts').then(({ mount }) => mounted(element, mount));
});
defineLazyElement('gradient-descent-figure', MARGIN, (element) => {
  void import('./gradient-descent-figure.ts').then(({ mount }) => mounted(element, mount));
});
defineLazyElement('split-folds-figure', MARGIN, (element) => {
  void import('./split-folds-figure.ts').then(({ mount }) => mounted(element, mount));
});
defineLazyElement('psi-figure', MARGIN, (element) => {
  void import('./psi-figure.ts').then(({ mount }) => mounted(element, mount));
});
