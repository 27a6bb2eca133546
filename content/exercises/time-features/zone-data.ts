import { fail, returned } from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import type { SeededRandom } from '../../../src/grading/seeded-random.ts';

/**
 * Time-zone arithmetic for the time-features checks, done on the grader's side with its
 * own Intl (the learner's realm cannot reach it). Expected values come from the reference;
 * these helpers choose instants and zones, and explain a wrong value by the mistake that
 * gives it.
 */

export const WHAT = 'timeFeatures';
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MINUTE = 60_000;
const DAY = 86_400_000;

/** One timestamp given to the learner, with what the grader knows about it. */
export interface Case {
  text: string;
  ms: number;
  zone: string;
  /** Said after the local time in a message, e.g. "clocks went forward at 01:00 UTC". */
  note?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** The zone's UTC offset in minutes at an instant (+345 for Kathmandu). */
export function offsetMinutes(zone: string, ms: number): number {
  let format = formats.get(zone);
  if (!format) {
    // "GMT+05:45" (or "GMT" for UTC in some engines): format() with longOffset is some 20
    // times faster than formatToParts, and the checks ask for hundreds of offsets.
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  const match = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(format.format(ms));
  if (!match) throw new Error(`cannot read the offset of ${zone} from "${format.format(ms)}"`);
  return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * The zone the grading machine runs in, the one getHours() and getDay() read: the grader and
 * the learner's realm share the machine. Undefined when the runtime cannot name it (an
 * unknown TZ), in which case Date's own offset stands in for it.
 */
function machineZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone as string | undefined;
}
const machineName = () => machineZone() ?? "this machine's zone";
const machineOffset = (ms: number) => {
  const zone = machineZone();
  return zone ? offsetMinutes(zone, ms) : -new Date(ms).getTimezoneOffset();
};

/** Day (0 = Monday), hour and minute of an instant shifted by an offset. */
function wallAt(ms: number, offset: number) {
  const shifted = new Date(ms + offset * MINUTE);
  return { day: (shifted.getUTCDay() + 6) % 7, hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() };
}

/**
 * True when, at every instant, the zone's clock is at least an hour away from the machine's:
 * then getHours() gives a wrong hour for each of them, so reading the machine's zone fails
 * whatever zone the grader runs in (a zone that agrees with it is skipped).
 */
function unlikeMachine(zone: string, instants: readonly number[]): boolean {
  return instants.every((ms) => {
    const gap = Math.abs(offsetMinutes(zone, ms) - machineOffset(ms));
    return gap >= 60 && gap <= 1440 - 60;
  });
}

/** A Fisher–Yates shuffle of a copy (the grader's own randomness). */
export function shuffle<T>(random: SeededRandom, values: readonly T[]): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The first `count` zones of `candidates`, in seeded order, for which `make` builds cases unlike the machine. */
export function pickZones(random: SeededRandom, candidates: readonly string[], count: number, make: (zone: string) => Case[]): Case[][] {
  const order = shuffle(random, candidates);
  const picked: Case[][] = [];
  for (const zone of order) {
    if (picked.length === count) break;
    const cases = make(zone);
    if (
      unlikeMachine(
        zone,
        cases.map((c) => c.ms),
      )
    )
      picked.push(cases);
  }
  if (picked.length < count) throw new Error(`only ${picked.length} of ${candidates.join(', ')} differ from ${machineName()}`);
  return picked;
}

/**
 * A UTC midnight in 2025–2027 from which the zone keeps one offset for `days` days (plus a
 * day either side), so wall-clock times in it convert with a single offset.
 */
export function steadyWindow(random: SeededRandom, zone: string, days: number): { start: number; offset: number } {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const start = Date.UTC(2025, 0, 1) + random.int(1, 3 * 365 - days - 2) * DAY;
    const offset = offsetMinutes(zone, start - DAY);
    let steady = true;
    for (let d = 0; d <= days + 1 && steady; d += 1) steady = offsetMinutes(zone, start + d * DAY) === offset;
    if (steady) return { start, offset };
  }
  throw new Error(`no steady window found in ${zone}`);
}

/** The instant at a wall-clock time `day` days after a steady window's start. */
export const wallTime = (window: { start: number; offset: number }, day: number, hour: number, minute: number, second = 0) =>
  window.start + day * DAY + ((hour * 60 + minute - window.offset) * 60 + second) * 1000;

/** The UTC form used in logs: 2026-03-29T01:30:00Z (whole seconds). */
export const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** +05:45, -03:30, +00:00. */
export const offsetText = (offset: number) => `${offset < 0 ? '-' : '+'}${clock(Math.abs(offset))}`;

/** The instants where the zone's offset changes during a year, found by bisection to the minute. */
export function transitions(zone: string, year: number): { at: number; before: number; after: number }[] {
  const found: { at: number; before: number; after: number }[] = [];
  for (let week = Date.UTC(year, 0, 1); week < Date.UTC(year + 1, 0, 1); week += 7 * DAY) {
    const before = offsetMinutes(zone, week);
    const after = offsetMinutes(zone, week + 7 * DAY);
    if (before === after) continue;
    let low = week / MINUTE;
    let high = (week + 7 * DAY) / MINUTE;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetMinutes(zone, middle * MINUTE) === before) low = middle;
      else high = middle;
    }
    found.push({ at: high * MINUTE, before, after });
  }
  return found;
}

/** How a transition reads in a message: "clocks went forward at 01:00 UTC (02:00 became 03:00)". */
export function transitionNote(change: { at: number; before: number; after: number }): string {
  const utc = wallAt(change.at, 0);
  const from = wallAt(change.at, change.before);
  const to = wallAt(change.at, change.after);
  const way = change.after > change.before ? 'forward' : 'back';
  return `clocks went ${way} at ${clock(utc.hour * 60 + utc.minute)} UTC that night (${clock(from.hour * 60 + from.minute)} became ${clock(to.hour * 60 + to.minute)})`;
}

/** The result's two arrays, each of one number per timestamp. */
export function readFeatures(outcome: CallOutcome, cases: readonly Case[]): { dayOfWeek: number[]; hourOfDay: number[] } {
  const shape = '{ dayOfWeek: number[]; hourOfDay: number[] }';
  if (outcome.status === 'threw') {
    const sample = cases.length > 0 ? ` in ${cases[0]!.zone}, such as ${cases.map((c) => c.text).join(', ')}` : '';
    fail(`${WHAT} threw ${outcome.error.name}: ${outcome.error.message} for ${cases.length} valid timestamps${sample}`);
  }
  const result = returned(outcome, WHAT, shape) as Record<string, unknown> | null;
  if (typeof result !== 'object' || result === null) fail(`${WHAT} must return ${shape}`, { actual: result });
  const read = (key: 'dayOfWeek' | 'hourOfDay') => {
    const list = result[key];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'number')) fail(`${key} must be an array of numbers`, { actual: list });
    if (list.length !== cases.length)
      fail(`${key} has ${list.length} values for ${cases.length} timestamps: one per timestamp, in input order`);
    return list as number[];
  };
  return { dayOfWeek: read('dayOfWeek'), hourOfDay: read('hourOfDay') };
}

/** Why `actual` is wrong, when a known mistake gives exactly it (else ''). */
function mistake(field: 'dayOfWeek' | 'hourOfDay', actual: number, expected: number, c: Case, all: readonly Case[]): string {
  const offset = offsetMinutes(c.zone, c.ms);
  const pick = (wall: ReturnType<typeof wallAt>) => (field === 'hourOfDay' ? wall.hour : wall.day);
  const known: [number, string][] = [];
  if (field === 'hourOfDay') known.push([24, "midnight is hour 0, not 24: add hourCycle: 'h23' to the formatter's options"]);
  else known.push([(expected + 1) % 7, 'that is Sunday = 0 numbering, as getDay() counts; here 0 = Monday … 6 = Sunday']);
  const machine = wallAt(c.ms, machineOffset(c.ms));
  known.push([
    pick(machine),
    `that is the ${field === 'hourOfDay' ? 'hour' : 'day'} in the grading machine's own zone (${machineName()}): getHours() and getDay() read the machine's zone; use Intl.DateTimeFormat with { timeZone }`,
  ]);
  if (field === 'dayOfWeek')
    known.push([
      (machine.day + 1) % 7,
      `that is getDay() in the grading machine's own zone (${machineName()}), Sunday = 0: use the given timeZone, and count from Monday`,
    ]);
  for (const other of all) {
    const otherOffset = offsetMinutes(other.zone, other.ms);
    if (otherOffset === offset) continue;
    const why = `that is the result with a fixed offset of ${offsetText(otherOffset)}, ${c.zone}'s offset at ${other.text}; it was ${offsetText(offset)} at this instant: use the zone's rules at each instant`;
    known.push([pick(wallAt(c.ms, otherOffset)), why]);
  }
  if (offset % 60 !== 0) {
    const why = `the zone's offset is ${offsetText(offset)}: keep its minutes, do not round it to whole hours`;
    known.push([pick(wallAt(c.ms, Math.trunc(offset / 60) * 60)), why], [pick(wallAt(c.ms, Math.round(offset / 60) * 60)), why]);
  }
  const written = /([+-])(\d\d):(\d\d)$/.exec(c.text);
  if (written) {
    const ownOffset = (written[1] === '-' ? -1 : 1) * (Number(written[2]) * 60 + Number(written[3]));
    const why = `that is the result if the time written in the timestamp were UTC: it is at ${written[0]}, so the instant is ${utcStamp(c.ms)}`;
    known.push([pick(wallAt(c.ms + ownOffset * MINUTE, offset)), why]);
  }
  known.push([pick(wallAt(c.ms, 0)), `that is the ${field === 'hourOfDay' ? 'hour' : 'day'} in UTC: convert the instant to ${c.zone}`]);
  return known.find(([value]) => value === actual)?.[1] ?? '';
}

/** Compares day and hour with the reference timestamp by timestamp, naming the local time and the mistake. */
export function expectFeatures(
  actual: { dayOfWeek: number[]; hourOfDay: number[] },
  expected: { dayOfWeek: number[]; hourOfDay: number[] },
  cases: readonly Case[],
  fields: readonly ('dayOfWeek' | 'hourOfDay')[],
): void {
  for (const field of fields) {
    cases.forEach((c, i) => {
      const [a, e] = [actual[field][i]!, expected[field][i]!];
      if (a === e) return;
      const wall = wallAt(c.ms, offsetMinutes(c.zone, c.ms));
      const local = `local time there: ${DAY_NAMES[wall.day]} ${clock(wall.hour * 60 + wall.minute)}${c.note ? `; ${c.note}` : ''}`;
      const shown = field === 'dayOfWeek' ? `${e} (${DAY_NAMES[e]})` : String(e);
      const why = mistake(field, a, e, c, cases);
      fail(`${field}[${i}] is ${a}, expected ${shown} for ${c.text} in ${c.zone} (${local})${why ? `: ${why}` : ''}`, {
        expected: e,
        actual: a,
      });
    });
  }
}
