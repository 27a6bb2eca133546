/** What Exercise.astro embeds as JSON for the widget. */
export interface ExerciseData {
  id: string;
  title: string;
  starter: string;
  hints: string[];
  timeLimitMs: number | null;
}

/** The server-rendered elements of one exercise widget, looked up once. */
export interface WidgetParts {
  root: HTMLElement;
  data: ExerciseData;
  runButton: HTMLButtonElement;
  resetButton: HTMLButtonElement;
  hintButton: HTMLButtonElement;
  hintList: HTMLOListElement;
  results: HTMLElement;
  live: HTMLElement;
  output: HTMLElement;
  notice: HTMLElement;
  badge: HTMLElement;
  editorHost: HTMLElement;
  exportButton: HTMLButtonElement;
  importInput: HTMLInputElement;
  progressStatus: HTMLElement;
}

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`exercise widget is missing ${selector}`);
  return found;
}

/** Finds every part of the widget (Exercise.astro renders them), failing loudly if one is missing. */
export function findParts(root: HTMLElement): WidgetParts {
  return {
    root,
    data: JSON.parse(part(root, 'script.exercise-data').textContent ?? '{}') as ExerciseData,
    runButton: part(root, '[data-action="run"]'),
    resetButton: part(root, '[data-action="reset"]'),
    hintButton: part(root, '[data-action="hint"]'),
    hintList: part(root, '.exercise-hints'),
    results: part(root, '.exercise-results'),
    live: part(root, '.exercise-live'),
    output: part(root, '.exercise-output'),
    notice: part(root, '.exercise-notice'),
    badge: part(root, '.exercise-badge'),
    editorHost: part(root, '.exercise-editor'),
    exportButton: part(root, '[data-action="export"]'),
    importInput: part(root, '[data-action="import"]'),
    progressStatus: part(root, '.exercise-progress-status'),
  };
}
