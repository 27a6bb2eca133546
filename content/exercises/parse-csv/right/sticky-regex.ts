/**
 * Accepted variant: a sticky regex reads one field and the separator after it; physical
 * lines are counted from the newlines each match consumed.
 */
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const token = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|\n|$)/y;
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let pos = 0;
  let separator = '\n';
  while (pos < text.length) {
    token.lastIndex = pos;
    const m = token.exec(text);
    if (!m) {
      if (text[pos] === '"') throw new SyntaxError(`unterminated quote in the field that starts on line ${line}`);
      throw new SyntaxError(`stray quote on line ${line}`);
    }
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
    separator = m[3]!;
    line += m[0].split('\n').length - 1;
    pos += m[0].length;
    if (separator !== ',') {
      records.push({ line: recordLine, fields });
      fields = [];
      recordLine = line;
    }
  }
  // "a,b," at the very end: the last, empty field has no match of its own.
  if (separator === ',') records.push({ line: recordLine, fields: [...fields, ''] });
  const [head, ...body] = records;
  if (!head) throw new SyntaxError('line 1: no header');
  for (const record of body) {
    if (record.fields.length !== head.fields.length) {
      throw new SyntaxError(`line ${record.line}: ${record.fields.length} fields, but the header has ${head.fields.length}`);
    }
  }
  return { header: head.fields, rows: body.map((record) => record.fields) };
}
