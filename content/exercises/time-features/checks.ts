import { defineChecks, expectThrows, fail, value, type CheckContext } from '../../../src/grading/check-kit.ts';
import type { CallOutcome } from '../../../src/grading/protocol.ts';
import {
  expectFeatures,
  offsetText,
  pickZones,
  shuffle,
  readFeatures,
  steadyWindow,
  transitionNote,
  transitions,
  utcStamp,
  wallTime,
  WHAT,
  type Case,
} from './zone-data.ts';
import { dstPlot, looseHours, type Night } from './dst-plot.ts';
import type { timeFeatures } from './solution.ts';

type Context = CheckContext<typeof timeFeatures>;
type Field = 'dayOfWeek' | 'hourOfDay';

// Every value check uses zones whose clocks are at least an hour from the grading machine's
// at each instant (pickZones skips the rest), so getHours()/getDay() fail in any process zone.
const QUARTER_ZONES = ['Asia/Kathmandu', 'Asia/Kolkata', 'America/St_Johns', 'Australia/Adelaide', 'Pacific/Chatham', 'Australia/Eucla'];
const HOUR_ZONES = ['America/Sao_Paulo', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Amsterdam', 'America/New_York', 'Australia/Sydney'];
const DST_ZONES = ['America/New_York', 'Europe/Amsterdam', 'Australia/Sydney', 'Pacific/Chatham', 'Europe/London', 'America/Los_Angeles'];

/** `count` instants at wall-clock times `when(i)` = [day, hour, minute] in a steady window of `zone`. */
function steadyCases(t: Context, zone: string, count: number, when: (i: number) => [number, number, number]): Case[] {
  const window = steadyWindow(t.random, zone, 7);
  return Array.from({ length: count }, (_, i) => {
    const ms = wallTime(window, ...when(i), t.random.int(0, 59));
    return { text: utcStamp(ms), ms, zone };
  });
}

/** One call per zone (one round trip), each judged on `fields` against the reference; `show` may plot the outcomes first. */
async function expectZones(t: Context, zones: Case[][], fields: readonly Field[], show?: (outcomes: CallOutcome[]) => void) {
  const outcomes = await t.callMany(zones.map((cases) => [value(cases.map((c) => c.text)), value(cases[0]!.zone)]));
  show?.(outcomes);
  zones.forEach((cases, i) => {
    const actual = readFeatures(outcomes[i]!, cases);
    expectFeatures(
      actual,
      t.reference(
        cases.map((c) => c.text),
        cases[0]!.zone,
      ),
      cases,
      fields,
    );
  });
}

/** A RangeError whose message quotes `name`, so a learner's user can find the bad value. */
function expectNamedRangeError(outcome: CallOutcome, name: string, situation: string) {
  expectThrows(outcome, 'RangeError', WHAT, situation);
  if (outcome.status === 'threw' && !outcome.error.message.includes(name)) {
    fail(`${WHAT} threw RangeError: ${outcome.error.message} ${situation}; the message must name "${name}" so the bad value can be found`);
  }
}

const randomDate = (t: Context) => `2026-${String(t.random.int(1, 12)).padStart(2, '0')}-${String(t.random.int(10, 28))}`;
const validStamp = (t: Context) => `${randomDate(t)}T${String(t.random.int(10, 23))}:${String(t.random.int(10, 59))}:00Z`;

export default defineChecks<typeof timeFeatures>({
  exportName: 'timeFeatures',
  checks: [
    {
      id: 'hour-of-day',
      name: 'gives the local hour (0–23) in the given zone, for half- and quarter-hour offsets too',
      async run(t) {
        // Local minutes alternate between 00–14 and 45–59, so rounding a +05:45 or −03:30
        // offset to whole hours, either way, moves some hour. No local midnight here: the
        // midnight check owns that mistake.
        const when = (i: number): [number, number, number] => [
          t.random.int(0, 6),
          t.random.int(1, 23),
          i % 2 === 0 ? t.random.int(0, 14) : t.random.int(45, 59),
        ];
        const make = (zone: string) => steadyCases(t, zone, 8, when);
        await expectZones(t, [...pickZones(t.random, QUARTER_ZONES, 2, make), ...pickZones(t.random, HOUR_ZONES, 2, make)], ['hourOfDay']);
        const empty = readFeatures(await t.call(value([]), value('Europe/Amsterdam')), []);
        if (empty.dayOfWeek.length + empty.hourOfDay.length > 0) fail('no timestamps must give { dayOfWeek: [], hourOfDay: [] }');
      },
    },
    {
      id: 'day-of-week',
      name: 'numbers the local day of week from Monday = 0 to Sunday = 6',
      async run(t) {
        // Seven consecutive local days, each just after midnight and just before it (in
        // shuffled order): a UTC or machine date is a day off at one of the two.
        const make = (zone: string) =>
          shuffle(
            t.random,
            steadyCases(t, zone, 14, (i) => [i >> 1, i % 2 === 0 ? 0 : 23, t.random.int(0, 59)]),
          );
        await expectZones(t, pickZones(t.random, [...HOUR_ZONES, ...QUARTER_ZONES], 2, make), ['dayOfWeek']);
      },
    },
    {
      id: 'midnight-is-zero',
      name: 'writes the hour after midnight as 0, not 24',
      async run(t) {
        const make = (zone: string) => steadyCases(t, zone, 6, (i) => [i, [0, 23, 0, 1, 0, 12][i]!, t.random.int(0, 59)]);
        await expectZones(t, pickZones(t.random, [...HOUR_ZONES, ...QUARTER_ZONES], 2, make), ['hourOfDay']);
      },
    },
    {
      id: 'dst-nights',
      name: 'follows the zone across the nights its clocks go forward and back',
      async run(t) {
        // Five instants around each change (before, the half hours either side, after): a
        // fixed offset is an hour off on one side, and on the night clocks go back two
        // instants an hour apart share a local hour.
        const year = t.random.int(2025, 2030);
        const nights = new Map<string, Night[]>();
        const make = (zone: string) => {
          const list = transitions(zone, year).map((change) => ({
            at: change.at,
            note: transitionNote(change),
            cases: [-60, -30, 0, 30, 60].map((minutes) => {
              const ms = change.at + (minutes + t.random.int(0, 29)) * 60_000 + t.random.int(0, 59) * 1000;
              return { text: utcStamp(ms), ms, zone, note: transitionNote(change) };
            }),
          }));
          nights.set(zone, list);
          return list.flatMap((night) => night.cases);
        };
        const zones = pickZones(t.random, DST_ZONES, 4, make);
        await expectZones(t, zones, ['hourOfDay', 'dayOfWeek'], (outcomes) => {
          // The first zone's two nights, drawn before judging: a fixed offset shows as points an hour off the step.
          const cases = zones[0]!;
          const zone = cases[0]!.zone;
          const expected = t.reference(
            cases.map((c) => c.text),
            zone,
          ).hourOfDay;
          t.plot(dstPlot(zone, nights.get(zone) ?? [], looseHours(outcomes[0]!), expected));
        });
      },
    },
    {
      id: 'offsets-and-fractions',
      name: 'reads timestamps written at any offset, with or without fractional seconds',
      async run(t) {
        // Each timestamp written at its own offset (as a log from another system would be),
        // half of them with a fraction of a second; the instants are what count.
        const offsets = shuffle(t.random, [0, 120, -180, 345, -570, 825]);
        const fractions = ['.5', '', '.250', '.07', '.999', ''];
        const make = (zone: string) =>
          steadyCases(t, zone, 6, () => [t.random.int(0, 6), t.random.int(1, 23), t.random.int(0, 59)]).map((c, i) => {
            const offset = offsets[i]!;
            const written = utcStamp(c.ms + offset * 60_000).slice(0, -1) + fractions[i];
            return { ...c, ms: c.ms + Number(`0${fractions[i]}`) * 1000, text: `${written}${offset === 0 ? 'Z' : offsetText(offset)}` };
          });
        await expectZones(t, pickZones(t.random, [...HOUR_ZONES, ...QUARTER_ZONES], 1, make), ['hourOfDay', 'dayOfWeek']);
      },
    },
    {
      id: 'rejects-no-offset',
      name: 'throws a RangeError naming a timestamp that has no offset or Z',
      async run(t) {
        const bad = [`${randomDate(t)}T01:30:00`, `${randomDate(t)}T14:05`, randomDate(t)];
        const outcomes = await t.callMany(bad.map((stamp) => [value([validStamp(t), stamp, validStamp(t)]), value('Europe/Amsterdam')]));
        bad.forEach((stamp, i) =>
          expectNamedRangeError(
            outcomes[i]!,
            stamp,
            `for the timestamp "${stamp}", which has no offset or Z (it names no instant: the machine's zone would guess one)`,
          ),
        );
      },
    },
    {
      id: 'rejects-invalid-timestamp',
      name: 'throws a RangeError naming a timestamp that is not a date',
      async run(t) {
        const [year, hour] = [t.random.int(2024, 2030), String(t.random.int(10, 23))];
        const bad = [`${year}-13-01T${hour}:00:00Z`, `${year}-03-32T${hour}:30:00+01:00`, `${year}-10-25T25:30:00-03:00`, 'next Tuesday'];
        const outcomes = await t.callMany(bad.map((stamp) => [value([validStamp(t), stamp]), value('Asia/Tokyo')]));
        bad.forEach((stamp, i) => expectNamedRangeError(outcomes[i]!, stamp, `for the timestamp "${stamp}", which is no date`));
      },
    },
    {
      id: 'rejects-unknown-zone',
      name: 'throws a RangeError naming an unknown time zone, even with no timestamps',
      async run(t) {
        const cases: [string, string[]][] = [
          ['Mars/Olympus_Mons', [validStamp(t)]],
          ['Europe/Amsterdm', [validStamp(t), validStamp(t)]],
          ['Atlantis/Poseidonia', []],
        ];
        const outcomes = await t.callMany(cases.map(([zone, stamps]) => [value(stamps), value(zone)]));
        cases.forEach(([zone, stamps], i) =>
          expectNamedRangeError(
            outcomes[i]!,
            zone,
            `for the time zone "${zone}" with ${stamps.length} timestamp${stamps.length === 1 ? '' : 's'}`,
          ),
        );
      },
    },
  ],
});
