import { describe, expect, it } from "vitest";
import { calendarsWith, CalendarMissingError, publicHolidayCalendar } from "@/lib/domain/deadlines";
import {
  addBusinessDays,
  businessDaysAfter,
  forwardingTarget,
  routingReminders,
} from "@/lib/domain/routing/routing-clock";

const ie = publicHolidayCalendar("IE");
const cn = calendarsWith().get("CN");
const policy = { forwardWithinBusinessDays: 2, remindAfterBusinessDays: 5, escalateAfterBusinessDays: 10 };

describe("business days on the routing clock", () => {
  it("skips weekends and does not count the day itself", () => {
    expect(addBusinessDays("2026-11-16", 1, ie)).toBe("2026-11-17"); // Monday -> Tuesday
    expect(addBusinessDays("2026-11-20", 1, ie)).toBe("2026-11-23"); // Friday -> Monday
    expect(addBusinessDays("2026-11-21", 1, ie)).toBe("2026-11-23"); // sent on a Saturday
    expect(addBusinessDays("2026-11-16", 5, ie)).toBe("2026-11-23");
    expect(addBusinessDays("2026-11-16", 10, ie)).toBe("2026-11-30");
  });

  it("skips the calendar's public holidays", () => {
    // The Irish October bank holiday: Monday 26 October 2026.
    expect(addBusinessDays("2026-10-23", 1, ie)).toBe("2026-10-27");
    // St Patrick's Day, Tuesday 17 March 2026, in Ireland only.
    expect(addBusinessDays("2026-03-16", 1, ie)).toBe("2026-03-18");
    expect(addBusinessDays("2026-03-16", 1, publicHolidayCalendar("GB-ENG"))).toBe("2026-03-17");
  });

  it("counts announced make-up working days (China)", () => {
    // National Day week: 1-7 October 2026 off, Saturday 10 October worked.
    expect(addBusinessDays("2026-09-30", 1, cn)).toBe("2026-10-08");
    expect(addBusinessDays("2026-10-09", 1, cn)).toBe("2026-10-10");
  });

  it("falls back to weekdays for a year the calendar has no data for, instead of failing", () => {
    expect(() => cn.isWorkingDay("2027-01-01")).toThrow(CalendarMissingError);
    // 31 Dec 2026 is a working day; 1 Jan 2027 is unknown, so it counts like any Friday.
    expect(addBusinessDays("2026-12-30", 5, cn)).toBe("2027-01-06");
  });

  it("ends at the close of the local business day", () => {
    // Dublin is on UTC in November, on UTC+1 in October before the clocks change.
    expect(businessDaysAfter(new Date("2026-11-16T10:00:00Z"), 5, "Europe/Dublin", ie).toISOString()).toBe(
      "2026-11-23T23:59:59.999Z",
    );
    expect(businessDaysAfter(new Date("2026-10-12T10:00:00Z"), 1, "Europe/Dublin", ie).toISOString()).toBe(
      "2026-10-13T22:59:59.999Z",
    );
    // Late in the evening in UTC is already the next day in Shanghai.
    expect(businessDaysAfter(new Date("2026-11-16T20:00:00Z"), 1, "Asia/Shanghai", cn).toISOString()).toBe(
      "2026-11-18T15:59:59.999Z",
    );
  });

  it("gives the reminder and the escalation instants and the forwarding target", () => {
    const sentAt = new Date("2026-10-19T10:00:00Z");
    expect(routingReminders(sentAt, policy, "Europe/Dublin", ie)).toEqual({
      remindAt: new Date("2026-10-27T23:59:59.999Z"), // 5 business days, the bank holiday skipped
      escalateAt: new Date("2026-11-03T23:59:59.999Z"),
    });
    expect(forwardingTarget(new Date("2026-11-19T10:00:00Z"), policy, "Europe/Dublin", ie)).toEqual(
      new Date("2026-11-23T23:59:59.999Z"),
    );
  });
});
