import { monaco, themeOfPage } from './monaco-editor.ts';

/** One diff editor and the reference model it shows; `dispose` leaves the learner's model alone. */
interface DiffView {
  diff: monaco.editor.IStandaloneDiffEditor;
  dispose(): void;
}

function createDiffView(host: HTMLElement, solution: string, learner: monaco.editor.ITextModel, title: string): DiffView {
  const original = monaco.editor.createModel(solution, 'typescript');
  const diff = monaco.editor.createDiffEditor(host, {
    theme: themeOfPage(),
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
  return {
    diff,
    dispose: () => {
      diff.setModel(null);
      diff.dispose();
      original.dispose();
    },
  };
}

/**
 * "Compare with the solution": Monaco's diff editor in `host`, the reference (read-only) on
 * the left and the learner's own model on the right. The learner's side is the very model
 * their editor shows, so nothing is copied, nothing can be overwritten, and an edit made
 * here is an edit to their code (saved as usual). Returns `close`, which disposes the diff
 * editor and the reference model and leaves the learner's model as it is.
 */
export function openCompare(host: HTMLElement, solution: string, learner: monaco.editor.ITextModel, title: string): () => void {
  let view = createDiffView(host, solution, learner, title);
  let theme = themeOfPage();
  // In one column, Monaco draws the reference's removed lines once, with the colour classes
  // of the theme at that moment, and does not draw them again when the theme changes: after a
  // switch, their class numbers name other colours in the new theme (in the dark theme some
  // fail WCAG contrast). So a theme change builds the comparison again, where the learner was.
  const redraw = new MutationObserver(() => {
    if (themeOfPage() === theme) return;
    theme = themeOfPage();
    const state = view.diff.saveViewState();
    const hadFocus = host.contains(document.activeElement);
    view.dispose();
    view = createDiffView(host, solution, learner, title);
    view.diff.restoreViewState(state);
    if (hadFocus) view.diff.getModifiedEditor().focus();
  });
  redraw.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    redraw.disconnect();
    view.dispose();
  };
}
