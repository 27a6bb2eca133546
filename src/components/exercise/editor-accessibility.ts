import { monaco } from './monaco-editor.ts';
import type { WidgetParts } from './widget-parts.ts';

// Monaco's dark theme writes comments in #6A9955, too dim on its background for axe's 4.5:1;
// redefined under the same name (the page switches between 'vs' and 'vs-dark'), a lighter green.
// Both themes fade unused code (a starter's unused parameters) to 67% opacity, which on a
// diff's tint drops below 4.5:1: faded less, and underlined so the hint is not lost. The diff
// view tints changed text and lines, which takes Monaco's syntax colours below 4.5:1 too; here
// changed lines are marked in the gutter instead (colour, and Monaco's + and − signs), and the
// code keeps the editor's plain background.
const readableColours = (border: string, inserted: string, removed: string) => ({
  'editorUnnecessaryCode.opacity': '#000000e0',
  'editorUnnecessaryCode.border': border,
  'diffEditor.insertedTextBackground': '#00000000',
  'diffEditor.removedTextBackground': '#00000000',
  'diffEditor.insertedLineBackground': '#00000000',
  'diffEditor.removedLineBackground': '#00000000',
  'diffEditorGutter.insertedLineBackground': `${inserted}66`,
  'diffEditorGutter.removedLineBackground': `${removed}66`,
});
monaco.editor.defineTheme('vs', { base: 'vs', inherit: true, rules: [], colors: readableColours('#8a8a8a', '#2e7d32', '#c62828') });
monaco.editor.defineTheme('vs-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '8FBC6F' }],
  colors: readableColours('#9a9a9a', '#81c784', '#ef9a9a'),
});

/**
 * Keyboard, screen-reader and contrast help for an exercise's editor. Monaco keeps Tab (it indents),
 * which traps keyboard users; two ways out, both named in a hint under the editor that
 * lights up while the editor has focus:
 * - Escape, then Tab (or Shift+Tab) leaves the editor. An Escape that closes a suggestion
 *   list or the find box is Monaco's own and arms nothing.
 * - Ctrl+M (Ctrl+Shift+M on a Mac, Monaco's own keys for this) makes Tab move focus in this
 *   editor; the hint says which mode is on. Bound here rather than left to Monaco's global
 *   toggle, whose state the page cannot read.
 * And a "Screen-reader mode" switch turns on Monaco's screen-reader support
 * (`accessibilitySupport: 'on'`) for every editor on the page, remembered in this browser;
 * off, Monaco's own detection ('auto') decides.
 */

const SCREEN_READER_KEY = 'lifecycle-lab:screen-reader-mode:v1';
const SCREEN_READER_EVENT = 'lifecycle-lab:screen-reader-mode';
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
// Widgets an Escape closes; while one is open, Escape belongs to Monaco.
const OPEN_WIDGETS = '.suggest-widget.visible, .parameter-hints-widget.visible, .find-widget.visible, .rename-box';
const MODIFIERS = new Set([monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta]);

const TEXT = {
  indents:
    'Keyboard: Tab indents in the editor. To leave it, press Escape then Tab (Shift+Tab goes back), or press Ctrl+M (Ctrl+Shift+M on a Mac) to make Tab move focus.',
  moves: 'Keyboard: Tab now moves focus in and out of the editor. Ctrl+M (Ctrl+Shift+M on a Mac) makes Tab indent again.',
  armed: 'Now press Tab to leave the editor, or Shift+Tab to go back.',
};

/** The next (or previous) focusable element outside `host`, in document order. */
function focusOutside(host: HTMLElement, backwards: boolean): void {
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !host.contains(element) && !element.contains(host) && element.getClientRects().length > 0,
  );
  const target = backwards
    ? candidates.filter((element) => element.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)
    : candidates.find((element) => host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  target?.focus();
}

function readScreenReaderMode(): boolean {
  try {
    return localStorage.getItem(SCREEN_READER_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Installs the Escape-then-Tab exit, the Tab-mode hint, the screen-reader switch and the contrast options for one widget. */
export function installEditorAccessibility(parts: WidgetParts, editor: monaco.editor.IStandaloneCodeEditor): void {
  const { root, editorHost, data } = parts;
  const hint = root.querySelector<HTMLElement>('.exercise-tab-hint');
  const toggle = root.querySelector<HTMLInputElement>('[data-action="screen-reader-mode"]');
  editor.updateOptions({
    ariaLabel: `Code editor for ${data.title}. Escape then Tab leaves the editor.`,
    // Monaco dims the number of the line after a final newline below readable contrast (axe color-contrast).
    renderFinalNewline: 'on',
    // Fading unused code (the starter's unused parameters) drops it below readable contrast.
    showUnused: false,
  });

  let tabMovesFocus = false;
  const showHint = (armed = false) => {
    if (!hint) return;
    hint.textContent = armed ? TEXT.armed : tabMovesFocus ? TEXT.moves : TEXT.indents;
    hint.dataset['tabMovesFocus'] = String(tabMovesFocus);
  };
  showHint();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  editor.addAction({
    id: 'lifecycle-lab.toggle-tab-moves-focus',
    label: 'Toggle Tab Key Moves Focus',
    keybindings: [mac ? monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM : monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM],
    run: () => {
      tabMovesFocus = !tabMovesFocus;
      editor.updateOptions({ tabFocusMode: tabMovesFocus });
      showHint();
      parts.live.textContent = tabMovesFocus ? 'Tab now moves focus.' : 'Tab now indents in the editor.';
    },
  });

  let escaped = false;
  editor.onKeyDown((event) => {
    if (MODIFIERS.has(event.keyCode)) return;
    if (event.keyCode === monaco.KeyCode.Escape) {
      escaped = !editorHost.querySelector(OPEN_WIDGETS);
      showHint(escaped);
      return;
    }
    const leave = escaped && event.keyCode === monaco.KeyCode.Tab && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (escaped) showHint();
    escaped = false;
    if (!leave) return;
    // Stopped here, before Monaco's keybindings (they listen further up) can indent.
    event.preventDefault();
    event.stopPropagation();
    focusOutside(editorHost, event.shiftKey);
  });
  editor.onDidBlurEditorText(() => {
    if (escaped) showHint();
    escaped = false;
  });

  const applyScreenReaderMode = (on: boolean) => {
    editor.updateOptions({ accessibilitySupport: on ? 'on' : 'auto' });
    if (toggle) toggle.checked = on;
  };
  applyScreenReaderMode(readScreenReaderMode());
  toggle?.addEventListener('change', () => {
    try {
      localStorage.setItem(SCREEN_READER_KEY, toggle.checked ? 'on' : 'off');
    } catch {
      // Not remembered, but still applied to this page.
    }
    document.dispatchEvent(new CustomEvent(SCREEN_READER_EVENT, { detail: toggle.checked }));
  });
  document.addEventListener(SCREEN_READER_EVENT, (event) => applyScreenReaderMode((event as CustomEvent<boolean>).detail));
}
