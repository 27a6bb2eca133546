/**
 * Defines `<exercise-widget>`. Until the widget comes within a screen of the viewport
 * this is all that runs: Monaco, TF.js, the grader and their CSS are imported only then.
 */
const PRELOAD_MARGIN = '800px 0px';

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void import('./exercise-widget.ts').then(({ mountExercise }) => mountExercise(entry.target as HTMLElement));
    }
  },
  { rootMargin: PRELOAD_MARGIN },
);

class ExerciseWidget extends HTMLElement {
  connectedCallback(): void {
    observer.observe(this);
  }

  disconnectedCallback(): void {
    observer.unobserve(this);
  }
}

if (!customElements.get('exercise-widget')) customElements.define('exercise-widget', ExerciseWidget);

// A module, not a script: its names stay out of the global scope.
export {};
