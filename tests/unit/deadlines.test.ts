import { describe, expect, it } from "vitest";
import examples from "../fixtures/deadline-examples.json" with { type: "json" };
import {
  CalendarMissingError,
  calendarsWith,
  computeDeadline,
  DEFAULT_POLICIES,
  type DeadlinePolicy,
  type RegimeCode,
} from "@/lib/domain/deadlines";

const calendars = calendarsWith();
const due = (regime: RegimeCode, received: string, extra: Partial<Parameters<typeof computeDeadline>[0]> = {}) =>
  computeDeadline({ policy: DEFAULT_POLICIES[regime], receivedAt: new Date(received), ...extra }, calendars);

describe("published examples (regulators' guidance)", () => {
  for (const example of examples.examples) {
    it(`${example.id}: ${example.regime} received ${example.received} is due ${example.expectedDueDate}`, () => {
      expect(due(example.regime as RegimeCode, example.received).dueDate).toBe(example.expectedDueDate);
    });
  }
});

describe("month rules (EU_GDPR, UK_GDPR)", () => {
  it("EDPB §160: 5 March -> 5 April", () => {
    expect(due("EU_GDPR", "2026-03-05T10:00:00Z").dueDate).toBe("2026-04-07"); // 5 Apr 2026 is Easter Sunday, 6 Apr Easter Monday
    expect(due("EU_GDPR", "2027-03-05T10:00:00Z").dueDate).toBe("2027-04-05");
  });

  it("clamps to the last day of a shorter month, including leap years", () => {
    expect(due("EU_GDPR", "2028-01-31T10:00:00Z").dueDate).toBe("2028-02-29"); // Tuesday, leap year
    expect(due("EU_GDPR", "2027-01-31T10:00:00Z").dueDate).toBe("2027-03-01"); // 28 Feb 2027 is a Sunday
  });

  it("rolls past weekends and the calendar's public holidays", () => {
    // 17 Feb 2026 + 1 month = 17 March, St Patrick's Day in Ireland, but a working day in England.
    expect(due("EU_GDPR", "2026-02-17T10:00:00Z").dueDate).toBe("2026-03-18");
    expect(due("UK_GDPR", "2026-02-17T10:00:00Z").dueDate).toBe("2026-03-17");
  });

  it("extends to three months from the start, same rules, and gives the last day for the notice", () => {
    const result = due("EU_GDPR", "2026-08-31T10:00:00Z", { extended: true });
    expect(result.originalDueDate).toBe("2026-09-30");
    expect(result.extendedDueDate).toBe("2026-11-30");
    expect(result.dueDate).toBe("2026-11-30");
    expect(result.extensionNoticeDeadline).toBe("2026-09-30");
  });

  it("adds the days of a clock stop, both ends included, before rolling", () => {
    // 5 Mar 2027 + 1 month = 5 Apr 2027 (Mon); a stop 10-12 March adds 3 days -> 8 Apr (Thu).
    const result = due("EU_GDPR", "2027-03-05T10:00:00Z", { stops: [{ from: "2027-03-10", to: "2027-03-12" }] });
    expect(result.stoppedDays).toBe(3);
    expect(result.dueDate).toBe("2027-04-08");
    expect(result.paused).toBe(false);
  });

  it("reports an open stop as paused and counts it through the day passed as now", () => {
    const result = due("EU_GDPR", "2027-03-05T10:00:00Z", {
      stops: [{ from: "2027-03-10" }],
      asOf: new Date("2027-03-14T12:00:00Z"),
    });
    expect(result.paused).toBe(true);
    expect(result.stoppedDays).toBe(5);
    expect(result.dueDate).toBe("2027-04-12"); // 5 Apr + 5 = 10 Apr (Sat) -> Mon 12 Apr
  });

  it("UK: identity proof restarts the clock from the day it arrives; EU ignores it with a warning", () => {
    const uk = due("UK_GDPR", "2027-03-01T10:00:00Z", { restarts: ["2027-03-20"] });
    expect(uk.clockStartDate).toBe("2027-03-20");
    expect(uk.dueDate).toBe("2027-04-20");
    const eu = due("EU_GDPR", "2027-03-01T10:00:00Z", { restarts: ["2027-03-20"] });
    expect(eu.dueDate).toBe("2027-04-01");
    expect(eu.warnings.join()).toMatch(/do not apply under EU_GDPR/);
  });
});

describe("time zones", () => {
  it("counts from the local date: late evening UTC is already the next day in Shanghai", () => {
    const result = due("CN_PIPL", "2026-03-01T17:30:00Z"); // 01:30 on 2 March in Shanghai
    expect(result.receivedDate).toBe("2026-03-02");
  });

  it("a request just after midnight UTC is still the previous day in California", () => {
    expect(due("US_CA_CCPA", "2026-03-03T05:00:00Z").receivedDate).toBe("2026-03-02");
  });

  it("a due date ends at 23:59:59.999 local time, across daylight saving", () => {
    const eu = due("EU_GDPR", "2026-08-31T10:00:00Z");
    expect(eu.dueAt.toISOString()).toBe("2026-09-30T22:59:59.999Z"); // Irish summer time, UTC+1
    const ccpa = due("US_CA_CCPA", "2026-03-02T18:00:00Z");
    expect(ccpa.dueAt.toISOString()).toBe("2026-04-16T06:59:59.999Z"); // PDT, UTC-7
  });
});

describe("US_CA_CCPA", () => {
  it("counts the day of receipt as day 1 and extends to 90 days in all", () => {
    const result = due("US_CA_CCPA", "2026-03-02T18:00:00Z", { extended: true });
    expect(result.originalDueDate).toBe("2026-04-15");
    expect(result.extendedDueDate).toBe("2026-05-30");
  });

  it("never rolls a due date off a weekend", () => {
    // 4 Apr 2026 + 44 days = 18 May (Mon); 7 Mar + 44 = 20 Apr (Mon); 21 Mar + 44 = 4 May; choose a Saturday:
    expect(due("US_CA_CCPA", "2026-03-21T18:00:00Z").dueDate).toBe("2026-05-04");
    expect(due("US_CA_CCPA", "2026-03-18T18:00:00Z").dueDate).toBe("2026-05-01");
    expect(due("US_CA_CCPA", "2026-03-19T18:00:00Z").dueDate).toBe("2026-05-02"); // a Saturday, kept
  });

  it("ignores clock stops (verification does not stop the clock)", () => {
    const result = due("US_CA_CCPA", "2026-03-02T18:00:00Z", { stops: [{ from: "2026-03-05", to: "2026-03-20" }] });
    expect(result.dueDate).toBe("2026-04-15");
    expect(result.warnings.join()).toMatch(/clock stops do not apply/);
  });

  it("acknowledgement is due within 10 business days, skipping California holidays", () => {
    // Received Fri 13 Mar 2026: 16-20, 23-27 March; César Chávez Day (31 Mar) is not in range.
    expect(due("US_CA_CCPA", "2026-03-13T18:00:00Z").acknowledgementDueDate).toBe("2026-03-27");
    // Received Tue 24 Mar: 25,26,27,30, (31 holiday), 1,2,3,6,7,8 -> 8 April.
    expect(due("US_CA_CCPA", "2026-03-24T18:00:00Z").acknowledgementDueDate).toBe("2026-04-08");
  });
});

describe("CN_PIPL", () => {
  it("counts 15 working days from the day after receipt, with make-up working days", () => {
    expect(due("CN_PIPL", "2026-02-10T02:00:00Z").dueDate).toBe("2026-03-09");
  });

  it("skips the National Day week and counts the make-up Saturday", () => {
    // Received Wed 23 Sep: 24 Sep (1); 25-27 Mid-Autumn; 28-30 Sep (2-4); 1-7 Oct National Day;
    // 8-9 Oct (5-6); Sat 10 Oct make-up working day (7); 12-16 Oct (8-12); 19-21 Oct (13-15).
    const result = due("CN_PIPL", "2026-09-23T02:00:00Z");
    expect(result.dueDate).toBe("2026-10-21");
  });

  it("adds the working days inside a stop, and extends by 15 more working days", () => {
    const plain = due("CN_PIPL", "2026-03-02T02:00:00Z");
    const stopped = due("CN_PIPL", "2026-03-02T02:00:00Z", { stops: [{ from: "2026-03-06", to: "2026-03-09" }] });
    // 6 Mar (Fri) and 9 Mar (Mon) are working days; the weekend between is not.
    expect(stopped.stoppedDays).toBe(2);
    expect(stopped.dueDate > plain.dueDate).toBe(true);
    const extended = due("CN_PIPL", "2026-03-02T02:00:00Z", { extended: true });
    expect(extended.extendedDueDate! > plain.dueDate).toBe(true);
  });

  it("names the missing calendar year instead of guessing from weekends", () => {
    expect(() => due("CN_PIPL", "2026-12-20T02:00:00Z")).toThrow(CalendarMissingError);
    expect(() => due("CN_PIPL", "2026-12-20T02:00:00Z")).toThrow("calendar missing for CN 2027");
  });

  it("still gives the original due date when only the extension needs next year's calendar", () => {
    const result = due("CN_PIPL", "2026-11-27T02:00:00Z");
    expect(result.dueDate).toBe("2026-12-18");
    expect(result.extendedDueDate).toBeNull();
    expect(result.warnings).toContain("extended due date unknown: calendar missing for CN 2027");
    expect(() => due("CN_PIPL", "2026-11-27T02:00:00Z", { extended: true })).toThrow("calendar missing for CN 2027");
  });

  it("uses a year added as data", () => {
    const withNextYear = calendarsWith([
      { calendar: "CN", year: { year: 2027, holidays: ["2027-01-01"], workingWeekendDays: [] } },
    ]);
    const result = computeDeadline(
      { policy: DEFAULT_POLICIES.CN_PIPL, receivedAt: new Date("2026-12-20T02:00:00Z") },
      withNextYear,
    );
    // 21-25 Dec (1-5), 28-31 Dec (6-9), 1 Jan holiday, 4-8 Jan (10-14), 11 Jan (15).
    expect(result.dueDate).toBe("2027-01-11");
  });
});

describe("BR_LGPD and DEFAULT", () => {
  it("BR_LGPD: 15 calendar days, no extension", () => {
    const result = due("BR_LGPD", "2026-06-01T15:00:00Z", { extended: true });
    expect(result.dueDate).toBe("2026-06-16");
    expect(result.extendable).toBe(false);
    expect(result.warnings.join()).toMatch(/allows no extension/);
  });

  it("DEFAULT: 30 calendar days, configurable", () => {
    expect(due("DEFAULT", "2026-06-01T15:00:00Z").dueDate).toBe("2026-07-01");
    const policy: DeadlinePolicy = {
      ...DEFAULT_POLICIES.DEFAULT,
      rule: { unit: "CALENDAR_DAYS", length: 20, extension: 0, receiptIsDayOne: false, rollForward: true },
      calendar: "IE",
    };
    const result = computeDeadline({ policy, receivedAt: new Date("2026-06-01T15:00:00Z") }, calendars);
    expect(result.dueDate).toBe("2026-06-22"); // 21 June is a Sunday
  });
});
