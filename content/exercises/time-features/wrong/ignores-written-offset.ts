// fails-first: offsets-and-fractions
// Parses the digits by hand and builds the instant with Date.UTC, so the offset written in
// the timestamp (+02:00, -03:00) is checked for but never applied: right only for Z.
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
    const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.exec(stamp);
    const date = m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)));
    if (!date || Number.isNaN(Date.parse(stamp))) throw new RangeError(`invalid timestamp "${stamp}"`);
    return date;
  });
  return features(dates, format);
}
