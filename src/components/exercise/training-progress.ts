import type { GradeProgress } from '../../grading/grade-submission.ts';

/**
 * The progress indicator for code that reports its training with `report(step, loss)`: an
 * indeterminate progress bar and the latest step and loss, shown under the previous verdict
 * while a Run lasts. Updated at most once a frame; not a live region (a screen reader would
 * hear every step), the bar's own role tells that work is going on.
 */
export function showTraining(panel: HTMLElement): { update: (progress: GradeProgress) => void; remove: () => void } {
  let node: HTMLElement | undefined;
  let latest: GradeProgress | undefined;
  let frame = 0;
  const paint = () => {
    frame = 0;
    if (!latest) return;
    if (!node) {
      node = document.createElement('div');
      node.className = 'exercise-training';
      const bar = document.createElement('progress');
      bar.setAttribute('aria-label', 'Training progress');
      node.append(bar, document.createElement('span'));
      panel.append(node);
    }
    const { check, step, loss, count } = latest;
    node.querySelector('span')!.textContent = ` ${check}: step ${step}, loss ${Number(loss.toPrecision(4))} (${count} reported)`;
  };
  return {
    update: (progress) => {
      latest = progress;
      frame ||= requestAnimationFrame(paint);
    },
    remove: () => {
      if (frame) cancelAnimationFrame(frame);
      node?.remove();
    },
  };
}
