/**
 * Accepted variant: an explicit state machine over the characters, in the style of a
 * compilers course. Errors are collected as (line, message) and thrown at once.
 */
type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

export function parseCsv(input: string): { header: string[]; rows: string[][] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.substring(1) : input;
  let state: State = 'fieldStart';
  let line = 1;
  let recordStart = 1;
  let quoteStart = 1;
  let field = '';
  let record: string[] = [];
  const records: [number, string[]][] = [];

  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push([recordStart, record]);
    record = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lineBreak = ch === '\n' || (ch === '\r' && text[i + 1] === '\n');
    if (state === 'quoted') {
      if (ch === '"') state = 'quoteInQuoted';
      else field += ch;
    } else if (state === 'quoteInQuoted' && ch === '"') {
      field += '"';
      state = 'quoted';
    } else if (state === 'fieldStart' && ch === '"') {
      state = 'quoted';
      quoteStart = line;
    } else if (ch === ',') {
      endField();
      state = 'fieldStart';
    } else if (lineBreak) {
      if (ch === '\r') i++;
      endRecord();
      state = 'fieldStart';
    } else {
      // After a closing quote anything but a separator is kept as text (lenient, like spreadsheets).
      field += ch;
      state = 'unquoted';
    }
    if (text[i] === '\n') {
      line++;
      if (state === 'fieldStart' && record.length === 0) recordStart = line;
    }
  }
  if (state === 'quoted') throw new SyntaxError(`line ${quoteStart}: a quoted field opens here and never closes`);
  // Anything after the last line break is a final record without its own break.
  if (field !== '' || record.length > 0 || state !== 'fieldStart') endRecord();

  if (records.length === 0) throw new SyntaxError('line 1: the text has no header');
  const width = records[0]![1].length;
  const bad = records.find(([, fields]) => fields.length !== width);
  if (bad) throw new SyntaxError(`line ${bad[0]}: expected ${width} fields, got ${bad[1].length}`);
  return { header: records[0]![1], rows: records.slice(1).map(([, fields]) => fields) };
}
