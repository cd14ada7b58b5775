import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonthsClamped,
  calendarsWith,
  computeDeadline,
  DEFAULT_POLICIES,
  localDateOf,
  type ClockStop,
  type RegimeCode,
} from "@/lib/domain/deadlines";

const calendars = calendarsWith();
const DAY = 86_400_000;

// CN data exists for 2026 only: keep its receipts (and their deadlines) inside that year.
const ranges: Record<RegimeCode, [string, string]> = {
  EU_GDPR: ["2024-01-01", "2030-06-30"],
  UK_GDPR: ["2024-01-01", "2030-06-30"],
  CN_PIPL: ["2026-01-01", "2026-10-31"],
  US_CA_CCPA: ["2024-01-01", "2030-06-30"],
  BR_LGPD: ["2024-01-01", "2030-06-30"],
  DEFAULT: ["2024-01-01", "2030-06-30"],
};
const REGIMES = Object.keys(ranges) as RegimeCode[];

const instantIn = (regime: RegimeCode) =>
  fc.date({
    min: new Date(`${ranges[regime][0]}T00:00:00Z`),
    max: new Date(`${ranges[regime][1]}T23:59:59Z`),
    noInvalidDate: true,
  });

/** A finished stop starting 0-20 days after the receipt date and lasting 1-10 days. */
const stopAfter = (received: Date, timeZone: string) =>
  fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 9 })).map(([offset, length]): ClockStop => {
    const from = addDays(localDateOf(received, timeZone), offset);
    return { from, to: addDays(from, length) };
  });

const run = (regime: RegimeCode, receivedAt: Date, extra: Partial<Parameters<typeof computeDeadline>[0]> = {}) =>
  computeDeadline({ policy: DEFAULT_POLICIES[regime], receivedAt, ...extra }, calendars);

describe("deadline invariants a lawyer would check", () => {
  it("month rules never fall due on a weekend or a public holiday of the calendar", () => {
    for (const regime of ["EU_GDPR", "UK_GDPR"] as const) {
      const calendar = calendars.get(DEFAULT_POLICIES[regime].calendar);
      fc.assert(
        fc.property(instantIn(regime), fc.boolean(), (receivedAt, extended) => {
          const result = run(regime, receivedAt, { extended });
          expect(calendar.isWorkingDay(result.dueDate)).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("is never earlier than the receipt date plus the regime's minimum", () => {
    for (const regime of REGIMES) {
      fc.assert(
        fc.property(instantIn(regime), (receivedAt) => {
          const result = run(regime, receivedAt);
          const minimum = {
            EU_GDPR: addMonthsClamped(result.receivedDate, 1),
            UK_GDPR: addMonthsClamped(result.receivedDate, 1),
            CN_PIPL: addDays(result.receivedDate, 15),
            US_CA_CCPA: addDays(result.receivedDate, 44),
            BR_LGPD: addDays(result.receivedDate, 15),
            DEFAULT: addDays(result.receivedDate, 30),
          }[regime];
          expect(result.dueDate >= minimum).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
  });

  it("is monotonic in the receipt date", () => {
    for (const regime of REGIMES) {
      fc.assert(
        fc.property(instantIn(regime), fc.integer({ min: 0, max: 40 * DAY }), (receivedAt, later) => {
          const laterInstant = new Date(
            Math.min(receivedAt.getTime() + later, new Date(`${ranges[regime][1]}T23:59:59Z`).getTime()),
          );
          expect(run(regime, receivedAt).dueDate <= run(regime, laterInstant).dueDate).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
  });

  it("a clock stop never shortens the deadline (and US_CA_CCPA ignores stops entirely)", () => {
    for (const regime of REGIMES) {
      const { timeZone } = DEFAULT_POLICIES[regime];
      fc.assert(
        fc.property(
          instantIn(regime).chain((receivedAt) => fc.tuple(fc.constant(receivedAt), stopAfter(receivedAt, timeZone))),
          ([receivedAt, stop]) => {
            const without = run(regime, receivedAt);
            const withStop = run(regime, receivedAt, { stops: [stop] });
            if (regime === "US_CA_CCPA") expect(withStop.dueDate).toBe(without.dueDate);
            else expect(withStop.dueDate >= without.dueDate).toBe(true);
          },
        ),
        { numRuns: 150 },
      );
    }
  });

  it("the extended date is never earlier than the original", () => {
    for (const regime of REGIMES) {
      fc.assert(
        fc.property(instantIn(regime), (receivedAt) => {
          const result = run(regime, receivedAt, { extended: true });
          expect(result.dueDate >= result.originalDueDate).toBe(true);
          if (result.extendedDueDate) expect(result.extendedDueDate > result.originalDueDate).toBe(true);
        }),
        { numRuns: 150 },
      );
    }
  });

  it("the due instant is the last millisecond of the due date in the regime's zone", () => {
    for (const regime of REGIMES) {
      const { timeZone } = DEFAULT_POLICIES[regime];
      fc.assert(
        fc.property(instantIn(regime), (receivedAt) => {
          const { dueAt, dueDate } = run(regime, receivedAt);
          expect(localDateOf(dueAt, timeZone)).toBe(dueDate);
          expect(localDateOf(new Date(dueAt.getTime() + 1), timeZone)).toBe(addDays(dueDate, 1));
        }),
        { numRuns: 150 },
      );
    }
  });
});
