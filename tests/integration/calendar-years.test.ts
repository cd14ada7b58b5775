import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppError } from "@/lib/errors/app-error";
import { logCase } from "../support/log-case";
import { addCalendarYear } from "@/lib/server/deadlines/add-calendar-year";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { said, saidFields } from "../support/said";

const CN_2027 = {
  calendar: "CN",
  year: 2027,
  source: "Test schedule standing in for the State Council notice",
  holidays: ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"],
  workingWeekendDays: ["2027-02-06"],
};

describe("calendar years maintained as data", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("lets cases whose deadline runs into a newly published year be opened", async () => {
    const officer = await createStaff(database.prisma);
    const request = {
      type: "ACCESS",
      regime: "CN_PIPL",
      channel: "POST",
      receivedAt: "2026-12-28T02:00:00Z",
      requester: { email: "p@example.com", name: "P" },
    };
    const before = await logCase(request, officer, new Date("2026-12-29T00:00:00Z")).catch((e: unknown) => e);
    expect(said(before as AppError)).toMatch(/calendar missing for CN 2027/);

    const admin = await createStaff(database.prisma, { role: "ADMIN" });
    await addCalendarYear(CN_2027, admin);
    const after = await logCase(request, officer, new Date("2026-12-29T00:00:00Z"));
    // 29-31 Dec (1-3), 1 Jan holiday, 4-8 Jan (4-8), 11-15 Jan (9-13), 18-19 Jan (14-15).
    expect(after.dueDate).toBe("2027-01-19");
    expect(await database.prisma.auditEvent.count({ where: { type: "calendar.year_added" } })).toBe(1);
  });

  it("rejects a malformed year with specific messages and stores nothing", async () => {
    const admin = await createStaff(database.prisma, { role: "ADMIN" });
    const error = (await addCalendarYear(
      { ...CN_2027, year: 2028, holidays: ["2028-02-30", "2027-05-01"], workingWeekendDays: ["2028-03-01"] },
      admin,
    ).catch((e: unknown) => e)) as AppError;
    expect(error.status).toBe(400);
    expect(saidFields(error.fieldErrors?.["holidays.0"]).join()).toMatch(/YYYY-MM-DD/);
    expect(await database.prisma.holidayCalendarYear.count({ where: { year: 2028 } })).toBe(0);
  });

  it("is for administrators only", async () => {
    const officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    const error = (await addCalendarYear(CN_2027, officer).catch((e: unknown) => e)) as AppError;
    expect(error.status).toBe(403);
  });
});
