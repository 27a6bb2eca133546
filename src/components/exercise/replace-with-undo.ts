import type { monaco } from './monaco-editor.ts';

/**
 * Replaces the editor's whole text as an edit rather than with setValue, so Ctrl+Z (Cmd+Z)
 * brings back what was there before: a reset or an import never costs the learner their code.
 */
export function replaceWithUndo(editor: monaco.editor.IStandaloneCodeEditor, text: string, source: string): void {
  const model = editor.getModel();
  if (!model || model.getValue() === text) return;
  editor.pushUndoStop();
  editor.executeEdits(source, [{ range: model.getFullModelRange(), text }]);
  editor.pushUndoStop();
}
