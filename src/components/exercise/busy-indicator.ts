import type { WidgetParts } from './widget-parts.ts';

/**
 * How long a Run goes before it shows that it is running. Under about a tenth of a second
 * a result feels immediate and needs no progress indicator, and most warm Runs end sooner.
 */
const BUSY_AFTER_MS = 150;

/**
 * Shows that a Run is under way ("Running…" on the disabled button, the results marked
 * aria-busy, "Running your code…" for screen readers), but only once the Run has lasted
 * BUSY_AFTER_MS. A shorter Run changes nothing on screen until its verdict: the busy state
 * would only flash for a frame, and drawing that frame held the Run back, since the page
 * must paint it before it can handle the learner worker's first answer. `end` takes the
 * state away (if it was shown) and cancels it (if not).
 */
export function showBusyLater({ runButton, results, live }: Pick<WidgetParts, 'runButton' | 'results' | 'live'>): { end: () => void } {
  let shown = false;
  const timer = setTimeout(() => {
    shown = true;
    results.setAttribute('aria-busy', 'true');
    runButton.disabled = true;
    runButton.textContent = 'Running…';
    live.textContent = 'Running your code…';
  }, BUSY_AFTER_MS);
  return {
    end() {
      clearTimeout(timer);
      if (!shown) return;
      results.setAttribute('aria-busy', 'false');
      runButton.disabled = false;
      runButton.textContent = 'Run';
    },
  };
}
