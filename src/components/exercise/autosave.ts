import type { CodeSurface } from './plain-editor.ts';
import { saveCode } from './saved-work.ts';
import type { WidgetParts } from './widget-parts.ts';

const SAVE_DELAY_MS = 300;

/**
 * Saves the learner's code shortly after each edit, and once more when the tab is hidden
 * or closed, so no keystroke is lost to the delay. Only an editor that was edited since
 * its last save writes: an untouched editor on the same page must never write its stale
 * copy over work imported or saved elsewhere. Returns `save`, for Run and export, and
 * `changed`, which each editor (the plain one, then Monaco) calls on every edit.
 */
export function installAutosave(parts: WidgetParts, editor: CodeSurface): { save: () => void; changed: () => void } {
  let dirty = false;
  let warnedAboutStorage = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    if (!dirty) return;
    if (saveCode(parts.data.id, editor.getValue())) {
      dirty = false;
      return;
    }
    if (warnedAboutStorage) return;
    warnedAboutStorage = true;
    parts.notice.hidden = false;
    parts.notice.textContent =
      'Your browser is not letting this page save your code (storage is full or blocked). It stays in the editor while this tab is open; copy it somewhere safe before you close the tab.';
  };
  const changed = () => {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save());
  return { save, changed };
}
