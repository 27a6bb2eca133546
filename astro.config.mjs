// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { readLessonIndex } from './src/content/lesson-index.ts';
import { courseSidebar } from './src/content/course-sidebar.ts';
import { LESSONS_DIRECTORY } from './src/content/lesson-files.ts';
import { checkExerciseLessons, exercisesByLesson } from './src/exercises/exercise-lessons.ts';
import { remarkMermaidDiagrams } from './src/markdown/remark-mermaid-diagrams.ts';
import { diagramBrowser } from './src/markdown/diagram-browser-integration.ts';
import { remarkQuizzes } from './src/markdown/remark-quizzes.ts';
import { lazyMonacoCss } from './src/build/lazy-monaco-css.ts';
import { slimTfjs } from './src/build/slim-tfjs.ts';
import { searchOnDemand } from './src/build/search-on-demand.ts';
import { monacoWorkerImports } from './src/build/monaco-worker-imports.ts';
import { typescriptLibFiles } from './src/build/typescript-lib-files.ts';
import { contentSecurityPolicy } from './src/build/content-security-policy.ts';
import { immutableAssets } from './src/build/immutable-assets.ts';
import { lessonSidebarRestart } from './src/build/lesson-sidebar-restart.ts';
import { serviceWorker } from './src/offline/service-worker-integration.ts';

const root = new URL('.', import.meta.url).pathname;
const lessons = readLessonIndex(root, LESSONS_DIRECTORY);
// An exercise's `lesson:` must name one of these lessons (verify checks the same).
checkExerciseLessons(root, lessons);
const sidebar = courseSidebar(lessons, exercisesByLesson(root));
const pkg = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
// "Edit page" links appear once package.json names the repository (e.g. a GitHub URL).
const repository = (pkg.repository?.url ?? pkg.repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');

export default defineConfig({
  // Off: the service worker precaches every page after the first visit, so prefetching adds
  // nothing but its script on every page and a rescan of every link at each DOM change.
  prefetch: false,
  markdown: { processor: unified({ remarkPlugins: [remarkMermaidDiagrams, remarkQuizzes] }) },
  vite: {
    plugins: [lazyMonacoCss(), monacoWorkerImports(), slimTfjs(), searchOnDemand()],
    worker: { plugins: () => [typescriptLibFiles()] },
    // Pre-bundled in dev, so opening the first exercise does not trigger a reload.
    optimizeDeps: {
      include: ['monaco-editor/editor', '@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu', '@tensorflow/tfjs-layers', 'sucrase'],
    },
  },
  integrations: [
    starlight({
      title: 'Lifecycle Lab',
      description: 'Learn the machine-learning lifecycle by doing it, one stage at a time.',
      sidebar,
      editLink: repository ? { baseUrl: `${repository}/edit/main/` } : undefined,
      customCss: ['./src/styles/course.css'],
      components: { MarkdownContent: './src/components/MarkdownContent.astro', Sidebar: './src/components/CourseSidebar.astro' },
    }),
    // Diagrams are drawn at build time (remarkMermaidDiagrams); this closes their browser afterwards.
    diagramBrowser(),
    contentSecurityPolicy(),
    immutableAssets(),
    lessonSidebarRestart(root, sidebar),
    // Offline: after the policy, so the precache holds the pages as served.
    serviceWorker(),
  ],
});
