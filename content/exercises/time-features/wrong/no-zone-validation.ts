// fails-first: rejects-unknown-zone
// Falls back to UTC when the zone is unknown, so a typo such as "Europe/Amsterdm" silently
// gives UTC features instead of an error.
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
  let format: Intl.DateTimeFormat;
  try {
    format = formatFor(timeZone);
  } catch {
    format = formatFor('UTC');
  }
  const dates = timestamps.map((stamp) => {
    if (!/^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/.test(stamp) || Number.isNaN(Date.parse(stamp))) {
      throw new RangeError(`invalid timestamp "${stamp}"`);
    }
    return new Date(stamp);
  });
  return features(dates, format);
}
