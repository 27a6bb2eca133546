/**
 * Stands in for `@pagefind/default-ui` where Starlight's Search imports it (see
 * src/build/search-on-demand.ts). Starlight builds the Pagefind UI on idle on every page:
 * about 26 KB of gzip JavaScript that most readers of a lesson never use. This PagefindUI
 * keeps the options it is given and builds the real one at the first sign that the reader
 * is heading for search (pointer over or focus on the Search button, a touch, a click, or
 * Ctrl/⌘+K), so by the time the dialog opens the UI is usually there already.
 */

/** The slice of Pagefind UI's options this stand-in reads; the rest are passed on untouched. */
interface PagefindUIOptions {
  /** Selector of the element the UI renders into. */
  element: string;
}

export class PagefindUI {
  constructor(options: PagefindUIOptions & Record<string, unknown>) {
    const search = document.querySelector<HTMLElement>('site-search');
    const button = search?.querySelector<HTMLButtonElement>('button[data-open-modal]');
    // Read now: Pagefind's constructor deletes the options it consumes.
    const inputSelector = `${options.element} input`;
    let started = false;
    const build = () => {
      if (started) return;
      started = true;
      void import('@pagefind/default-ui').then(({ PagefindUI: RealPagefindUI }) => {
        new RealPagefindUI(options);
        // Starlight focuses the input when the dialog opens; on a first open the input did not exist yet.
        if (search?.querySelector('dialog')?.open) search.querySelector<HTMLInputElement>(inputSelector)?.focus();
      });
    };
    for (const type of ['pointerenter', 'focus', 'touchstart', 'click'])
      button?.addEventListener(type, build, { once: true, passive: true });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') build();
    });
    // Starlight constructs this on idle, so a quick reader may have opened the dialog already:
    // that intent came before these listeners, and the open dialog would stay empty.
    // A page without Starlight's button (none today) still gets its search.
    if (!button || search?.querySelector('dialog')?.open) build();
  }
}
