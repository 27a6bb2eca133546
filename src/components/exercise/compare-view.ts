import { monaco } from './monaco-editor.ts';

/**
 * "Compare with the solution": Monaco's diff editor in `host`, the reference (read-only) on
 * the left and the learner's own model on the right. The learner's side is the very model
 * their editor shows, so nothing is copied, nothing can be overwritten, and an edit made
 * here is an edit to their code (saved as usual). Returns `close`, which disposes the diff
 * editor and the reference model and leaves the learner's model as it is.
 */
export function openCompare(host: HTMLElement, solution: string, learner: monaco.editor.ITextModel, title: string): () => void {
  const original = monaco.editor.createModel(solution, 'typescript');
  const diff = monaco.editor.createDiffEditor(host, {
    automaticLayout: true,
    originalEditable: false,
    readOnly: false,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    renderOverviewRuler: false,
    // Side by side where there is room; one column with the changes marked on a phone.
    useInlineViewWhenSpaceIsLimited: true,
    ariaLabel: `Comparison of your code with the reference solution for ${title}`,
    originalAriaLabel: `Reference solution for ${title} (read-only)`,
    modifiedAriaLabel: `Your code for ${title}`,
  });
  diff.setModel({ original, modified: learner });
  // The diff editor's own label options leave the two inner editors' inputs unnamed; name them directly.
  diff.getOriginalEditor().updateOptions({ ariaLabel: `Reference solution for ${title} (read-only)` });
  diff.getModifiedEditor().updateOptions({ ariaLabel: `Your code for ${title}` });
  return () => {
    diff.setModel(null);
    diff.dispose();
    original.dispose();
  };
}
