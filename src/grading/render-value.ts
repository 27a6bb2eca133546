/** Longest rendering of a value in a report before it is cut. */
const MAX_LENGTH = 120;

const renderNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(8))));

/**
 * A short, readable rendering of plain data for "expected"/"actual": numbers to eight
 * significant digits, long arrays elided in the middle, everything cut to one line.
 */
export function renderValue(value: unknown): string {
  const render = (item: unknown, depth: number): string => {
    if (typeof item === 'number') return renderNumber(item);
    if (typeof item === 'string') return JSON.stringify(item);
    if (item === undefined) return 'undefined';
    if (item === null || typeof item !== 'object') return String(item);
    if (depth > 3) return Array.isArray(item) ? '[…]' : '{…}';
    if (Array.isArray(item)) {
      const shown = item.length > 8 ? [...item.slice(0, 4), '…', ...item.slice(-2)] : item;
      const body = shown.map((x) => (x === '…' && item.length > 8 ? '…' : render(x, depth + 1))).join(', ');
      return `[${body}]${item.length > 8 ? ` (${item.length} items)` : ''}`;
    }
    const entries = Object.entries(item);
    if ('$row' in item && entries.length === 1) return `row #${String((item as { $row: unknown }).$row)}`;
    return `{ ${entries.map(([key, v]) => `${key}: ${render(v, depth + 1)}`).join(', ')} }`;
  };
  const text = render(value, 0);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
