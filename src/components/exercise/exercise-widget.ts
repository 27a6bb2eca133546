import type { GradeResult } from '../../grading/result.ts';
import { gradeInBrowser, warmUp } from './browser-grader.ts';
import { createEditor, monaco } from './monaco-editor.ts';
import { renderResult, summarise } from './results-view.ts';
import { exportProgress, importProgress, loadCode, loadResult, saveCode, saveResult, type SavedResult } from './saved-work.ts';

/** What Exercise.astro embeds as JSON for the widget. */
interface ExerciseData {
  id: string;
  title: string;
  starter: string;
  hints: string[];
  timeLimitMs: number | null;
}

const SAVE_DELAY_MS = 300;

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`exercise widget is missing ${selector}`);
  return found;
}

function showSavedStatus(badge: HTMLElement, saved: SavedResult | null): void {
  badge.dataset['status'] = saved?.status ?? 'none';
  badge.textContent = !saved ? 'Not run yet' : saved.status === 'pass' ? `Passed ✓ (${saved.passed}/${saved.total})` : `${saved.passed}/${saved.total} checks passing`;
}

/**
 * Turns the server-rendered widget into a working exercise: Monaco with the learner's saved
 * code (or the starter), Run / Reset / Hint, a results panel announced to screen readers,
 * and the learner's console output. Saved code is never run on load, only on Run.
 */
export function mountExercise(root: HTMLElement): void {
  const data = JSON.parse(part(root, 'script.exercise-data').textContent ?? '{}') as ExerciseData;
  const runButton = part<HTMLButtonElement>(root, '[data-action="run"]');
  const resetButton = part<HTMLButtonElement>(root, '[data-action="reset"]');
  const hintButton = part<HTMLButtonElement>(root, '[data-action="hint"]');
  const hintList = part<HTMLOListElement>(root, '.exercise-hints');
  const results = part(root, '.exercise-results');
  const live = part(root, '.exercise-live');
  const output = part(root, '.exercise-output');
  const notice = part(root, '.exercise-notice');
  const badge = part(root, '.exercise-badge');
  const host = part(root, '.exercise-editor');

  warmUp();
  showSavedStatus(badge, loadResult(data.id));
  host.replaceChildren();
  const editor = createEditor(host, { value: loadCode(data.id) ?? data.starter, path: `${data.id}/learner.ts`, label: `Code editor for ${data.title}` });
  root.dataset['ready'] = 'true';

  let warnedAboutStorage = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (saveCode(data.id, editor.getValue()) || warnedAboutStorage) return;
    warnedAboutStorage = true;
    notice.hidden = false;
    notice.textContent = 'Your browser is not letting this page save your code (storage is full or blocked). It stays in the editor while this tab is open; copy it somewhere safe before you close the tab.';
  };
  editor.onDidChangeModelContent(() => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  });
  // A last save when the tab is hidden or closed, so no keystroke is lost to the delay.
  addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save());

  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    save();
    root.dataset['busy'] = 'true';
    results.setAttribute('aria-busy', 'true');
    runButton.disabled = true;
    runButton.textContent = 'Running…';
    live.textContent = 'Running your code…';
    try {
      const result = await gradeInBrowser(data.id, editor.getValue(), data.timeLimitMs ?? undefined);
      // Kept on the element (not in a global) for tools and tests that compare verdicts.
      (root as HTMLElement & { lastResult?: GradeResult }).lastResult = result;
      const consoleText = renderResult(results, result);
      output.textContent = consoleText;
      output.hidden = consoleText === '';
      live.textContent = summarise(result);
      if (saveResult(data.id, result)) showSavedStatus(badge, loadResult(data.id));
      // The next fresh realm warms up while the learner reads the verdict: after the next
      // paint (a timeout queued from a frame callback), since starting a worker costs the
      // page a few milliseconds that would otherwise delay the verdict's frame.
      requestAnimationFrame(() => setTimeout(warmUp, 0));
    } catch (error) {
      results.replaceChildren();
      live.textContent = `Something went wrong in the grader: ${error instanceof Error ? error.message : String(error)}`;
      results.textContent = live.textContent;
    } finally {
      running = false;
      delete root.dataset['busy'];
      results.setAttribute('aria-busy', 'false');
      runButton.disabled = false;
      runButton.textContent = 'Run';
    }
  };

  runButton.addEventListener('click', () => void run());
  // An action, not addCommand: commands are global to all editors on the page, actions are per editor.
  editor.addAction({
    id: 'lifecycle-lab.run',
    label: 'Run the checks',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
    run: () => void run(),
  });
  root.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !editor.hasTextFocus()) void run();
  });

  resetButton.addEventListener('click', () => {
    const model = editor.getModel();
    if (!model) return;
    // An edit, not setValue: Ctrl+Z brings the learner's code back.
    editor.pushUndoStop();
    editor.executeEdits('reset-to-starter', [{ range: model.getFullModelRange(), text: data.starter }]);
    editor.pushUndoStop();
    live.textContent = 'The code was reset to the starter. Undo (Ctrl+Z or Cmd+Z) brings yours back.';
    editor.focus();
  });

  const progressStatus = part(root, '.exercise-progress-status');
  part<HTMLButtonElement>(root, '[data-action="export"]').addEventListener('click', () => {
    save();
    const progress = exportProgress();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(progress, null, 2)], { type: 'application/json' }));
    link.download = `lifecycle-lab-work-${progress.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    progressStatus.textContent = `Exported your work for ${Object.keys(progress.exercises).length} exercise(s).`;
  });
  part<HTMLInputElement>(root, '[data-action="import"]').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const imported = importProgress(await file.text());
    if (!imported.ok) {
      progressStatus.textContent = `Not imported: ${imported.message}. Nothing was changed.`;
      return;
    }
    const mine = loadCode(data.id);
    const model = editor.getModel();
    if (mine !== null && model && imported.ids.includes(data.id) && mine !== editor.getValue()) {
      // An edit, so Ctrl+Z gets back what was in the editor before the import.
      editor.pushUndoStop();
      editor.executeEdits('import-work', [{ range: model.getFullModelRange(), text: mine }]);
      editor.pushUndoStop();
    }
    showSavedStatus(badge, loadResult(data.id));
    progressStatus.textContent = `Imported your work for ${imported.ids.length} exercise(s). Other exercises on the site pick it up when you open them.`;
  });

  hintButton.addEventListener('click', () => {
    const shown = hintList.children.length;
    const hint = data.hints[shown];
    if (hint === undefined) return;
    const item = document.createElement('li');
    item.textContent = hint;
    hintList.append(item);
    hintList.hidden = false;
    const remaining = data.hints.length - shown - 1;
    hintButton.textContent = remaining > 0 ? `Another hint (${remaining} left)` : 'No more hints';
    hintButton.disabled = remaining === 0;
    live.textContent = `Hint ${shown + 1}: ${hint}`;
  });
}
