// fails-first: quoted-commas
// Splits each line on every comma and strips surrounding quotes: a quoted "fine, thanks"
// becomes two fields.
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const records = lines.map((line) => line.split(',').map((field) => field.replace(/^"(.*)"$/, '$1')));
  const [header = [], ...rows] = records;
  rows.forEach((row, index) => {
    if (row.length !== header.length) throw new SyntaxError(`line ${index + 2}: expected ${header.length} fields, got ${row.length}`);
  });
  return { header, rows };
}
