import type { GradeResult } from '../../grading/result.ts';
import { showBusyLater } from './busy-indicator.ts';
import { freshSeed, gradeInBrowser, warmUp } from './browser-grader.ts';
import { liveSummary } from './plot-text.ts';
import type { CodeSurface } from './plain-editor.ts';
import { renderResult, summarise } from './results-view.ts';
import { showTraining } from './training-progress.ts';
import { loadResult, saveResult } from './saved-work.ts';
import { showSavedStatus } from './saved-status.ts';
import type { WidgetParts } from './widget-parts.ts';

/** What installRun gives the widget. */
export interface RunControl {
  /** Runs the editor's code (Monaco binds its own action to this). */
  run: () => void;
  /** Resolves at once when no Run is in flight, else after its verdict's frame. */
  settled: () => Promise<void>;
}

/**
 * Run: saves, grades the editor's code at a fresh seed, shows the verdict (announced to
 * screen readers) and the learner's console output, and remembers the verdict. Bound to
 * the Run button and to Ctrl+Enter / Cmd+Enter in and around the editor (Monaco binds its own
 * action to `run`, which is returned for that).
 */
export function installRun(parts: WidgetParts, editor: CodeSurface, save: () => void): RunControl {
  const { root, data, runButton, results, live, output, badge } = parts;
  let running = false;
  let waiting: (() => void)[] = [];
  const run = async () => {
    if (running) return;
    running = true;
    save();
    root.dataset['busy'] = 'true';
    // Shown only if the Run lasts; `running` refuses a second Run meanwhile.
    const busy = showBusyLater(parts);
    try {
      const training = showTraining(results);
      const result = await gradeInBrowser(data.id, editor.getValue(), data.timeLimitMs ?? undefined, freshSeed(), training.update).finally(
        training.remove,
      );
      // Kept on the element (not in a global) for tools and tests that compare verdicts.
      (root as HTMLElement & { lastResult?: GradeResult }).lastResult = result;
      const consoleText = renderResult(results, result);
      // Each written only when it changes: a rewrite is styled and laid out again.
      if (output.textContent !== consoleText) output.textContent = consoleText;
      if (output.hidden !== (consoleText === '')) output.hidden = consoleText === '';
      live.textContent = liveSummary(summarise(result), result);
      if (saveResult(data.id, result)) showSavedStatus(badge, loadResult(data.id));
      // What can wait runs after the verdict's frame (a timeout queued from a frame callback):
      // each of these reads layout or takes the CPU, and done now they would hold the verdict
      // back (on two cores, scrolling cost about 55 ms and drawing a plot about 45 ms).
      requestAnimationFrame(() =>
        setTimeout(() => {
          // Observable Plot loads with the first verdict that has a plot, never with the page.
          const plots = results.querySelector<HTMLElement>('.exercise-plots');
          if (plots) void import('./plot-view.ts').then(({ drawPlots }) => drawPlots(plots, result));
          // On a small screen the verdict can land below the fold: bring its first line into view.
          const first = results.firstElementChild;
          if (first && first.getBoundingClientRect().top > innerHeight) first.scrollIntoView({ block: 'nearest' });
          // The next fresh realm warms up while the learner reads the verdict.
          warmUp();
        }, 0),
      );
    } catch (error) {
      results.replaceChildren();
      live.textContent = `Something went wrong in the grader: ${error instanceof Error ? error.message : String(error)}`;
      results.textContent = live.textContent;
    } finally {
      // After the verdict's frame, behind what the verdict itself put off.
      const settled = waiting;
      waiting = [];
      requestAnimationFrame(() => setTimeout(() => settled.forEach((resolve) => resolve()), 0));
      running = false;
      delete root.dataset['busy'];
      busy.end();
    }
  };

  runButton.addEventListener('click', () => void run());
  root.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !editor.handlesRunKey()) void run();
  });
  return {
    run: () => void run(),
    settled: () => (running ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve()),
  };
}
