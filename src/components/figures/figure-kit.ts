/**
 * What every lesson figure shares once it has loaded: theme colours as CSS variables (so a
 * theme switch recolours the SVG without a redraw), an accessible title and description on
 * each drawn SVG, redrawing when the reserved box changes width, and a throttled live text.
 */

/** Starlight's theme variables: each resolves to a colour that contrasts in light and in dark. */
export const COLOURS = {
  ink: 'var(--sl-color-white)',
  muted: 'var(--sl-color-gray-3)',
  faint: 'var(--sl-color-gray-5)',
  background: 'var(--sl-color-bg)',
  accent: 'var(--sl-color-accent-high)',
  accentSoft: 'var(--sl-color-accent-low)',
  good: 'var(--sl-color-green-high)',
  warn: 'var(--sl-color-orange-high)',
  bad: 'var(--sl-color-red-high)',
} as const;

let nextId = 0;

/**
 * Gives a drawn SVG a <title> and <desc> and points the accessible name and description at
 * them, in place of Plot's per-group labels. `role` is "img" for a picture and "group" when it holds focusable points (an "img"
 * would hide them from assistive technology).
 */
export function labelSvg(svg: SVGSVGElement, title: string, description: string, role: 'img' | 'group' = 'img'): void {
  const id = `lesson-figure-${(nextId += 1)}`;
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.id = `${id}-title`;
  titleElement.textContent = title;
  const descElement = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  descElement.id = `${id}-desc`;
  descElement.textContent = description;
  // Plot labels its groups ("dot", "x-axis tick"): an aria-label on a plain <g> is not allowed
  // (axe: aria-prohibited-attr) and says nothing the title and description do not.
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  svg.prepend(titleElement, descElement);
  svg.setAttribute('role', role);
  svg.setAttribute('aria-labelledby', titleElement.id);
  svg.setAttribute('aria-describedby', descElement.id);
}

/** The element with `data-role="<role>"` inside a figure; a missing one is a markup bug, named. */
export function part<T extends HTMLElement>(figure: HTMLElement, role: string): T {
  const element = figure.querySelector<T>(`[data-role="${role}"]`);
  if (!element) throw new Error(`<${figure.localName}> has no [data-role="${role}"] element`);
  return element;
}

/**
 * Calls `draw(width)` now and again whenever `canvas` changes width (rotation, sidebar),
 * replacing what was drawn. The canvas keeps its reserved height, so nothing moves.
 */
export function drawOnResize(canvas: HTMLElement, draw: (width: number) => Element): () => void {
  let width = 0;
  const redraw = () => {
    width = Math.max(280, Math.floor(canvas.clientWidth));
    canvas.replaceChildren(draw(width));
  };
  new ResizeObserver(() => {
    if (Math.max(280, Math.floor(canvas.clientWidth)) !== width) redraw();
  }).observe(canvas);
  redraw();
  return redraw;
}

/**
 * Writes `text` to a live region at most every `ms` milliseconds (the last text always
 * lands), so dragging a point does not queue dozens of announcements.
 */
export function liveWriter(region: HTMLElement, ms = 250): { now: (text: string) => void; soon: (text: string) => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = '';
  const now = (text: string) => {
    clearTimeout(timer);
    timer = undefined;
    if (region.textContent !== text) region.textContent = text;
  };
  const soon = (text: string) => {
    pending = text;
    timer ??= setTimeout(() => now(pending), ms);
  };
  return { now, soon };
}
