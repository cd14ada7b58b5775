import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runReminderSweep } from "@/lib/server/deadlines/run-reminder-sweep";
import { DEFAULT_POLICIES } from "@/lib/domain/deadlines";
import { createCaseDueAt } from "../support/cases";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const NOW = new Date("2026-06-10T12:00:00Z");
const DAY = 86_400_000;

describe("deadline reminder sweep", () => {
  let database: TestDatabase;
  let assignee: { id: string; email: string };
  let officers: string[];
  let counter = 0;

  async function caseDueIn(days: number, options: { assigned?: boolean; paused?: boolean; status?: "CLOSED" } = {}) {
    counter++;
    return createCaseDueAt(database.prisma, new Date(NOW.getTime() + days * DAY), {
      reference: `DSR-2026-${String(counter).padStart(6, "0")}`,
      requester: { email: `r${counter}@example.com`, name: "R" },
      assigneeId: options.assigned === false ? null : assignee.id,
      status: options.status,
      clockPausedAt: options.paused ? NOW : null,
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    assignee = await createStaff(database.prisma, { role: "ANALYST" });
    officers = [
      (await createStaff(database.prisma, { role: "PRIVACY_OFFICER" })).email,
      (await createStaff(database.prisma, { role: "PRIVACY_OFFICER" })).email,
    ];
    await createStaff(database.prisma, { role: "PRIVACY_OFFICER", disabled: true });
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.prisma.outboxEmail.deleteMany();
    await database.prisma.caseReminder.deleteMany();
    // Audit events are append-only and keep their cases: earlier tests' cases are retired, not deleted.
    await database.prisma.case.updateMany({ data: { status: "CLOSED", nextReminderAt: null } });
  });

  it("reminds at 7 and 2 days and escalates overdue cases, each once however often it runs", async () => {
    const in5 = await caseDueIn(5);
    const in1 = await caseDueIn(1);
    const late = await caseDueIn(-3);
    await caseDueIn(20); // not yet
    await caseDueIn(1, { paused: true }); // the clock is stopped
    await caseDueIn(-3, { status: "CLOSED" }); // done

    const first = await runReminderSweep(database.prisma, NOW);
    expect(first).toMatchObject({ dueIn7: 1, dueIn2: 1, overdue: 1 });
    const second = await runReminderSweep(database.prisma, NOW);
    expect(second).toEqual({ dueIn7: 0, dueIn2: 0, overdue: 0, emails: 0 });

    const emails = await database.prisma.outboxEmail.findMany();
    const forCase = (id: string) => emails.filter((e) => e.caseId === id);
    expect(forCase(in5.id).map((e) => [e.to, (e.payload as { threshold: string }).threshold])).toEqual([
      [assignee.email, "DUE_IN_7"],
    ]);
    expect(forCase(in1.id).map((e) => e.to)).toEqual([assignee.email]);
    // Overdue: the assignee and every active privacy officer (not the disabled one).
    expect(
      forCase(late.id)
        .map((e) => e.to)
        .sort(),
    ).toEqual([assignee.email, ...officers].sort());
    expect(
      await database.prisma.auditEvent.count({
        where: { type: "deadline.reminder_queued", caseId: { in: [in5.id, in1.id, late.id] } },
      }),
    ).toBe(3);
  });

  it("moves a case from the 7-day to the 2-day reminder as time passes, then to the escalation", async () => {
    const c = await caseDueIn(6);
    expect((await runReminderSweep(database.prisma, NOW)).dueIn7).toBe(1);
    expect((await runReminderSweep(database.prisma, new Date(NOW.getTime() + 5 * DAY))).dueIn2).toBe(1);
    expect((await runReminderSweep(database.prisma, new Date(NOW.getTime() + 7 * DAY))).overdue).toBe(1);
    const thresholds = (await database.prisma.caseReminder.findMany({ where: { caseId: c.id } })).map(
      (r) => r.threshold,
    );
    expect(thresholds.sort()).toEqual(["DUE_IN_2", "DUE_IN_7", "OVERDUE"]);
  });

  it("sends unassigned cases' reminders to the privacy officers", async () => {
    const c = await caseDueIn(4, { assigned: false });
    await runReminderSweep(database.prisma, NOW);
    const to = (await database.prisma.outboxEmail.findMany({ where: { caseId: c.id } })).map((e) => e.to);
    expect(to.sort()).toEqual([...officers].sort());
  });

  it("starts over for a new due date (after an extension)", async () => {
    const c = await caseDueIn(3);
    await runReminderSweep(database.prisma, NOW);
    const later = new Date(NOW.getTime() + 6 * DAY);
    await database.prisma.case.update({
      where: { id: c.id },
      data: {
        dueAt: later,
        dueDate: later.toISOString().slice(0, 10),
        nextReminderAt: new Date(later.getTime() - 7 * DAY),
      },
    });
    expect((await runReminderSweep(database.prisma, NOW)).dueIn7).toBe(1);
  });

  it("sends nothing twice when a recomputed deadline keeps the same due date", async () => {
    const c = await caseDueIn(5);
    await runReminderSweep(database.prisma, NOW);
    // e.g. a pause and resume on the same day: the due date and the reminder clock are set again
    await database.prisma.case.update({
      where: { id: c.id },
      data: { nextReminderAt: new Date(c.dueAt.getTime() - 7 * DAY) },
    });
    expect(await runReminderSweep(database.prisma, NOW)).toMatchObject({ dueIn7: 0, emails: 0 });
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.nextReminderAt?.toISOString()).toBe(new Date(c.dueAt.getTime() - 2 * DAY).toISOString());
  });

  it("works through more cases than one batch", async () => {
    const requester = await database.prisma.requester.create({ data: { email: "bulk@example.com", name: "B" } });
    const dueAt = new Date(NOW.getTime() + 3 * DAY);
    await database.prisma.case.createMany({
      data: Array.from({ length: 1200 }, (_, i) => ({
        reference: `DSR-2025-${String(i + 1).padStart(6, "0")}`,
        type: "ACCESS" as const,
        status: "IN_PROGRESS" as const,
        regime: "DEFAULT" as const,
        channel: "WEB" as const,
        receivedAt: NOW,
        dueAt,
        dueDate: "2026-06-13",
        originalDueAt: dueAt,
        nextReminderAt: new Date(dueAt.getTime() - 7 * DAY),
        policy: DEFAULT_POLICIES.DEFAULT,
        requesterId: requester.id,
        assigneeId: assignee.id,
      })),
    });
    expect((await runReminderSweep(database.prisma, NOW)).dueIn7).toBe(1200);
    expect((await runReminderSweep(database.prisma, NOW)).dueIn7).toBe(0);
  });

  it("two sweeps at once send each reminder once", async () => {
    for (let i = 0; i < 40; i++) await caseDueIn((i % 9) - 2);
    const [a, b] = await Promise.all([runReminderSweep(database.prisma, NOW), runReminderSweep(database.prisma, NOW)]);
    const total = (r: typeof a) => r.dueIn7 + r.dueIn2 + r.overdue;
    expect(total(a) + total(b)).toBe(40);
    expect(await database.prisma.caseReminder.count()).toBe(40);
    const emails = await database.prisma.outboxEmail.findMany({ select: { caseId: true, to: true } });
    expect(new Set(emails.map((e) => `${e.caseId}|${e.to}`)).size).toBe(emails.length);
  });
});
