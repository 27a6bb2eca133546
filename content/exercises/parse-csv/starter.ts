/**
 * Parses CSV text as RFC 4180 describes it: fields separated by commas, records by LF or
 * CRLF; a field in double quotes may hold commas, line breaks and doubled quotes ("" for ").
 * An optional UTF-8 byte-order mark and an optional final line break are allowed. The first
 * record is the header.
 * Throws a SyntaxError naming the 1-based physical line where a record with the wrong number
 * of fields starts, or where an unterminated quoted field starts.
 */
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  // Your code here.
  throw new Error('parseCsv is not written yet');
}
