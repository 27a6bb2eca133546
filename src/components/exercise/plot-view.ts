import * as Plot from '@observablehq/plot';
import type { Plot as PlotData, TablePlot } from '../../grading/plot.ts';
import type { GradeResult } from '../../grading/result.ts';
import { barsOptions, histogramsOptions, linesOptions, stripOptions, type Palette } from './plot-marks.ts';
import { plotDescription, plotLabel, plotsOf } from './plot-text.ts';

/**
 * Draws a verdict's plots under it, with Observable Plot (SVG). Imported dynamically by the
 * widget after a Run, so neither this file nor the library loads on a page until a verdict
 * has a plot. Every figure has a visible title, an accessible name, and the grader's text
 * alternative as its visible description; it is redrawn when the theme changes.
 */

const FALLBACK = {
  text: '#222',
  grey: '#999',
  highlight: '#c2410c',
  series: ['#2563eb', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490'],
};

/** The page's colours now (Starlight's variables), so both themes are right. */
function palette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--sl-color-white', FALLBACK.text),
    grey: read('--sl-color-gray-4', FALLBACK.grey),
    highlight: read('--sl-color-orange-high', FALLBACK.highlight),
    series: ['--sl-color-accent', '--sl-color-orange', '--sl-color-green', '--sl-color-purple', '--sl-color-red', '--sl-color-blue'].map(
      (name, i) => read(name, FALLBACK.series[i]!),
    ),
  };
}

let figures = 0;

function table(plot: TablePlot): HTMLTableElement {
  const node = document.createElement('table');
  node.className = 'exercise-plot__table';
  const head = node.createTHead().insertRow();
  for (const column of ['mark', ...plot.columns])
    head.append(Object.assign(document.createElement('th'), { textContent: column, scope: 'col' }));
  const body = node.createTBody();
  for (const row of plot.rows) {
    const line = body.insertRow();
    if (row.marked) line.dataset['marked'] = 'true';
    // The mark is text as well as colour, so it reads without seeing the colour.
    line.insertCell().textContent = row.marked ? `● ${plot.mark_label ?? 'marked'}` : '';
    for (const cell of row.cells) line.insertCell().textContent = cell;
  }
  return node;
}

function chart(plot: Exclude<PlotData, TablePlot>, width: number): SVGSVGElement | HTMLElement {
  const colours = palette();
  const options =
    plot.kind === 'bars'
      ? barsOptions(plot, colours, width)
      : plot.kind === 'lines'
        ? linesOptions(plot, colours, width)
        : plot.kind === 'histograms'
          ? histogramsOptions(plot, colours, width)
          : stripOptions(plot, colours, width);
  return hoistStyles(Plot.plot(options));
}

/** The style texts already in the document's head, each added once. */
const hoisted = new Set<string>();

/**
 * Moves the <style> elements Observable Plot puts in each drawing (the same few rules every
 * time) into the head, once. Removing a stylesheet from the page makes Chromium rebuild its
 * font faces (here, Monaco's codicon) and lay out the whole document again: left in the
 * plots, which each Run replaces, that was about 30 of a warm Run's 70 ms on two cores.
 */
function hoistStyles<T extends Element>(drawing: T): T {
  for (const style of drawing.querySelectorAll('style')) {
    const text = style.textContent ?? '';
    if (!hoisted.has(text)) {
      hoisted.add(text);
      document.head.append(Object.assign(document.createElement('style'), { textContent: text }));
    }
    style.remove();
  }
  return drawing;
}

/** One figure: title, the drawing (SVG, or a table), and the text alternative as its description. */
function figure(plot: PlotData, checkName: string, width: number): HTMLElement {
  const node = document.createElement('figure');
  node.className = 'exercise-plot';
  node.dataset['kind'] = plot.kind;
  const id = `exercise-plot-${(figures += 1)}`;
  const caption = document.createElement('figcaption');
  caption.className = 'exercise-plot__title';
  caption.textContent = plot.title;
  caption.title = checkName;
  const text = document.createElement('p');
  text.className = 'exercise-plot__text';
  text.id = `${id}-text`;
  text.textContent = plotDescription(plot);
  const drawing = plot.kind === 'table' ? table(plot) : chart(plot, width);
  // With a legend Plot returns a <figure> whose own <svg> child is the chart (the swatches are nested deeper).
  const svg = drawing instanceof SVGSVGElement ? drawing : drawing.querySelector<SVGSVGElement>(':scope > svg');
  const labelled = plot.kind === 'table' ? drawing : svg;
  if (labelled) {
    if (plot.kind !== 'table') labelled.setAttribute('role', 'img');
    labelled.setAttribute('aria-label', plotLabel(plot));
    labelled.setAttribute('aria-describedby', text.id);
  }
  if (svg) {
    // The chart is one image with one name and description: Plot's per-mark aria-labels on plain
    // <g> elements are not allowed there (axe: aria-prohibited-attr), so they become data.
    for (const group of svg.querySelectorAll('[aria-label]')) {
      group.setAttribute('data-mark', group.getAttribute('aria-label') ?? '');
      group.removeAttribute('aria-label');
    }
    // A <title> too, for tools that read SVG itself rather than ARIA.
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = plotLabel(plot);
    svg.prepend(title);
  }
  node.append(caption, drawing, text);
  return node;
}

const observers = new WeakMap<HTMLElement, MutationObserver>();

/** Draws the result's plots into `host` (replacing what it held), and again whenever the theme changes. */
export function drawPlots(host: HTMLElement, result: GradeResult): void {
  const draw = () => {
    const width = Math.max(280, Math.min(720, host.clientWidth || 640));
    host.replaceChildren(...plotsOf(result).map(({ plot, checkName }) => figure(plot, checkName, width)));
  };
  draw();
  observers.get(host)?.disconnect();
  const observer = new MutationObserver(() => host.isConnected && draw());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  observers.set(host, observer);
}
