import * as monaco from './monaco-slim.ts';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker';

/**
 * Monaco with TypeScript IntelliSense for exercises: the exercise's own signature comes
 * from the learner's file, TF.js's types from a JSON file the site serves (no network
 * beyond the site). Imported only from the lazily loaded widget, so Monaco's code and CSS
 * never load on pages without an exercise.
 */

let engage: () => void = () => undefined;
/** Settles when the learner first points at or focuses an editor (see `createEditor`). */
const engaged = new Promise<void>((resolve) => {
  engage = resolve;
});

self.MonacoEnvironment = {
  // The TypeScript worker (the compiler, ~1 MB gzip) starts when the learner first reaches
  // for an editor rather than when it appears: a page read past its exercise never pays for
  // it, and on arrival it does not compete with the grader's start for the CPU. Monaco
  // queues its requests (markers, suggestions) until the promised worker exists.
  getWorker: (_workerId: string, label: string) =>
    label === 'typescript' || label === 'javascript' ? engaged.then(() => new TypeScriptWorker()) : new EditorWorker(),
};

const { typescript } = monaco;
typescript.typescriptDefaults.setCompilerOptions({
  target: typescript.ScriptTarget.ES2020,
  module: typescript.ModuleKind.ESNext,
  moduleResolution: typescript.ModuleResolutionKind.NodeJs,
  // ES2020 without the DOM: learner code runs in a worker with no DOM, and the TypeScript
  // worker ships ES2020's lib files only (src/build/typescript-lib-files.ts).
  lib: ['es2020'],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
});

/** The globals the learner realm has beyond ES2020 (see src/grading/lock-down-realm.ts and console-capture.ts). */
const REALM_GLOBALS = {
  filePath: 'file:///learner-realm-globals.d.ts',
  content: `interface Console {
  log(...data: any[]): void; info(...data: any[]): void; warn(...data: any[]): void; error(...data: any[]): void;
  debug(...data: any[]): void; trace(...data: any[]): void; table(tabularData?: any, properties?: string[]): void; dir(item?: any): void;
}
declare var console: Console;
declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
`,
};
typescript.typescriptDefaults.setExtraLibs([REALM_GLOBALS]);

let typesLoaded: Promise<void> | undefined;

/** Fetches TF.js's declarations once per page and hands them to the TypeScript worker. */
function loadTfTypes(): Promise<void> {
  typesLoaded ??= fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/exercise-types/tfjs.json`)
    .then((response): Promise<Record<string, string>> | Record<string, string> => (response.ok ? response.json() : {}))
    .then((files) => {
      typescript.typescriptDefaults.setExtraLibs([
        REALM_GLOBALS,
        ...Object.entries(files).map(([path, content]) => ({ filePath: `file:///${path}`, content })),
      ]);
    })
    .catch(() => undefined);
  return typesLoaded;
}

/** The current theme of the page, as a Monaco theme. */
export const themeOfPage = (): 'vs' | 'vs-dark' => (document.documentElement.dataset['theme'] === 'dark' ? 'vs-dark' : 'vs');

export interface EditorOptions {
  value: string;
  /** Unique per exercise, so each editor has its own model. */
  path: string;
  label: string;
}

/** Creates an editor in `host`, following the page's light/dark theme. */
export function createEditor(host: HTMLElement, { value, path, label }: EditorOptions): monaco.editor.IStandaloneCodeEditor {
  // TF.js's declarations (~1 MB of JSON) matter only to the TypeScript worker, started on engagement too.
  void engaged.then(loadTfTypes);
  const uri = monaco.Uri.parse(`file:///exercises/${path}`);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(value, 'typescript', uri);
  model.setValue(value);
  const editor = monaco.editor.create(host, {
    model,
    theme: themeOfPage(),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    tabSize: 2,
    ariaLabel: label,
    fixedOverflowWidgets: true,
  });
  const disposables = [editor.onDidFocusEditorText(engage), editor.onMouseMove(engage)];
  void engaged.then(() => disposables.forEach((disposable) => disposable.dispose()));
  new MutationObserver(() => monaco.editor.setTheme(themeOfPage())).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });
  return editor;
}

export { monaco };
