import { transformSync } from 'esbuild';
import { markSidebarProgress } from './sidebar-marks.ts';

/**
 * The sidebar-marks script as CourseSidebar.astro inlines it on every page: the function's
 * source, called at once, minified with esbuild (which Astro already uses) to about half the
 * bytes. A module constant, so the build minifies it once rather than for every page.
 */
export const SIDEBAR_MARKS_SCRIPT = transformSync(`(${markSidebarProgress.toString()})()`, { minify: true, target: 'es2020' }).code;
