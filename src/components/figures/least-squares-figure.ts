import * as Plot from '@observablehq/plot';
import { describeFit, FIT_POINTS } from './figure-descriptions.ts';
import { COLOURS, drawOnResize, labelSvg, liveWriter, part } from './figure-kit.ts';
import { leastSquares, predict, type Point } from './least-squares.ts';

/**
 * `<least-squares-figure>` once loaded: the lesson's four points, each draggable with a
 * pointer or movable with the arrow keys once focused, with the least-squares line and the
 * residuals whose squares the MSE averages redrawn on every move.
 */

const X_RANGE = [0, 6] as const;
const Y_RANGE = [0, 12] as const;
const HEIGHT = 280;
const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));
const snap = (value: number) => Math.round(value * 10) / 10;

/** Arrow keys move a focused point by half a unit, or a tenth with Shift. */
function keyStep(key: string, fine: boolean): [number, number] | undefined {
  const step = fine ? 0.1 : 0.5;
  return ({ ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] } as Record<string, [number, number]>)[
    key
  ];
}

export function mount(figure: HTMLElement): void {
  const canvas = part(figure, 'canvas');
  const live = liveWriter(part(figure, 'live'));
  const reset = part<HTMLButtonElement>(figure, 'reset');
  let points: Point[] = FIT_POINTS.map((point) => ({ ...point }));
  let plot: (SVGSVGElement & Plot.Plot) | undefined;
  let focused: number | undefined;
  let dragging: number | undefined;

  const draw = (width: number) => {
    const line = leastSquares(points);
    plot = Plot.plot({
      width,
      height: HEIGHT,
      marginLeft: 36,
      marginBottom: 36,
      x: { domain: X_RANGE, label: 'x', grid: true },
      y: { domain: Y_RANGE, label: 'y', grid: true },
      marks: [
        line
          ? Plot.link(points, {
              x1: 'x',
              y1: 'y',
              x2: 'x',
              y2: (point: Point) => predict(line, point.x),
              stroke: COLOURS.warn,
              strokeWidth: 2.5,
              strokeDasharray: '4 3',
            })
          : null,
        line
          ? Plot.line(
              X_RANGE.map((x) => ({ x, y: predict(line, x) })),
              { x: 'x', y: 'y', stroke: COLOURS.accent, strokeWidth: 3, clip: true },
            )
          : null,
        Plot.dot(points, {
          x: 'x',
          y: 'y',
          r: 7,
          fill: COLOURS.accent,
          stroke: COLOURS.background,
          strokeWidth: 2,
          className: 'lesson-figure__points',
        }),
      ],
    }) as SVGSVGElement & Plot.Plot;
    labelSvg(plot, 'Four points and their least-squares line', describeFit(points), 'group');
    plot.querySelectorAll('.lesson-figure__points circle').forEach((circle, index) => {
      const point = points[index]!;
      circle.setAttribute('tabindex', '0');
      circle.setAttribute('role', 'button');
      circle.setAttribute('aria-roledescription', 'movable point');
      circle.setAttribute('aria-label', `Point ${index + 1} at x ${point.x}, y ${point.y}. Arrow keys move it.`);
      circle.setAttribute('data-index', String(index));
    });
    return plot;
  };
  const redraw = drawOnResize(canvas, draw);

  const update = (announce: 'now' | 'soon') => {
    // Redrawing removes the focused circle (and with it `focused`): give focus to its successor.
    const keep = focused;
    redraw();
    if (keep !== undefined) canvas.querySelector<SVGElement>(`circle[data-index="${keep}"]`)?.focus();
    live[announce](describeFit(points));
  };
  const indexOf = (target: EventTarget | null) => {
    const value = target instanceof Element ? target.getAttribute('data-index') : null;
    return value === null ? undefined : Number(value);
  };
  const moveTo = (index: number, x: number, y: number) => {
    points = points.map((point, i) => (i === index ? { x: snap(clamp(x, X_RANGE)), y: snap(clamp(y, Y_RANGE)) } : point));
  };

  canvas.addEventListener('focusin', (event) => (focused = indexOf(event.target)));
  canvas.addEventListener('focusout', () => dragging === undefined && (focused = undefined));
  canvas.addEventListener('keydown', (event) => {
    const index = indexOf(event.target);
    const step = keyStep(event.key, event.shiftKey);
    if (index === undefined || !step) return;
    event.preventDefault();
    const point = points[index]!;
    moveTo(index, point.x + step[0], point.y + step[1]);
    update('now');
  });
  canvas.addEventListener('pointerdown', (event) => {
    const index = indexOf(event.target);
    if (index === undefined) return;
    event.preventDefault();
    dragging = focused = index;
    canvas.setPointerCapture(event.pointerId);
    (event.target as SVGElement).focus();
  });
  canvas.addEventListener('pointermove', (event) => {
    const svg = canvas.querySelector('svg');
    if (dragging === undefined || !plot || !svg) return;
    // The SVG may be drawn narrower than its viewBox on small screens: map client pixels back.
    const box = svg.getBoundingClientRect();
    const scale = svg.viewBox.baseVal.width / box.width;
    const x = plot.scale('x')?.invert?.((event.clientX - box.left) * scale) as number;
    const y = plot.scale('y')?.invert?.((event.clientY - box.top) * scale) as number;
    moveTo(dragging, x, y);
    update('soon');
  });
  const stop = () => {
    if (dragging === undefined) return;
    dragging = undefined;
    live.now(describeFit(points));
  };
  canvas.addEventListener('pointerup', stop);
  canvas.addEventListener('pointercancel', stop);
  reset.addEventListener('click', () => {
    points = FIT_POINTS.map((point) => ({ ...point }));
    focused = undefined;
    update('now');
  });
}
