import * as Plot from '@observablehq/plot';
import { BINS, driftScenario, type DriftState } from './drift-scenario.ts';
import { describeDrift, fixed } from './figure-descriptions.ts';
import { COLOURS, drawOnResize, labelSvg, liveWriter, part } from './figure-kit.ts';
import { psiBand } from './psi.ts';

/**
 * `<psi-figure>` once loaded: the share of the current values in each of the reference's
 * ten quantile bins (bars) against the reference's 10% (ticks), and a PSI meter with the
 * course's 0.1 and 0.2 lines, for the shift and spread on the sliders.
 */

const BARS_HEIGHT = 220;
const METER_HEIGHT = 70;
const METER_END = 0.5;
const BAND_COLOUR = { stable: COLOURS.good, watch: COLOURS.warn, drift: COLOURS.bad } as const;

export function mount(figure: HTMLElement): void {
  const barsCanvas = part(figure, 'bars-canvas');
  const meterCanvas = part(figure, 'meter-canvas');
  const shift = part<HTMLInputElement>(figure, 'shift');
  const shiftValue = part<HTMLOutputElement>(figure, 'shift-value');
  const widen = part<HTMLInputElement>(figure, 'widen');
  const widenValue = part<HTMLOutputElement>(figure, 'widen-value');
  const live = liveWriter(part(figure, 'live'));
  let state: DriftState = driftScenario(shift.valueAsNumber, widen.valueAsNumber);
  const bins = Array.from({ length: BINS }, (_, bin) => bin + 1);

  const drawBars = (width: number) => {
    const shares = bins.map((bin) => ({ bin, reference: state.referenceShares[bin - 1]!, current: state.currentShares[bin - 1]! }));
    const plot = Plot.plot({
      width,
      height: BARS_HEIGHT,
      marginLeft: 44,
      marginBottom: 36,
      x: { type: 'band', domain: bins, label: 'bin (reference deciles)', padding: 0.15 },
      y: { domain: [0, 0.4], label: 'share of values', grid: true, percent: false },
      marks: [
        Plot.barY(shares, { x: 'bin', y: 'current', fill: COLOURS.accent, clip: true }),
        Plot.tickY(shares, { x: 'bin', y: 'reference', stroke: COLOURS.ink, strokeWidth: 2.5 }),
        Plot.ruleY([0]),
      ],
    }) as SVGSVGElement;
    labelSvg(
      plot,
      'Current shares per bin against the reference',
      `Bars: current share per bin (${state.currentShares.map((share) => fixed(share, 2)).join(', ')}); ticks: the reference's share, about 0.10 in every bin.`,
    );
    return plot;
  };
  const drawMeter = (width: number) => {
    const band = psiBand(state.psi);
    const plot = Plot.plot({
      width,
      height: METER_HEIGHT,
      marginLeft: 44,
      marginBottom: 30,
      x: { domain: [0, METER_END], label: 'PSI', ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5] },
      y: { axis: null },
      marks: [
        Plot.barX([Math.min(state.psi, METER_END)], { x: (value) => value, fill: BAND_COLOUR[band], insetTop: 6, insetBottom: 6 }),
        Plot.ruleX([0.1, 0.2], { stroke: COLOURS.ink, strokeWidth: 2, strokeDasharray: '3 2' }),
      ],
    }) as SVGSVGElement;
    labelSvg(plot, 'PSI against the 0.1 and 0.2 lines', describeDrift(state));
    return plot;
  };
  const redrawBars = drawOnResize(barsCanvas, drawBars);
  const redrawMeter = drawOnResize(meterCanvas, drawMeter);

  const onInput = () => {
    state = driftScenario(shift.valueAsNumber, widen.valueAsNumber);
    shiftValue.value = `${state.shift > 0 ? '+' : ''}${fixed(state.shift, 1)} €`;
    widenValue.value = `×${fixed(state.widen, 2)}`;
    redrawBars();
    redrawMeter();
    live.now(describeDrift(state));
  };
  shift.addEventListener('input', onInput);
  widen.addEventListener('input', onInput);
}
