/**
 * Accepted variant: one formatter per call, formatToParts per timestamp, and the weekday
 * looked up in a table instead of parsed with a switch.
 */
const MONDAY_FIRST = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WITH_OFFSET = /(Z|[+-]\d\d:\d\d)$/i;

export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', hourCycle: 'h23' });
  } catch {
    throw new RangeError(`unknown time zone: ${timeZone}`);
  }
  const dayOfWeek: number[] = [];
  const hourOfDay: number[] = [];
  for (const stamp of timestamps) {
    const ms = Date.parse(stamp);
    if (!WITH_OFFSET.test(stamp) || !stamp.includes('T') || Number.isNaN(ms)) {
      throw new RangeError(`bad timestamp ${JSON.stringify(stamp)}`);
    }
    let weekday = '';
    let hour = '';
    for (const part of format.formatToParts(ms)) {
      if (part.type === 'weekday') weekday = part.value;
      if (part.type === 'hour') hour = part.value;
    }
    dayOfWeek.push(MONDAY_FIRST.indexOf(weekday));
    hourOfDay.push(Number(hour));
  }
  return { dayOfWeek, hourOfDay };
}
