import * as Plot from '@observablehq/plot';
import { describeFolds, describeSplit, fixed, SPLIT_ROWS } from './figure-descriptions.ts';
import { COLOURS, drawOnResize, labelSvg, liveWriter, part } from './figure-kit.ts';
import { foldOfIndex, splitSides } from './split-folds.ts';

/**
 * `<split-folds-figure>` once loaded: the rows 0 … 19 as cells, first split into training and
 * test by the test-fraction slider, then cut into k folds with one row of cells per round
 * of cross-validation. Position carries the meaning (which row, which round); colour only
 * repeats it.
 */

const SPLIT_HEIGHT = 110;
const FOLDS_HEIGHT = 230;
const rows = Array.from({ length: SPLIT_ROWS }, (_, index) => index);

export function mount(figure: HTMLElement): void {
  const splitCanvas = part(figure, 'split-canvas');
  const foldsCanvas = part(figure, 'folds-canvas');
  const fraction = part<HTMLInputElement>(figure, 'fraction');
  const fractionValue = part<HTMLOutputElement>(figure, 'fraction-value');
  const k = part<HTMLInputElement>(figure, 'k');
  const kValue = part<HTMLOutputElement>(figure, 'k-value');
  const reshuffle = part<HTMLButtonElement>(figure, 'reshuffle');
  const splitLive = liveWriter(part(figure, 'split-live'));
  const foldsLive = liveWriter(part(figure, 'folds-live'));
  let seed = 1;

  const x = { type: 'band', domain: rows, label: 'row index', tickSize: 0, padding: 0.08 } as const;
  // Below this width the index numbers no longer fit inside their cells: the axis gives them.
  const roomy = (width: number) => width >= 480;
  const axisTicks = (width: number) => rows.filter((index) => index % (roomy(width) ? 1 : 5) === 0);
  const drawSplit = (width: number) => {
    const sides = splitSides(SPLIT_ROWS, fraction.valueAsNumber, seed);
    const cells = rows.map((index) => ({ index, side: sides[index]! }));
    const plot = Plot.plot({
      width,
      height: SPLIT_HEIGHT,
      marginLeft: 56,
      marginTop: 8,
      marginBottom: 36,
      x: { ...x, axis: null },
      y: { domain: ['train', 'test'], label: null, tickSize: 0 },
      marks: [
        Plot.cell(cells, { x: 'index', y: 'side', fill: (cell) => (cell.side === 'test' ? COLOURS.accent : COLOURS.faint), inset: 1 }),
        Plot.text(roomy(width) ? cells : [], {
          x: 'index',
          y: 'side',
          text: 'index',
          fill: (cell) => (cell.side === 'test' ? COLOURS.background : COLOURS.ink),
        }),
        Plot.axisX({
          ...x,
          anchor: 'bottom',
          label: 'row index',
          ticks: rows.filter((index) => index % 5 === 0),
        }),
      ],
    }) as SVGSVGElement;
    labelSvg(plot, 'Rows split into training and test', describeSplit(fraction.valueAsNumber, seed));
    return plot;
  };
  const drawFolds = (width: number) => {
    const folds = foldOfIndex(SPLIT_ROWS, k.valueAsNumber, seed);
    const rounds = Array.from({ length: k.valueAsNumber }, (_, fold) => `round ${fold + 1}`);
    const cells = rounds.flatMap((round, fold) => rows.map((index) => ({ index, round, validates: folds[index] === fold })));
    const plot = Plot.plot({
      width,
      height: FOLDS_HEIGHT,
      marginLeft: 56,
      marginTop: 8,
      marginBottom: 36,
      x: { ...x, ticks: axisTicks(width) },
      y: { domain: rounds, label: null, tickSize: 0 },
      marks: [
        Plot.cell(cells, { x: 'index', y: 'round', fill: (cell) => (cell.validates ? COLOURS.warn : COLOURS.faint), inset: 1 }),
        Plot.text(
          cells.filter((cell) => cell.validates),
          { x: 'index', y: 'round', text: () => 'V', fill: COLOURS.background, fontWeight: 'bold' },
        ),
      ],
    }) as SVGSVGElement;
    labelSvg(plot, 'Rows cut into folds for cross-validation', describeFolds(k.valueAsNumber, seed));
    return plot;
  };
  const redrawSplit = drawOnResize(splitCanvas, drawSplit);
  const redrawFolds = drawOnResize(foldsCanvas, drawFolds);

  const onSplit = () => {
    fractionValue.value = fixed(fraction.valueAsNumber, 2);
    redrawSplit();
    splitLive.now(describeSplit(fraction.valueAsNumber, seed));
  };
  const onFolds = () => {
    kValue.value = String(k.valueAsNumber);
    redrawFolds();
    foldsLive.now(describeFolds(k.valueAsNumber, seed));
  };
  fraction.addEventListener('input', onSplit);
  k.addEventListener('input', onFolds);
  reshuffle.addEventListener('click', () => {
    seed += 1;
    onSplit();
    onFolds();
  });
}
