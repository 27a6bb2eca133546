/**
 * Defines one lesson figure's element. Until the figure comes within a screen of the
 * viewport this is all that runs: Observable Plot and the figure's code are imported only
 * then, so a lesson without a figure, or one never scrolled to, downloads none of it. Each
 * figure component calls it for its own element, so a page ships only its figures' loaders.
 */
import { defineLazyElement } from '../define-lazy-element.ts';

const MARGIN = '600px 0px';

/** A figure module: draws into its server-rendered element. */
interface FigureModule {
  mount(element: HTMLElement): void;
}

/** Defines `tag`, importing `load()` and mounting it when the element nears; marks it ready or failed for styles and tests. */
export function defineFigure(tag: string, load: () => Promise<FigureModule>): void {
  defineLazyElement(tag, MARGIN, (element) => {
    void load().then(({ mount }) => {
      try {
        mount(element);
        element.dataset['state'] = 'ready';
      } catch (error) {
        element.dataset['state'] = 'error';
        throw error;
      }
    });
  });
}
