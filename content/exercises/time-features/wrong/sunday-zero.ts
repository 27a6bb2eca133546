// fails-first: day-of-week
// The right local day, numbered as getDay() does: Sunday = 0, Monday = 1.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(timestamp: string): Date {
  const date = new Date(timestamp);
  if (!ISO_WITH_OFFSET.test(timestamp) || Number.isNaN(date.getTime())) throw new RangeError(`invalid timestamp "${timestamp}"`);
  return date;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
  const parts = timestamps.map((stamp) => format.formatToParts(parse(stamp)));
  return {
    dayOfWeek: parts.map((p) => WEEKDAYS.indexOf(p.find((part) => part.type === 'weekday')!.value)),
    hourOfDay: parts.map((p) => Number(p.find((part) => part.type === 'hour')!.value)),
  };
}
