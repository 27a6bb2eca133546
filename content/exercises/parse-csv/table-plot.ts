import type { CallOutcome } from '../../../src/grading/protocol.ts';
import type { TablePlot } from '../../../src/grading/plot.ts';

/** Shown rows: enough to see what the parser did, few enough to read. */
const SHOWN = 6;
/** A field as a table cell shows it: line breaks visible, quotes kept as they are. */
const cell = (field: unknown) => (typeof field === 'string' ? field.replace(/\r/g, '␍').replace(/\n/g, '↵') : String(field));

/** The first rows as the learner's parser read them, those that differ from the CSV's marked; undefined if it returned no table. */
export function parsedTablePlot(outcome: CallOutcome, expected: readonly string[][]): TablePlot | undefined {
  if (outcome.status !== 'returned' || typeof outcome.value !== 'object' || outcome.value === null) return undefined;
  const { header, rows } = outcome.value as { header?: unknown; rows?: unknown };
  if (!Array.isArray(header) || !Array.isArray(rows)) return undefined;
  const differs = (row: unknown, want: readonly string[] | undefined) =>
    !want || !Array.isArray(row) || row.length !== want.length || row.some((field, i) => field !== want[i]);
  const shown = rows.slice(0, SHOWN);
  const marked = shown.flatMap((row, r) => (differs(row, expected[r + 1]) ? [r] : []));
  const headerDiffers = differs(header, expected[0]);
  return {
    kind: 'table',
    title: `The first ${shown.length} rows as your parser read them`,
    text:
      `Your parser read ${rows.length} rows under the header ${header.map(cell).join(', ')}; the CSV has ${expected.length - 1}. ` +
      (marked.length === 0 && !headerDiffers
        ? `The ${shown.length} rows shown match the CSV field for field.`
        : `${headerDiffers ? 'The header differs from the CSV. ' : ''}${marked.length} of the ${shown.length} rows shown differ: ${marked.map((r) => `row ${r}`).join(', ')}.`),
    announce: marked.length > 0 || headerDiffers,
    columns: header.map(cell),
    rows: shown.map((row, r) => ({
      cells: Array.isArray(row) ? row.map(cell) : [cell(row)],
      ...(marked.includes(r) ? { marked: true } : {}),
    })),
    mark_label: 'differs from the CSV',
  };
}
