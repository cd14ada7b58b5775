import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { settingsFixture } from "../support/settings-fixture";
import type { Actor } from "@/lib/auth/guards";
import { DEFAULT_POLICIES } from "@/lib/domain/deadlines";
import { type deadlinePolicyFormSchema } from "@/lib/domain/settings/deadline-settings";
import { logCase } from "../support/log-case";
import { addCalendarYearFromJson } from "@/lib/server/settings/add-calendar-year-from-json";
import { loadDeadlineSettings } from "@/lib/server/settings/load-deadline-settings";
import { updateDeadlinePolicy } from "@/lib/server/settings/update-deadline-policy";
import { refusal } from "../support/refusal";
import { createStaff } from "../support/staff";
import { type TestDatabase } from "../support/test-database";
import { saidFields } from "../support/said";

type PolicyForm = z.input<typeof deadlinePolicyFormSchema>;

/** The EU policy as the settings form's parse gives it: an unticked checkbox and an empty field are absent. */
const EU_FORM: PolicyForm = {
  regime: "EU_GDPR",
  timeZone: "Europe/Dublin",
  calendar: "IE",
  rule: { unit: "MONTHS", length: 1, extension: 2 },
  clockStops: true,
  source: DEFAULT_POLICIES.EU_GDPR.source,
};

const CN_2027 = {
  calendar: "CN",
  year: 2027,
  source: "Test schedule standing in for the State Council notice",
  holidays: ["2027-01-01", "2027-02-05", "2027-02-08"],
  workingWeekendDays: ["2027-02-06"],
};

describe("deadline policy and calendar settings", () => {
  let database: TestDatabase;
  let admin: Actor;
  let officer: Actor;
  beforeAll(async () => ({ database, admin, officer } = await settingsFixture()));
  afterAll(() => database.drop());

  const storedPolicy = (regime: "EU_GDPR" | "DEFAULT") =>
    database.prisma.deadlinePolicy.findUniqueOrThrow({ where: { regime } });
  const auditCount = (type: string) => database.prisma.auditEvent.count({ where: { type } });

  it("is for administrators only, and a refusal writes nothing", async () => {
    const before = await storedPolicy("EU_GDPR");
    for (const role of ["PRIVACY_OFFICER", "ANALYST", "AUDITOR"] as const) {
      const actor = await createStaff(database.prisma, { role });
      const error = await refusal(updateDeadlinePolicy({ ...EU_FORM, timeZone: "Europe/Paris" }, actor));
      expect(error.code).toBe("FORBIDDEN");
      expect((await refusal(addCalendarYearFromJson({ schedule: JSON.stringify(CN_2027) }, actor))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect(await storedPolicy("EU_GDPR")).toEqual(before);
    expect(await database.prisma.holidayCalendarYear.count()).toBe(0);
    expect(await auditCount("settings.deadline_policy_updated")).toBe(0);
  });

  it("checks each field, the time zone with Intl, the calendar against known ones, the rule with the domain schema", async () => {
    const cases: [Partial<PolicyForm>, string, RegExp][] = [
      [{ timeZone: "Europe/Atlantis" }, "timeZone", /Unknown time zone/],
      [{ timeZone: "" }, "timeZone", /Enter a time zone/],
      [{ calendar: "XX-NOWHERE" }, "calendar", /Unknown calendar: use WEEKDAYS/],
      [{ rule: { ...EU_FORM.rule, length: 0 } }, "rule.length", /At least 1/],
      [{ rule: { ...EU_FORM.rule, length: 13 } }, "rule.length", /At most 12/],
      [{ rule: { ...EU_FORM.rule, length: 400, unit: "CALENDAR_DAYS" } }, "rule.length", /At most 365/],
      [{ rule: { ...EU_FORM.rule, extension: 1.5 } }, "rule.extension", /whole number/],
      // A unit the form does not offer, as a tampered form would post it.
      [{ rule: { ...EU_FORM.rule, unit: "FORTNIGHTS" as never } }, "rule.unit", /how the period is counted/],
      [{ acknowledgementBusinessDays: 61 }, "acknowledgementBusinessDays", /At most 60/],
      [{ source: "" }, "source", /where the rule comes from/],
    ];
    const before = await storedPolicy("EU_GDPR");
    for (const [change, field, message] of cases) {
      const error = await refusal(updateDeadlinePolicy({ ...EU_FORM, ...change }, admin));
      expect(error.code, field).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {}), field).toEqual([field]);
      expect(saidFields(error.fieldErrors?.[field]).join(" "), field).toMatch(message);
    }
    expect(await storedPolicy("EU_GDPR")).toEqual(before);
    expect(await auditCount("settings.deadline_policy_updated")).toBe(0);
  });

  it("saves a change and audits each changed value before and after", async () => {
    const result = await updateDeadlinePolicy(
      { ...EU_FORM, timeZone: "europe/berlin", calendar: "DE", acknowledgementBusinessDays: 5 },
      admin,
    );
    expect(result.changed).toEqual(["timeZone", "calendar", "acknowledgementBusinessDays"]);
    expect(await storedPolicy("EU_GDPR")).toMatchObject({
      timeZone: "Europe/Berlin", // stored under its canonical name
      calendar: "DE",
      acknowledgementBusinessDays: 5,
      rule: { unit: "MONTHS", length: 1, extension: 2 },
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "settings.deadline_policy_updated" },
    });
    expect(event).toMatchObject({ actorKind: "STAFF", actorId: admin.id, caseId: null });
    expect(event.data).toEqual({
      regime: "EU_GDPR",
      changes: {
        timeZone: { from: "Europe/Dublin", to: "Europe/Berlin" },
        calendar: { from: "IE", to: "DE" },
        acknowledgementBusinessDays: { from: null, to: 5 },
      },
    });
    // Saving the same values again changes nothing and records nothing.
    const again = await updateDeadlinePolicy(
      { ...EU_FORM, timeZone: "Europe/Berlin", calendar: "DE", acknowledgementBusinessDays: 5 },
      admin,
    );
    expect(again.changed).toEqual([]);
    expect(await auditCount("settings.deadline_policy_updated")).toBe(1);
    await updateDeadlinePolicy(EU_FORM, admin);
  });

  it("never moves an existing case's due date, and applies to the next case at once", async () => {
    const request = {
      type: "ACCESS",
      regime: "DEFAULT",
      channel: "EMAIL",
      receivedAt: "2026-03-05T10:00:00Z",
      requester: { email: "someone@example.com", name: "Some One" },
    };
    const now = new Date("2026-03-05T12:00:00Z");
    const existing = await logCase(request, officer, now);
    expect(existing.dueDate).toBe("2026-04-04"); // 30 calendar days

    const result = await updateDeadlinePolicy(
      {
        regime: "DEFAULT",
        timeZone: "UTC",
        calendar: "WEEKDAYS",
        rule: { unit: "CALENDAR_DAYS", length: 10, extension: 10, rollForward: true },
        clockStops: true,
        source: "Company privacy policy (shortened)",
      },
      admin,
    );
    expect(result.changed).toEqual(["rule", "source"]);

    const unchanged = await database.prisma.case.findUniqueOrThrow({ where: { id: existing.id } });
    expect(unchanged.dueDate).toBe("2026-04-04");
    expect(unchanged.policy).toMatchObject({ rule: { length: 30 } });

    // 5 March + 10 days is Sunday 15 March, rolled to Monday.
    const next = await logCase({ ...request, requester: { email: "next@example.com", name: "N" } }, officer, now);
    expect(next.dueDate).toBe("2026-03-16");
    const created = await database.prisma.case.findUniqueOrThrow({ where: { id: next.id } });
    expect(created.policy).toMatchObject({
      rule: { unit: "CALENDAR_DAYS", length: 10, rollForward: true, receiptIsDayOne: false },
      source: "Company privacy policy (shortened)",
    });
  });

  it("adds a calendar year from the JSON of npm run calendar:add, reporting problems next to the one field", async () => {
    const problems: [string, RegExp][] = [
      ["", /Paste one year/],
      ["{ not json", /not valid JSON/],
      [JSON.stringify({ ...CN_2027, holidays: ["2026-12-31"] }), /dates are outside the calendar's year/],
      [JSON.stringify({ ...CN_2027, workingWeekendDays: ["2027-02-08"] }), /working days are not weekend days/],
    ];
    for (const [json, message] of problems) {
      const error = await refusal(addCalendarYearFromJson({ schedule: json }, admin));
      expect(error.code).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(["schedule"]);
      expect(saidFields(error.fieldErrors?.schedule).join("\n")).toMatch(message);
    }
    expect(await database.prisma.holidayCalendarYear.count()).toBe(0);

    expect(await addCalendarYearFromJson({ schedule: JSON.stringify(CN_2027) }, admin)).toEqual({
      calendar: "CN",
      year: 2027,
      replaced: false,
    });
    const corrected = { ...CN_2027, holidays: [...CN_2027.holidays, "2027-02-09"], source: "Corrected notice" };
    expect((await addCalendarYearFromJson({ schedule: JSON.stringify(corrected) }, admin)).replaced).toBe(true);
    const replaced = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "calendar.year_replaced" } });
    expect(replaced.data).toEqual({
      calendar: "CN",
      year: 2027,
      holidays: 4,
      workingWeekendDays: 1,
      source: "Corrected notice",
      before: { holidays: 3, workingWeekendDays: 1, source: CN_2027.source },
    });

    const { schedules, policies } = await loadDeadlineSettings(database.prisma);
    expect(policies.map((p) => p.regime)).toEqual([
      "EU_GDPR",
      "UK_GDPR",
      "CN_PIPL",
      "US_CA_CCPA",
      "BR_LGPD",
      "DEFAULT",
    ]);
    expect(schedules).toEqual([
      {
        calendar: "CN",
        years: [
          expect.objectContaining({ year: 2026, builtIn: true }),
          expect.objectContaining({ year: 2027, builtIn: false, holidays: 4, source: "Corrected notice" }),
        ],
      },
    ]);
  });
});
