// fails-first: rejects-unknown-zone
// Builds the formatter inside the loop, so the zone is only looked at when there is a
// timestamp: an empty batch with a misspelt zone returns empty arrays instead of an error.
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function features(dates: readonly Date[], format: Intl.DateTimeFormat): { dayOfWeek: number[]; hourOfDay: number[] } {
  const parts = dates.map((date) => format.formatToParts(date));
  return {
    dayOfWeek: parts.map((p) => WEEKDAYS.indexOf(p.find((part) => part.type === 'weekday')!.value)),
    hourOfDay: parts.map((p) => Number(p.find((part) => part.type === 'hour')!.value)),
  };
}
const formatFor = (timeZone: string) => new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });

export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  const dayOfWeek: number[] = [];
  const hourOfDay: number[] = [];
  for (const stamp of timestamps) {
    if (!/^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/.test(stamp) || Number.isNaN(Date.parse(stamp))) {
      throw new RangeError(`invalid timestamp "${stamp}"`);
    }
    const one = features([new Date(stamp)], formatFor(timeZone));
    dayOfWeek.push(one.dayOfWeek[0]!);
    hourOfDay.push(one.hourOfDay[0]!);
  }
  return { dayOfWeek, hourOfDay };
}
