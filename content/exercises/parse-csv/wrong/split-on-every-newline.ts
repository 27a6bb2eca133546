// fails-first: quoted-newlines
// Splits the text into lines first and parses each line on its own (quotes and commas
// right), so a line break inside a quoted field cuts the record in two.
function parseLine(line: string, number: number): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= line.length) throw new SyntaxError(`line ${number}: unterminated quote`);
        if (line[i] === '"' && line[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (line[i] === '"') {
          i += 1;
          break;
        } else {
          field += line[i];
          i += 1;
        }
      }
    } else {
      while (i < line.length && line[i] !== ',') field += line[i++];
    }
    fields.push(field);
    if (line[i] !== ',') return fields;
    i += 1;
  }
}

export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const [header = [], ...rows] = lines.map((line, index) => parseLine(line, index + 1));
  rows.forEach((row, index) => {
    if (row.length !== header.length) throw new SyntaxError(`line ${index + 2}: expected ${header.length} fields, got ${row.length}`);
  });
  return { header, rows };
}
