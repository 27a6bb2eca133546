import { installAutosave } from './autosave.ts';
import { warmUp } from './browser-grader.ts';
import { installHints } from './hints.ts';
import { installEditorAccessibility } from './editor-accessibility.ts';
import { createEditor } from './monaco-editor.ts';
import { installProgressTransfer } from './progress-transfer.ts';
import { replaceWithUndo } from './replace-with-undo.ts';
import { installReveal } from './reveal-solution.ts';
import { installRun } from './run-controller.ts';
import { loadCode, loadResult } from './saved-work.ts';
import { showSavedStatus } from './saved-status.ts';
import { findParts } from './widget-parts.ts';

/**
 * Turns the server-rendered widget into a working exercise: Monaco with the learner's saved
 * code (or the starter), then one installer per job (autosave, Run and verdict, reset,
 * hints, reveal and compare, export/import). Saved code is never run on load, only on Run.
 */
export function mountExercise(root: HTMLElement): void {
  const parts = findParts(root);
  const { data } = parts;
  warmUp();
  showSavedStatus(parts.badge, loadResult(data.id));
  parts.editorHost.replaceChildren();
  const editor = createEditor(parts.editorHost, {
    value: loadCode(data.id) ?? data.starter,
    path: `${data.id}/learner.ts`,
    label: `Code editor for ${data.title}`,
  });
  root.dataset['ready'] = 'true';

  const save = installAutosave(parts, editor);
  installRun(parts, editor, save);
  installHints(parts);
  installReveal(parts, editor);
  installEditorAccessibility(parts, editor);
  installProgressTransfer(parts, editor, save);
  parts.resetButton.addEventListener('click', () => {
    replaceWithUndo(editor, data.starter, 'reset-to-starter');
    parts.live.textContent = 'The code was reset to the starter. Undo (Ctrl+Z or Cmd+Z) brings yours back.';
    editor.focus();
  });
}
