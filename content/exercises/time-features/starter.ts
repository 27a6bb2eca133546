/**
 * The local day of week (0 = Monday … 6 = Sunday) and hour of day (0–23) of each
 * timestamp in the IANA time zone `timeZone`, daylight-saving changes included.
 * Timestamps are ISO 8601 with an offset or Z (fractional seconds allowed); one without
 * an offset, an unreadable one, or an unknown time zone is a RangeError naming it.
 */
export function timeFeatures(timestamps: readonly string[], timeZone: string): { dayOfWeek: number[]; hourOfDay: number[] } {
  // Your code here.
  throw new Error('timeFeatures is not written yet');
}
