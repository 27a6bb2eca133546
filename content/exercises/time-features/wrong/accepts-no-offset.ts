// fails-first: rejects-no-offset
// Only asks whether Date can read the text, so "2026-03-29T01:30:00" is read in the
// machine's own zone (and "2026-03-29" as UTC midnight) instead of being refused.
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
    const date = new Date(stamp);
    if (Number.isNaN(date.getTime())) throw new RangeError(`invalid timestamp "${stamp}"`);
    return date;
  });
  return features(dates, format);
}
