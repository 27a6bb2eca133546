/**
 * Accepted variant, written without weekday names: asks Intl for the zone's wall-clock
 * date and time of each instant, rebuilds that wall clock as if it were UTC (which is the
 * instant shifted by the zone's offset at that moment, DST included), and reads day and
 * hour from the shifted Date with the UTC getters.
 */
export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const parsed = timestamps.map((text) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
    const instant = new Date(text);
    if (match === null || Number.isNaN(instant.getTime())) throw new RangeError(`timestamp "${text}" is not ISO 8601 with an offset`);
    return instant;
  });
  const dayOfWeek: number[] = [];
  const hourOfDay: number[] = [];
  for (const instant of parsed) {
    const field: Record<string, number> = {};
    for (const { type, value } of clock.formatToParts(instant)) field[type] = Number(value);
    const wall = new Date(Date.UTC(field['year']!, field['month']! - 1, field['day']!, field['hour']!, field['minute']!, field['second']!));
    // Whole seconds on both sides, so only the milliseconds differ: rounding recovers the offset.
    const offsetMinutes = Math.round((wall.getTime() - instant.getTime()) / 60_000);
    const local = new Date(instant.getTime() + offsetMinutes * 60_000);
    dayOfWeek.push((local.getUTCDay() + 6) % 7);
    hourOfDay.push(local.getUTCHours());
  }
  return { dayOfWeek, hourOfDay };
}
