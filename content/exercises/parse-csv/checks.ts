import { defineChecks, value, type CheckContext } from '../../../src/grading/check-kit.ts';
import { csvRecord, expectSyntaxErrorAt, expectTable, lineAfter, makeTable, toCsv, type Feature, type Layout } from './csv-data.ts';
import type { parseCsv } from './solution.ts';
import { parsedTablePlot } from './table-plot.ts';

type Context = CheckContext<typeof parseCsv>;

/**
 * Round trips: a seeded table is written as CSV with the given features and layouts, and
 * must come back field for field (the reference agrees by construction; verify checks it).
 * Every case of a check goes in one round trip.
 */
async function roundTrips(t: Context, features: Feature[], layouts: (Layout & { label: string })[], plot = false) {
  const tables = layouts.map(() => makeTable(t.random, 4, 6, features));
  const texts = layouts.map((layout, i) => toCsv(t.random, tables[i]!, layout));
  const outcomes = await t.callMany(texts.map((text) => [value(text)]));
  const table = plot ? parsedTablePlot(outcomes[0]!, tables[0]!) : undefined;
  if (table) t.plot(table);
  layouts.forEach(({ label }, i) => expectTable(outcomes[i]!, tables[i]!, `for ${label}`));
}

/** Records joined into a text, with the physical line where record `index` starts. */
function textWithRecordAt(t: Context, records: string[][], index: number, quoteSome = false) {
  const lines = records.map((fields) => csvRecord(t.random, fields, quoteSome));
  return { text: `${lines.join('\n')}\n`, line: lineAfter(lines.slice(0, index).join('\n') + (index > 0 ? '\n' : '')) };
}

export default defineChecks<typeof parseCsv>({
  exportName: 'parseCsv',
  checks: [
    {
      id: 'simple-csv',
      name: 'reads plain comma-separated lines, with or without a final line break',
      async run(t) {
        await roundTrips(
          t,
          [],
          [
            { label: 'a plain CSV ending with a line break', finalBreak: true },
            { label: 'a plain CSV without a final line break', finalBreak: false },
          ],
        );
      },
    },
    {
      id: 'quoted-commas',
      name: 'keeps commas inside quoted fields and removes the quotes',
      async run(t) {
        await roundTrips(t, ['commas'], [{ label: 'a CSV with commas inside quoted fields', quoteSome: true }]);
      },
    },
    {
      id: 'doubled-quotes',
      name: 'reads "" inside a quoted field as one "',
      async run(t) {
        await roundTrips(t, ['commas', 'quotes'], [{ label: 'a CSV with doubled quotes inside quoted fields', quoteSome: true }]);
      },
    },
    {
      id: 'quoted-newlines',
      name: 'keeps line breaks inside quoted fields as part of the field',
      async run(t) {
        await roundTrips(
          t,
          ['commas', 'quotes', 'newlines'],
          [{ label: 'a CSV with line breaks inside quoted fields', quoteSome: true }],
          // Drawn here: every feature at once, so most parsing mistakes show in the table.
          true,
        );
      },
    },
    {
      id: 'crlf',
      name: 'accepts CRLF line endings without keeping the \\r',
      async run(t) {
        await roundTrips(
          t,
          ['commas', 'quotes'],
          [
            { label: 'a CSV with CRLF line endings', eol: '\r\n' },
            { label: 'a CSV with CRLF line endings and no final line break', eol: '\r\n', finalBreak: false },
          ],
        );
      },
    },
    {
      id: 'bom',
      name: 'drops a UTF-8 byte-order mark at the start of the text',
      async run(t) {
        await roundTrips(t, ['commas'], [{ label: 'a CSV starting with a byte-order mark (U+FEFF)', bom: true }]);
      },
    },
    {
      id: 'ragged-rows',
      name: 'throws a SyntaxError naming the line of a record with too few or too many fields',
      async run(t) {
        const cases = [-1, +1].map((change) => {
          const records = makeTable(t.random, 4, 6, ['commas']);
          const index = t.random.int(2, records.length - 1);
          const bad = records[index]!;
          records[index] = change < 0 ? bad.slice(0, -1) : [...bad, 'extra'];
          return { ...textWithRecordAt(t, records, index), label: `for a record with ${change < 0 ? 3 : 5} fields under a 4-field header` };
        });
        const outcomes = await t.callMany(cases.map(({ text }) => [value(text)]));
        cases.forEach(({ line, label }, i) => expectSyntaxErrorAt(outcomes[i]!, line, label, `the line that record is on`));
      },
    },
    {
      id: 'error-line-numbers',
      name: 'names the physical line where the bad record starts, counting line breaks inside quotes',
      async run(t) {
        // Data row 1 always holds a quoted line break, so record numbers and line numbers differ;
        // in the second case the bad record itself spans two lines and starts on the first.
        const cases = [false, true].map((spans) => {
          const records = makeTable(t.random, 4, 6, ['newlines']);
          const index = t.random.int(3, records.length - 1);
          records[index] = [spans ? 'two\nlines' : 'one line', 'too', 'few'];
          const label = spans ? 'for a 3-field record that spans two lines' : 'for a 3-field record after fields with line breaks';
          return { ...textWithRecordAt(t, records, index), label };
        });
        const outcomes = await t.callMany(cases.map(({ text }) => [value(text)]));
        cases.forEach(({ line, label }, i) =>
          expectSyntaxErrorAt(
            outcomes[i]!,
            line,
            label,
            'the physical line where the record starts, counting the line breaks inside quoted fields before it',
          ),
        );
      },
    },
    {
      id: 'unterminated-quote',
      name: 'throws a SyntaxError naming the line where an unterminated quoted field starts',
      async run(t) {
        // The last record's first field spans two lines and its last field opens a quote that
        // never closes. Read to the end of the text, that field would even give the record
        // the right number of fields, so only the missing quote shows the error.
        const records = makeTable(t.random, 4, 4, []);
        const before = `${records.map((fields) => csvRecord(t.random, fields, false)).join('\n')}\n"first\nfield",b,c,`;
        const text = `${before}"open\n1,2,3,4\n`;
        const line = lineAfter(before);
        expectSyntaxErrorAt(
          await t.call(value(text)),
          line,
          'for a quoted field with no closing quote',
          'where the unterminated field starts',
        );
      },
    },
  ],
});
