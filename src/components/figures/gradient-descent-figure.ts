import * as Plot from '@observablehq/plot';
import { converged, descend } from './gradient-descent.ts';
import { DESCENT_POINTS, DESCENT_STEPS, describeDescent } from './figure-descriptions.ts';
import { COLOURS, drawOnResize, labelSvg, liveWriter, part } from './figure-kit.ts';

/**
 * `<gradient-descent-figure>` once loaded: the loss of each step of gradient descent on the
 * lesson's three points, for the learning rate on the slider, on a log scale so that both
 * a slow crawl and an explosion stay readable.
 */

const HEIGHT = 260;
// Losses outside this band are clipped at the plot's edge: the text still states the number.
const LOSS_RANGE = [1e-4, 1e5] as const;
const TICKS = [1e-4, 1e-2, 1, 1e2, 1e4];
// Plain decimals, not Plot's SI prefixes ("10m", "100µ"), which read as units here.
const plainNumber = (value: number) => (value >= 1 ? value.toLocaleString('en-US') : String(value));

export function mount(figure: HTMLElement): void {
  const canvas = part(figure, 'canvas');
  const slider = part<HTMLInputElement>(figure, 'rate');
  const output = part<HTMLOutputElement>(figure, 'rate-value');
  const live = liveWriter(part(figure, 'live'));

  const draw = (width: number) => {
    const learningRate = slider.valueAsNumber;
    const path = descend(DESCENT_POINTS, learningRate, DESCENT_STEPS).filter((state) => Number.isFinite(state.loss));
    const colour = converged(path) ? COLOURS.accent : COLOURS.bad;
    const plot = Plot.plot({
      width,
      height: HEIGHT,
      marginLeft: 52,
      marginBottom: 36,
      x: { domain: [0, DESCENT_STEPS], label: 'step', grid: true },
      y: { type: 'log', domain: LOSS_RANGE, label: 'loss (MSE, log scale)', grid: true, ticks: TICKS, tickFormat: plainNumber },
      marks: [
        Plot.ruleY([path[0]!.loss], { stroke: COLOURS.muted, strokeDasharray: '4 3' }),
        Plot.line(path, { x: 'step', y: (state) => Math.max(state.loss, LOSS_RANGE[0]), stroke: colour, strokeWidth: 2.5, clip: true }),
        Plot.dot(path, { x: 'step', y: (state) => Math.max(state.loss, LOSS_RANGE[0]), r: 3, fill: colour, clip: true }),
      ],
    }) as SVGSVGElement;
    labelSvg(plot, 'Loss per step of gradient descent', describeDescent(learningRate));
    return plot;
  };
  const redraw = drawOnResize(canvas, draw);

  slider.addEventListener('input', () => {
    output.value = slider.valueAsNumber.toFixed(2);
    redraw();
    live.now(describeDescent(slider.valueAsNumber));
  });
}
