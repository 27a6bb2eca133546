// fails-first: hour-of-day
// Reads the zone's offset at each instant from Intl's "GMT+5:45" label, but parseInt keeps
// only the hours: right for whole-hour zones, 45 minutes off in Kathmandu or Chatham.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(timestamp: string): Date {
  const date = new Date(timestamp);
  if (!ISO_WITH_OFFSET.test(timestamp) || Number.isNaN(date.getTime())) throw new RangeError(`invalid timestamp "${timestamp}"`);
  return date;
}

export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  const label = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' });
  const dayOfWeek: number[] = [];
  const hourOfDay: number[] = [];
  for (const date of timestamps.map(parse)) {
    const name = label.formatToParts(date).find((part) => part.type === 'timeZoneName')!.value; // "GMT+5:45" or "GMT"
    const hours = name === 'GMT' ? 0 : parseInt(name.slice(3), 10);
    const local = new Date(date.getTime() + hours * 3_600_000);
    dayOfWeek.push((local.getUTCDay() + 6) % 7);
    hourOfDay.push(local.getUTCHours());
  }
  return { dayOfWeek, hourOfDay };
}
