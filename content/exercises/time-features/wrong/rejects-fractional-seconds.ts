// fails-first: offsets-and-fractions
// A validation pattern that requires exactly hh:mm:ss, so 2026-03-29T03:30:00.250+02:00, a
// valid ISO 8601 timestamp, is refused.
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
  const format = formatFor(timeZone);
  const dates = timestamps.map((stamp) => {
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/.test(stamp) || Number.isNaN(Date.parse(stamp))) {
      throw new RangeError(`invalid timestamp "${stamp}"`);
    }
    return new Date(stamp);
  });
  return features(dates, format);
}
