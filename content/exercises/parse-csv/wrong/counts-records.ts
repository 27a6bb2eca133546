// fails-first: error-line-numbers
// Names the record number (header = line 1) instead of the physical line: wrong once a quoted field has held a line break.
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  // Spreadsheet exports often start with a byte-order mark; it is not part of the first name.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const records: { line: number; fields: string[] }[] = [];
  // Physical line of the current position, counting the line breaks inside quoted fields too.
  let line = 1;

  while (i < text.length) {
    const recordLine = line;
    const fields: string[] = [];
    // One record: fields until a line break or the end of the text.
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i += 1;
        for (;;) {
          if (i >= text.length) throw new SyntaxError(`line ${quoteLine}: a quoted field starts here and is never closed`);
          const char = text[i]!;
          if (char === '"') {
            // A doubled quote is a literal quote; a single one closes the field.
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (char === '\n') line += 1;
          field += char;
          i += 1;
        }
      } else {
        // An unquoted field runs to the next comma or line break.
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          field += text[i];
          i += 1;
        }
      }
      fields.push(field);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      // CRLF and LF both end the record; the \r is part of the line break, not of the field.
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        line += 1;
      } else if (text[i] === '\n') {
        i += 1;
        line += 1;
      } else if (i < text.length) {
        throw new SyntaxError(`line ${line}: unexpected ${JSON.stringify(text[i])} after a closing quote`);
      }
      break;
    }
    records.push({ line: recordLine, fields });
  }

  records.forEach((record, index) => (record.line = index + 1));
  const [header, ...rows] = records;
  if (!header) throw new SyntaxError('line 1: the text is empty, there is no header');
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      throw new SyntaxError(`line ${row.line}: the record has ${row.fields.length} fields, the header has ${header.fields.length}`);
    }
  }
  return { header: header.fields, rows: rows.map((row) => row.fields) };
}
