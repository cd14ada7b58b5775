import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/config/env";
import { renderEmail } from "@/lib/email/render-email";
import { templates } from "@/lib/email/templates";
import { runPeriodicSweeps } from "@/lib/jobs/periodic-sweeps";
import { queueDailyDigest } from "@/lib/server/digest/queue-daily-digest";
import { createCaseDueAt } from "../support/cases";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const NOW = new Date("2026-06-10T08:30:00Z");
const DAY = 86_400_000;

interface DigestPayload {
  day: string;
  dueThisWeek: { count: number; references: string[] };
  overdue: { count: number; references: string[] };
  unassigned: { count: number; references: string[] };
}

describe("daily digest for privacy officers", () => {
  let database: TestDatabase;
  let analystId: string;
  let recipients: string[];
  let counter = 0;

  async function caseDueIn(
    days: number,
    options: { assigned?: boolean; paused?: boolean; status?: "CLOSED" | "UNVERIFIED" | "AWAITING_REQUESTER" } = {},
  ) {
    counter++;
    const row = await createCaseDueAt(database.prisma, new Date(NOW.getTime() + days * DAY), {
      reference: `DSR-2026-${String(counter).padStart(6, "0")}`,
      requester: { email: `person${counter}@example.com`, name: `Person ${counter}` },
      assigneeId: options.assigned === false ? null : analystId,
      status: options.status,
      clockPausedAt: options.paused ? NOW : null,
      nextReminderAt: null, // no deadline reminder pending
    });
    return row.reference;
  }

  const digests = () =>
    database.prisma.outboxEmail.findMany({ where: { template: "staff-daily-digest" }, orderBy: { to: "asc" } });

  beforeAll(async () => {
    database = await createTestDatabase();
    analystId = (await createStaff(database.prisma, { role: "ANALYST" })).id;
    await createStaff(database.prisma, { role: "AUDITOR" });
    await createStaff(database.prisma, { role: "PRIVACY_OFFICER", disabled: true });
    recipients = [
      (await createStaff(database.prisma, { role: "PRIVACY_OFFICER" })).email,
      (await createStaff(database.prisma, { role: "PRIVACY_OFFICER" })).email,
      (await createStaff(database.prisma, { role: "ADMIN" })).email,
    ].sort();
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.prisma.outboxEmail.deleteMany();
    await database.prisma.digestRun.deleteMany();
  });

  it("counts due this week, overdue and unassigned open cases, listing references most urgent first", async () => {
    const overdueLate = await caseDueIn(-5);
    const overdueUnassigned = await caseDueIn(-1, { assigned: false });
    await caseDueIn(-2, { paused: true, status: "AWAITING_REQUESTER" }); // a stopped clock is not overdue
    await caseDueIn(-3, { status: "CLOSED" }); // done
    await caseDueIn(-3, { status: "UNVERIFIED", assigned: false }); // not a case yet
    const soon = await caseDueIn(2);
    const soonUnassigned = await caseDueIn(6, { assigned: false });
    await caseDueIn(9); // later
    const laterUnassigned = await caseDueIn(20, { assigned: false });

    const result = await queueDailyDigest(database.prisma, NOW, { hourUtc: 7 });
    expect(result).toEqual({ day: "2026-06-10", queued: true, recipients: 3 });

    const rows = await digests();
    expect(rows.map((r) => r.to)).toEqual(recipients);
    const payload = rows[0]!.payload as unknown as DigestPayload;
    expect(rows.every((r) => JSON.stringify(r.payload) === JSON.stringify(payload))).toBe(true);
    expect(payload).toEqual({
      day: "2026-06-10",
      dueThisWeek: { count: 2, references: [soon, soonUnassigned] },
      overdue: { count: 2, references: [overdueLate, overdueUnassigned] },
      unassigned: { count: 3, references: [overdueUnassigned, soonUnassigned, laterUnassigned] },
    });

    // References and counts only: nothing about the people who asked.
    const rendered = renderEmail(templates["staff-daily-digest"], payload, {
      appUrl: "https://rd.example",
      locale: "en",
    });
    expect(rendered.text).not.toMatch(/Person|@example\.com/);
    expect(rendered.text).toContain("https://rd.example/cases?view=overdue");
    expect(rendered.text).toContain("https://rd.example/cases?view=due-this-week");
    expect(rendered.text).toContain("https://rd.example/cases?view=unassigned");
    expect(rendered.subject).toBe("Rightsdesk 2026-06-10: 2 overdue, 2 due this week");

    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "digest.queued" } });
    expect(audit.data).toEqual({ day: "2026-06-10", recipients: 3, dueThisWeek: 2, overdue: 2, unassigned: 3 });
  });

  it("lists at most 10 references per heading and says how many more there are", async () => {
    for (let i = 0; i < 12; i++) await caseDueIn(-10 - i);
    await queueDailyDigest(database.prisma, NOW, { hourUtc: 7 });
    const payload = (await digests())[0]!.payload as unknown as DigestPayload;
    expect(payload.overdue.count).toBeGreaterThanOrEqual(12);
    expect(payload.overdue.references).toHaveLength(10);
    const text = renderEmail(templates["staff-daily-digest"], payload, { appUrl: "http://x", locale: "en" }).text;
    expect(text).toContain(`… and ${payload.overdue.count - 10} more`);
  });

  it("waits for the configured hour", async () => {
    const early = new Date("2026-06-10T06:59:59Z");
    expect(await queueDailyDigest(database.prisma, early, { hourUtc: 7 })).toMatchObject({ queued: false });
    expect(await database.prisma.digestRun.count()).toBe(0);
    expect(await digests()).toHaveLength(0);
    expect(await queueDailyDigest(database.prisma, early, { hourUtc: 0 })).toMatchObject({ queued: true });
  });

  it("goes out once per day however often the sweep runs, and again the next day", async () => {
    expect((await queueDailyDigest(database.prisma, NOW, { hourUtc: 7 })).queued).toBe(true);
    expect((await queueDailyDigest(database.prisma, new Date(NOW.getTime() + 3_600_000), { hourUtc: 7 })).queued).toBe(
      false,
    );
    expect(await digests()).toHaveLength(3);
    const tomorrow = await queueDailyDigest(database.prisma, new Date(NOW.getTime() + DAY), { hourUtc: 7 });
    expect(tomorrow).toMatchObject({ day: "2026-06-11", queued: true });
    expect(await digests()).toHaveLength(6);
  });

  it("goes out once when several runners try at the same moment", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => queueDailyDigest(database.prisma, NOW, { hourUtc: 7 })),
    );
    expect(results.filter((r) => r.queued)).toHaveLength(1);
    expect(await digests()).toHaveLength(3);
    expect(await database.prisma.digestRun.findMany({ select: { day: true } })).toEqual([{ day: "2026-06-10" }]);
  });

  it("is part of the periodic sweep, after DIGEST_HOUR_UTC (07:00 by default)", async () => {
    expect((await runPeriodicSweeps(database.prisma, new Date("2026-06-12T06:00:00Z"))).digest.queued).toBe(false);
    expect((await runPeriodicSweeps(database.prisma, new Date("2026-06-12T07:00:00Z"))).digest.queued).toBe(true);
    expect((await runPeriodicSweeps(database.prisma, new Date("2026-06-12T07:10:00Z"))).digest.queued).toBe(false);
    expect(await digests()).toHaveLength(3);
  });

  it("reads DIGEST_HOUR_UTC as an hour of the day", () => {
    const dataDir = process.env.DATA_DIR;
    expect(parseEnv({ DATA_DIR: dataDir }).DIGEST_HOUR_UTC).toBe(7);
    expect(parseEnv({ DATA_DIR: dataDir, DIGEST_HOUR_UTC: "18" }).DIGEST_HOUR_UTC).toBe(18);
    expect(() => parseEnv({ DATA_DIR: dataDir, DIGEST_HOUR_UTC: "24" })).toThrow(ConfigError);
  });
});
