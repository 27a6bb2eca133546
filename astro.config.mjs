// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { readLessonIndex } from './src/content/lesson-index.ts';
import { courseSidebar } from './src/content/course-sidebar.ts';
import { LESSONS_DIRECTORY } from './src/content/lesson-files.ts';
import { checkExerciseLessons } from './src/exercises/exercise-lessons.ts';
import { remarkMermaidDiagrams } from './src/markdown/remark-mermaid-diagrams.ts';
import { lazyMonacoCss } from './src/build/lazy-monaco-css.ts';
import { contentSecurityPolicy } from './src/build/content-security-policy.ts';
import { serviceWorker } from './src/offline/service-worker-integration.ts';

const root = new URL('.', import.meta.url).pathname;
const lessons = readLessonIndex(root, LESSONS_DIRECTORY);
// An exercise's `lesson:` must name one of these lessons (verify checks the same).
checkExerciseLessons(root, lessons);
const pkg = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
// "Edit page" links appear once package.json names the repository (e.g. a GitHub URL).
const repository = (pkg.repository?.url ?? pkg.repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');

export default defineConfig({
  markdown: { processor: unified({ remarkPlugins: [remarkMermaidDiagrams] }) },
  vite: {
    plugins: [lazyMonacoCss()],
    // Pre-bundled in dev, so opening the first exercise does not trigger a reload.
    optimizeDeps: { include: ['monaco-editor', '@tensorflow/tfjs', 'mermaid', 'sucrase'] },
  },
  integrations: [
    starlight({
      title: 'Lifecycle Lab',
      description: 'Learn the machine-learning lifecycle by doing it, one stage at a time.',
      sidebar: courseSidebar(lessons),
      editLink: repository ? { baseUrl: `${repository}/edit/main/` } : undefined,
      customCss: ['./src/styles/course.css'],
      components: { MarkdownContent: './src/components/MarkdownContent.astro' },
    }),
    contentSecurityPolicy(),
    // Offline: after the policy, so the precache holds the pages as served.
    serviceWorker(),
  ],
});
