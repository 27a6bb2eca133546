import { installAutosave } from './autosave.ts';
import { prepareExercise, warmUp } from './browser-grader.ts';
import { installHints } from './hints.ts';
import { type CodeSurface, mountPlainEditor } from './plain-editor.ts';
import { installRun } from './run-controller.ts';
import { loadCode, loadResult } from './saved-work.ts';
import { showSavedStatus } from './saved-status.ts';
import { findParts } from './widget-parts.ts';

/**
 * Turns the server-rendered widget into a working exercise in two steps. First, without
 * Monaco: a plain editor with the learner's saved code (or the starter), autosave, Run and
 * hints, so a learner can type and get a verdict while Monaco loads (`data-runnable`). Then
 * Monaco takes over the text (`data-ready`), with what only it can do: reveal and compare,
 * keyboard help, export/import, reset with undo. Saved code is never run on load, only on Run.
 */
export function mountExercise(root: HTMLElement): void {
  const parts = findParts(root);
  const { data } = parts;
  warmUp();
  showSavedStatus(parts.badge, loadResult(data.id));
  const label = `Code editor for ${data.title}`;
  const plain = mountPlainEditor(parts.editorHost, loadCode(data.id) ?? data.starter, label);
  let current: CodeSurface = plain;
  const surface: CodeSurface = { getValue: () => current.getValue(), handlesRunKey: () => current.handlesRunKey() };
  const autosave = installAutosave(parts, surface);
  plain.textarea.addEventListener('input', autosave.changed);
  const run = installRun(parts, surface, autosave.save);
  installHints(parts);
  root.dataset['runnable'] = 'true';

  // Monaco comes after what the first verdict needs, and after a Run already pressed:
  // evaluating its megabyte and laying the editor out take the main thread for about half
  // a second on two cores, and done beside a Run pressed at once they held that verdict
  // back until Monaco was ready. On a repeat visit the wait is short (all from cache).
  prepareExercise(data.id)
    .then(() => run.settled())
    .then(() => import('./monaco-widget.ts'))
    .then(({ upgradeToMonaco }) => {
      const editor = upgradeToMonaco(parts, plain.handOver(), { label, run: run.run, ...autosave });
      current = { getValue: () => editor.getValue(), handlesRunKey: () => editor.hasTextFocus() };
      root.dataset['ready'] = 'true';
    })
    .catch((error: unknown) => {
      // The plain editor stays and still runs; the learner is told what is missing.
      parts.notice.hidden = false;
      parts.notice.textContent = `The full editor could not load (${error instanceof Error ? error.message : String(error)}). You can keep typing and running your code here; reload the page to try again.`;
    });
}
