import { installEditorAccessibility } from './editor-accessibility.ts';
import { createEditor, monaco } from './monaco-editor.ts';
import type { Handover } from './plain-editor.ts';
import { installProgressTransfer } from './progress-transfer.ts';
import { replaceWithUndo } from './replace-with-undo.ts';
import { installReveal } from './reveal-solution.ts';
import type { WidgetParts } from './widget-parts.ts';

/** What the first step of the widget (exercise-widget.ts) hands to Monaco's. */
export interface UpgradeHooks {
  label: string;
  run: () => void;
  save: () => void;
  changed: () => void;
}

/**
 * The widget's second step: Monaco replaces the plain editor, starting from exactly what the
 * learner had there (text, selection, focus), and the parts that need Monaco are installed.
 * Called in the same task as the plain editor's hand-over, so no keystroke falls in between.
 */
export function upgradeToMonaco(parts: WidgetParts, from: Handover, hooks: UpgradeHooks): monaco.editor.IStandaloneCodeEditor {
  const { data } = parts;
  const editor = createEditor(parts.editorHost, { value: from.value, path: `${data.id}/learner.ts`, label: hooks.label });
  const model = editor.getModel();
  if (from.focused && model) {
    const start = model.getPositionAt(from.selectionStart);
    const end = model.getPositionAt(from.selectionEnd);
    editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
    editor.focus();
  }
  editor.onDidChangeModelContent(hooks.changed);
  // An action, not addCommand: commands are global to all editors on the page, actions are per editor.
  editor.addAction({
    id: 'lifecycle-lab.run',
    label: 'Run the checks',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
    run: hooks.run,
  });
  installReveal(parts, editor);
  installEditorAccessibility(parts, editor);
  installProgressTransfer(parts, editor, hooks.save);
  parts.resetButton.addEventListener('click', () => {
    replaceWithUndo(editor, data.starter, 'reset-to-starter');
    parts.live.textContent = 'The code was reset to the starter. Undo (Ctrl+Z or Cmd+Z) brings yours back.';
    editor.focus();
  });
  return editor;
}
