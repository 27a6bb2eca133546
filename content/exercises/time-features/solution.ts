/**
 * The local day of week (0 = Monday … 6 = Sunday) and hour of day (0–23) of each
 * timestamp in the IANA time zone `timeZone`, daylight-saving changes included.
 * Timestamps are ISO 8601 with an offset or Z (fractional seconds allowed); one without
 * an offset, an unreadable one, or an unknown time zone is a RangeError naming it.
 */
export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  // Intl knows every zone's rules, DST included, and rejects unknown zones itself. Building
  // the formatter first validates the zone even when there are no timestamps. hourCycle
  // 'h23' makes midnight 0: `hour12: false` gives 24 in some engines.
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
  } catch {
    throw new RangeError(`unknown time zone "${timeZone}": use an IANA name such as Europe/Amsterdam`);
  }

  const dayOfWeek: number[] = [];
  const hourOfDay: number[] = [];
  for (const timestamp of timestamps) {
    // Without an offset the text names no instant: Date would read it in the machine's own
    // zone (or as UTC for a bare date), so it is refused rather than guessed.
    const instant = Date.parse(timestamp);
    if (!ISO_WITH_OFFSET.test(timestamp) || Number.isNaN(instant)) {
      throw new RangeError(`invalid timestamp "${timestamp}": expected ISO 8601 with an offset or Z, such as 2026-03-29T01:30:00Z`);
    }
    const parts = format.formatToParts(instant);
    const weekday = parts.find((part) => part.type === 'weekday')!.value;
    // getDay() counts from Sunday; this feature counts from Monday.
    dayOfWeek.push(WEEKDAYS.indexOf(weekday));
    hourOfDay.push(Number(parts.find((part) => part.type === 'hour')!.value));
  }
  return { dayOfWeek, hourOfDay };
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Date and time, optional seconds and fraction, then Z or ±hh:mm. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
