import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { runPeriodicSweeps } from "@/lib/jobs/periodic-sweeps";
import { runTaskSweep } from "@/lib/server/fulfilment/run-task-sweep";
import { logCase } from "../support/log-case";
import { renderedEmail } from "../support/outbox";
import { createStaff } from "../support/staff";
import { createAnnouncedTask, createSystem } from "../support/tasks";
import { createTestDatabase, type TestDatabase } from "../support/test-database";


describe("the fulfilment clock: reminders to a task's owners, then the officers' alert", () => {
  let database: TestDatabase;
  let officer: Actor;
  let owner: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    owner = await createStaff(database.prisma, { role: "ANALYST" });
    await database.prisma.user.update({ where: { id: owner.id }, data: { locale: "zh" } });
  });
  afterAll(() => database.drop());

  async function openTask(ownerEmails: string[], ownerIds: string[] = []) {
    const created = await logCase(
      {
        type: "DELETION",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        requester: { email: `sweep-${Math.random().toString(36).slice(2)}@example.com`, name: "Sam Sweep" },
      },
      officer,
    );
    const system = await createSystem(database.prisma, { ownerEmails, ownerIds });
    const task = await createAnnouncedTask(database.prisma, created.id, system);
    return { caseId: created.id, system, task };
  }

  it("reminds outside and staff owners once at the reminder time, each in their language, then alerts the officers once", async () => {
    const { caseId, task, system } = await openTask(["erp@systems.example"], [owner.id]);
    const early = await runTaskSweep(database.prisma, new Date(task.remindAt!.getTime() - 1000));
    expect(early.reminded).toBe(0);
    const atRemind = new Date(task.remindAt!.getTime() + 1000);
    const first = await runTaskSweep(database.prisma, atRemind);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const again = await runTaskSweep(database.prisma, atRemind);
    expect(again.reminded).toBe(0);
    const reminders = await database.prisma.outboxEmail.findMany({ where: { caseId, template: "task-reminder" } });
    expect(reminders.map((r) => [r.to, r.locale]).sort()).toEqual(
      [
        ["erp@systems.example", "en"],
        [owner.email, "zh"],
      ].sort(),
    );
    const toStaff = renderedEmail(reminders.find((r) => r.to === owner.email)!);
    expect(toStaff.text).toContain("https://rd.example/tasks");
    expect(toStaff.text).toContain(system.name);
    const [reminded] = await database.prisma.auditEvent.findMany({ where: { caseId, type: "task.reminded" } });
    expect(reminded!.data).toEqual({ taskId: task.id, systemId: system.id, recipients: 2 });

    const atEscalate = new Date(task.escalateAt!.getTime() + 1000);
    await runTaskSweep(database.prisma, atEscalate);
    await runTaskSweep(database.prisma, atEscalate);
    const alerts = await database.prisma.outboxEmail.findMany({ where: { caseId, template: "task-escalated" } });
    expect(alerts.map((a) => a.to)).toContain(officer.email);
    expect(new Set(alerts.map((a) => a.to)).size).toBe(alerts.length);
    expect(await database.prisma.auditEvent.count({ where: { caseId, type: "task.escalated" } })).toBe(1);
  });

  it("leaves finished tasks and closed cases alone, and an outside owner whose link was revoked hears nothing more", async () => {
    const finished = await openTask(["a@systems.example"]);
    await database.prisma.fulfilmentTask.update({
      where: { id: finished.task.id },
      data: { state: "DONE", result: "DELETED" },
    });
    const closed = await openTask(["b@systems.example"]);
    await database.prisma.case.update({
      where: { id: closed.caseId },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    const revoked = await openTask(["c@systems.example"]);
    await database.prisma.fulfilmentTask.update({
      where: { id: revoked.task.id },
      data: { linkRevokedAt: new Date() },
    });
    // Swept when the revoked task's reminder falls due (its link not yet expired: only the revocation stops
    // the reminder), then when its escalation does.
    await runPeriodicSweeps(database.prisma, new Date(revoked.task.remindAt!.getTime() + 1000));
    await runPeriodicSweeps(database.prisma, new Date(revoked.task.escalateAt!.getTime() + 1000));
    for (const { caseId } of [finished, closed]) {
      expect(
        await database.prisma.outboxEmail.count({
          where: { caseId, template: { in: ["task-reminder", "task-escalated"] } },
        }),
      ).toBe(0);
    }
    expect(
      await database.prisma.outboxEmail.count({ where: { caseId: revoked.caseId, template: "task-reminder" } }),
    ).toBe(0);
    // Still open: the officers hear of it.
    expect(
      await database.prisma.outboxEmail.count({ where: { caseId: revoked.caseId, template: "task-escalated" } }),
    ).toBeGreaterThan(0);
  });

  it("two sweeps at once remind each task once (claims skip what the other holds)", async () => {
    const tasks = await Promise.all(Array.from({ length: 6 }, (_, i) => openTask([`p${i}@systems.example`])));
    const when = new Date(Math.max(...tasks.map((t) => t.task.remindAt!.getTime())) + 1000);
    const other = database.anotherConnection();
    try {
      const [a, b] = await Promise.all([runTaskSweep(database.prisma, when), runTaskSweep(other.prisma, when)]);
      expect(a.reminded + b.reminded).toBeGreaterThanOrEqual(tasks.length);
    } finally {
      await other.close();
    }
    for (const { caseId } of tasks) {
      expect(await database.prisma.outboxEmail.count({ where: { caseId, template: "task-reminder" } })).toBe(1);
      expect(await database.prisma.auditEvent.count({ where: { caseId, type: "task.reminded" } })).toBe(1);
    }
  });
});
