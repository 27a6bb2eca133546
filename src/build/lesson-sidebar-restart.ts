import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { courseSidebar } from '../content/course-sidebar.ts';
import { readLessonIndex } from '../content/lesson-index.ts';
import { LESSONS_DIRECTORY } from '../content/lesson-files.ts';
import { exercisesByLesson } from '../exercises/exercise-lessons.ts';

const LESSON_FILE = /\.mdx?$/;
/** Several saves in a burst (an editor writing twice, a `git checkout`) cause one restart. */
const SETTLE_MS = 250;

const fingerprint = (sidebar: unknown): string => JSON.stringify(sidebar, null, 2);

/** The sidebar as it would be built from the lessons on disk now, as comparable text. */
const sidebarOnDisk = (root: string): string =>
  fingerprint(courseSidebar(readLessonIndex(root, LESSONS_DIRECTORY), exercisesByLesson(root)));

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Dev only; `sidebar` is the one the config gave Starlight. Starlight takes its sidebar from astro.config.mjs, which Astro evaluates once, so a
 * new lesson, a changed title or order would not show until a restart. This integration keeps
 * the sidebar's fingerprint in `.astro/lesson-sidebar.json` and registers that file with
 * `addWatchFile`; when a lesson change alters the sidebar it rewrites the file, and Astro restarts
 * its dev server, re-reading the config. An edit that leaves the sidebar alone (a lesson's prose)
 * changes nothing here and keeps Vite's fast reload. A lesson with broken frontmatter is reported
 * and ignored until it is fixed, so a half-typed edit never takes the server down.
 */
export function lessonSidebarRestart(root: string, sidebar: unknown): AstroIntegration {
  const stamp = join(root, '.astro', 'lesson-sidebar.json');
  const lessonsDirectory = join(root, LESSONS_DIRECTORY);
  return {
    name: 'lifecycle-lab:lesson-sidebar-restart',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile, updateConfig, logger }) => {
        if (command !== 'dev') return;
        // The config has just built this sidebar; reading the lessons again would be work done twice.
        const current = fingerprint(sidebar);
        mkdirSync(join(root, '.astro'), { recursive: true });
        if (readText(stamp) !== current) writeFileSync(stamp, current);
        addWatchFile(stamp);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = () => {
          let next: string;
          try {
            next = sidebarOnDisk(root);
          } catch (error) {
            logger.warn(`sidebar not updated: ${(error as Error).message}`);
            return;
          }
          if (next === readText(stamp)) return;
          logger.info('the lessons changed the sidebar: restarting the dev server');
          writeFileSync(stamp, next);
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lifecycle-lab:watch-lessons',
                configureServer(server) {
                  server.watcher.on('all', (event, path) => {
                    if (!['add', 'change', 'unlink'].includes(event) || !LESSON_FILE.test(path)) return;
                    if (relative(lessonsDirectory, path).startsWith('..' + sep)) return;
                    clearTimeout(timer);
                    timer = setTimeout(recheck, SETTLE_MS);
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
