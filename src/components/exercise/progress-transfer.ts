import type { monaco } from './monaco-editor.ts';
import { replaceWithUndo } from './replace-with-undo.ts';
import { exportProgress, importProgress, loadCode, loadResult } from './saved-work.ts';
import { showSavedStatus } from './saved-status.ts';
import type { WidgetParts } from './widget-parts.ts';

/** Announced on the page after an import, so every widget on it shows the imported code. */
const IMPORTED = 'lifecycle-lab:work-imported';

/**
 * "Your work in this browser": export every exercise's code and verdict as a file, and
 * import such a file. After an import every widget on the page whose exercise was in the
 * file takes the imported code (as an undoable edit), so none can later save a stale copy
 * over it.
 */
export function installProgressTransfer(parts: WidgetParts, editor: monaco.editor.IStandaloneCodeEditor, save: () => void): void {
  const { data, badge, exportButton, importInput, progressStatus } = parts;
  exportButton.addEventListener('click', () => {
    save();
    const progress = exportProgress();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(progress, null, 2)], { type: 'application/json' }));
    link.download = `lifecycle-lab-work-${progress.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    progressStatus.textContent = `Exported your work for ${Object.keys(progress.exercises).length} exercise(s).`;
  });

  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    const imported = importProgress(await file.text());
    if (!imported.ok) {
      progressStatus.textContent = `Not imported: ${imported.message}. Nothing was changed.`;
      return;
    }
    dispatchEvent(new CustomEvent<string[]>(IMPORTED, { detail: imported.ids }));
    progressStatus.textContent = `Imported your work for ${imported.ids.length} exercise(s). Other exercises on the site pick it up when you open them.`;
  });

  addEventListener(IMPORTED, (event) => {
    if (!(event as CustomEvent<string[]>).detail.includes(data.id)) return;
    const code = loadCode(data.id);
    if (code !== null) replaceWithUndo(editor, code, 'import-work');
    // The edit marked the editor changed; saving now writes exactly what was imported.
    save();
    showSavedStatus(badge, loadResult(data.id));
  });
}
