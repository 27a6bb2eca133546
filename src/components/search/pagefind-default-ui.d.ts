/** Pagefind's UI ships without types; this is the one constructor the course calls. */
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
