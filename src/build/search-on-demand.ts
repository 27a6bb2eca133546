import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PAGEFIND_UI = '@pagefind/default-ui';
const STAND_IN = fileURLToPath(new URL('../components/search/pagefind-ui-on-demand.ts', import.meta.url));

/**
 * Starlight's Search imports Pagefind's UI on idle on every page. In the browser build this
 * plugin points that import at pagefind-ui-on-demand.ts, which imports the real UI only
 * when the reader reaches for search. The stand-in's own import of the package resolves as
 * Starlight's would, from Starlight's folder, so no second copy or version can creep in.
 */
export function searchOnDemand(): Plugin {
  let starlightImporter: string | undefined;
  return {
    name: 'lifecycle-lab:search-on-demand',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (source !== PAGEFIND_UI || !importer) return null;
      if (importer.startsWith(STAND_IN)) return this.resolve(source, starlightImporter ?? importer, { ...options, skipSelf: true });
      if (!importer.includes('@astrojs/starlight')) return null;
      starlightImporter = importer;
      return STAND_IN;
    },
  };
}
