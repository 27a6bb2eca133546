// fails-first: hour-of-day
// getHours() and getDay() answer in the machine's own time zone, whatever timeZone says
// (right only on a machine that happens to sit in that zone).
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(timestamp: string): Date {
  const date = new Date(timestamp);
  if (!ISO_WITH_OFFSET.test(timestamp) || Number.isNaN(date.getTime())) throw new RangeError(`invalid timestamp "${timestamp}"`);
  return date;
}

export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  new Intl.DateTimeFormat('en-US', { timeZone });
  const dates = timestamps.map(parse);
  return { dayOfWeek: dates.map((d) => (d.getDay() + 6) % 7), hourOfDay: dates.map((d) => d.getHours()) };
}
