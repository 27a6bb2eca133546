import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0lazy-monaco-css:';
const MONACO_CSS = /[\\/]node_modules[\\/]monaco-editor[\\/].*\.css$/;

/**
 * Monaco's modules import their own CSS. Left to Vite, that CSS becomes a stylesheet that
 * Astro links on every page sharing the lesson route, exercise or not (~175 KB). This
 * plugin turns each of those imports into a module that inserts the CSS when it is
 * evaluated, so Monaco's styles arrive with Monaco's code, only where an editor opens.
 */
export function lazyMonacoCss(): Plugin {
  return {
    name: 'lifecycle-lab:lazy-monaco-css',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.css') || !importer?.includes('monaco-editor')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // The `.js` ending keeps Vite's own CSS pipeline from claiming the module.
      return resolved && MONACO_CSS.test(resolved.id) ? `${PREFIX}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      const imports: string[] = [];
      // Relative url(...)s (the codicon font) become bundled assets, as Vite would make them.
      const css = JSON.stringify(readFileSync(file, 'utf8')).replace(
        /url\((['"]?)(\.{1,2}\/[^'")]+)\1\)/g,
        (_match, _quote, path: string) => {
          imports.push(`import asset${imports.length} from ${JSON.stringify(`${resolve(dirname(file), path)}?url`)};`);
          return `url(" + JSON.stringify(asset${imports.length - 1}) + ")`;
        },
      );
      return `${imports.join('\n')}\nconst style = document.createElement('style');\nstyle.textContent = ${css};\ndocument.head.append(style);\n`;
    },
  };
}
