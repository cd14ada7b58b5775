import { describe, expect, it } from "vitest";
import { deadlineStatus, endOfLocalDay } from "@/lib/domain/deadlines";

const status = (now: string, paused = false) =>
  deadlineStatus({
    dueDate: "2026-09-30",
    dueAt: endOfLocalDay("2026-09-30", "Asia/Shanghai"),
    timeZone: "Asia/Shanghai",
    paused,
    now: new Date(now),
  });

describe("days left, derived from the stored due date", () => {
  it("counts days in the regime's time zone", () => {
    expect(status("2026-09-27T10:00:00Z")).toEqual({ kind: "due", daysLeft: 3, dueToday: false });
    // 20:00 UTC on 29 Sep is already 30 Sep in Shanghai.
    expect(status("2026-09-29T20:00:00Z")).toEqual({ kind: "due", daysLeft: 0, dueToday: true });
  });

  it("turns overdue after 23:59:59.999 local on the due date", () => {
    expect(status("2026-09-30T15:59:59Z")).toEqual({ kind: "due", daysLeft: 0, dueToday: true });
    expect(status("2026-09-30T16:00:00Z")).toMatchObject({ kind: "overdue", daysOverdue: 1 });
    expect(status("2026-10-03T10:00:00Z")).toMatchObject({ kind: "overdue", daysOverdue: 3 });
  });

  it("says paused while the clock is stopped", () => {
    expect(status("2026-10-03T10:00:00Z", true)).toMatchObject({ kind: "paused" });
  });
});
