import type { AstroIntegration } from 'astro';
import { closeSharedBrowser } from './diagram-renderings.ts';

/**
 * Closes the Chromium that drew the build's diagrams once the pages are written (or the dev
 * server stops), so the build does not wait for the browser's idle timeout to exit.
 */
export function diagramBrowser(): AstroIntegration {
  return {
    name: 'lifecycle-lab:diagram-browser',
    hooks: {
      'astro:build:generated': () => closeSharedBrowser(),
      'astro:server:done': () => closeSharedBrowser(),
    },
  };
}
