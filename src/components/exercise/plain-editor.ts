/** What Run and autosave need from whichever editor the learner is typing in. */
export interface CodeSurface {
  getValue(): string;
  /** True when the editor binds Ctrl+Enter itself (Monaco's action), so the widget's own key handler stays out. */
  handlesRunKey(): boolean;
}

/** Where the learner was in the plain editor when Monaco took over. */
export interface Handover {
  value: string;
  selectionStart: number;
  selectionEnd: number;
  focused: boolean;
}

/** The plain editor: a textarea the learner types into until Monaco is ready. */
export interface PlainEditor extends CodeSurface {
  readonly textarea: HTMLTextAreaElement;
  /** Removes the textarea and gives back its text, selection and focus, in the same task as Monaco's creation. */
  handOver(): Handover;
}

/**
 * The editor before Monaco arrives. Monaco and its CSS are the largest thing an exercise
 * loads, and a learner who followed a link to an exercise should not wait for them to read,
 * type and Run: this textarea (with the saved code, or the starter) replaces the static copy
 * as soon as the widget's small first module runs. Run grades what it holds. When Monaco is
 * ready it takes the text, the selection and the focus in one synchronous step, so no keystroke
 * falls between the two. A plain textarea keeps the browser's own Tab behaviour (focus moves),
 * so it traps no keyboard user.
 */
export function mountPlainEditor(host: HTMLElement, value: string, label: string): PlainEditor {
  const textarea = document.createElement('textarea');
  textarea.className = 'exercise-plain-editor';
  textarea.value = value;
  textarea.spellcheck = false;
  textarea.autocapitalize = 'off';
  textarea.setAttribute('autocomplete', 'off');
  textarea.setAttribute('aria-label', `${label} (plain text until the full editor has loaded)`);
  host.replaceChildren(textarea);
  return {
    textarea,
    getValue: () => textarea.value,
    handlesRunKey: () => false,
    handOver() {
      const handover = {
        value: textarea.value,
        selectionStart: textarea.selectionStart,
        selectionEnd: textarea.selectionEnd,
        focused: document.activeElement === textarea,
      };
      textarea.remove();
      return handover;
    },
  };
}
