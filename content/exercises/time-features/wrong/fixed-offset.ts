// fails-first: dst-nights
// Looks the zone's offset up once, at the first timestamp, and applies it to all of them:
// an hour off for every timestamp on the other side of a daylight-saving change.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(timestamp: string): Date {
  const date = new Date(timestamp);
  if (!ISO_WITH_OFFSET.test(timestamp) || Number.isNaN(date.getTime())) throw new RangeError(`invalid timestamp "${timestamp}"`);
  return date;
}

function offsetMinutes(timeZone: string, date: Date): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const f: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(date)) f[type] = Number(value);
  const wall = Date.UTC(f['year']!, f['month']! - 1, f['day']!, f['hour']!, f['minute']!, f['second']!);
  return Math.round((wall - date.getTime()) / 60_000);
}

export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  new Intl.DateTimeFormat('en-US', { timeZone });
  const dates = timestamps.map(parse);
  if (dates.length === 0) return { dayOfWeek: [], hourOfDay: [] };
  const offset = offsetMinutes(timeZone, dates[0]!);
  const local = dates.map((d) => new Date(d.getTime() + offset * 60_000));
  return { dayOfWeek: local.map((d) => (d.getUTCDay() + 6) % 7), hourOfDay: local.map((d) => d.getUTCHours()) };
}
