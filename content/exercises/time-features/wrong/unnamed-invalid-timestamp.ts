// fails-first: rejects-invalid-timestamp
// Checks that an offset is there, then lets Intl choke on an impossible date: a RangeError
// "Invalid time value" that does not say which of thousands of timestamps was bad.
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
    if (!/(Z|[+-]\d\d:\d\d)$/.test(stamp)) throw new RangeError(`timestamp "${stamp}" has no offset`);
    return new Date(stamp);
  });
  return features(dates, format);
}
