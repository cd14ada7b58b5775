import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { runPeriodicSweeps } from "@/lib/jobs/periodic-sweeps";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { assignCase } from "@/lib/server/cases/assign-case";
import { logCase } from "../support/log-case";
import { resolveCase } from "@/lib/server/cases/resolve-case";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { correctionRequest } from "../support/requests";
import { createCaseDueAt } from "../support/cases";
import { confirmAndRoute, registerCustomer } from "../support/customers";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { sealAudit } from "../support/audit-seal";

const DAY = 86_400_000;
// Monday 16 November 2026, 10:00 in Dublin: routings sent then are past their reminder (5 business days)
// and their escalation (10) by the sweep below.
const ROUTED_AT = new Date("2026-11-16T10:00:00Z");
// Tuesday 1 December 2026, 08:00 UTC: after the digest hour (07:00) and the retention hour (02:00).
const NOW = new Date("2026-12-01T08:00:00Z");

const REMINDER_CASES = 30;
const ROUTED_CASES = 4;
const UNCONFIRMED_REQUESTS = 5;
const OLD_CLOSED_CASES = 4;

/*
 * Two app servers (or a server and `npm run worker`) run the periodic sweep on their own timers; sooner or
 * later two passes start at the same moment. Each kind of work must still happen once: every deadline
 * reminder, routing reminder and escalation, expiry notice and digest is queued once, every case
 * anonymized once. On PostgreSQL the two passes use separate clients (separate connection pools).
 */
describe("two periodic sweeps at the same moment", () => {
  let database: TestDatabase;
  let officer: Actor;
  let analyst: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
  });
  afterAll(() => database.drop());

  async function caseDueIn(index: number, days: number) {
    await createCaseDueAt(database.prisma, new Date(NOW.getTime() + days * DAY), {
      reference: `DSR-2026-9${String(index).padStart(5, "0")}`,
      requester: { email: `r${index}@example.com`, name: "R" },
      // Every third case unassigned: its reminders go to the privacy officers.
      assigneeId: index % 3 === 0 ? null : analyst.id,
    });
  }

  async function routedCase(index: number) {
    const customer = await registerCustomer(database.prisma, {
      name: `Customer ${index} Ltd`,
      contactEmails: [`privacy@customer-${index}.example`],
    });
    const logged = await logCase(
      {
        type: "ACCESS",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(ROUTED_AT.getTime() - DAY),
        requester: { email: `routed-${index}@example.com`, name: "A Person" },
      },
      officer,
      ROUTED_AT,
    );
    await confirmAndRoute(database.prisma, logged.id, customer, officer, ROUTED_AT);
  }

  async function closedLongAgo(index: number) {
    const logged = await logCase(
      {
        type: "ACCESS",
        regime: "UK_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - DAY).toISOString(),
        requester: { email: `closed-${index}@example.com`, name: `Requester ${index}` },
      },
      officer,
    );
    await assignCase({ caseId: logged.id, assigneeId: officer.id }, officer);
    await resolveCase(
      { caseId: logged.id, outcome: "FULFILLED", summary: "Sent the data.", confirmUnticked: true },
      officer,
    );
    const closedAt = new Date(NOW.getTime() - 1200 * DAY);
    await database.prisma.case.update({ where: { id: logged.id }, data: { closedAt } });
    await database.prisma.outboxEmail.updateMany({
      where: { caseId: logged.id },
      data: { status: "SENT", sentAt: closedAt },
    });
    return logged.id;
  }

  it("queue each reminder, escalation, expiry notice and digest once, and anonymize each case once", async () => {
    for (let i = 0; i < REMINDER_CASES; i++) await caseDueIn(i, (i % 9) - 2);
    for (let i = 0; i < ROUTED_CASES; i++) await routedCase(i);
    for (let i = 0; i < UNCONFIRMED_REQUESTS; i++) {
      await submitRequest(
        { request: correctionRequest(), files: [], channel: "WEB", ip: `198.51.100.${i + 1}` },
        new Date(NOW.getTime() - 8 * DAY),
      );
    }
    const oldCases: string[] = [];
    for (let i = 0; i < OLD_CLOSED_CASES; i++) oldCases.push(await closedLongAgo(i));
    const emailsBefore = new Set(
      (await database.prisma.outboxEmail.findMany({ select: { id: true } })).map((e) => e.id),
    );

    const other = database.anotherConnection();
    const [a, b] = await Promise.all([
      runPeriodicSweeps(database.prisma, NOW),
      runPeriodicSweeps(other.prisma, NOW),
    ]).finally(() => other.close());

    // Each piece of work was done by one of the two passes, and all of it was done.
    const reminders = (r: typeof a) => r.reminders.dueIn7 + r.reminders.dueIn2 + r.reminders.overdue;
    expect(reminders(a) + reminders(b)).toBe(REMINDER_CASES);
    expect(await database.prisma.caseReminder.count()).toBe(REMINDER_CASES);
    expect(a.routing.reminded + b.routing.reminded).toBe(ROUTED_CASES);
    expect(a.routing.escalated + b.routing.escalated).toBe(ROUTED_CASES);
    expect(a.expired + b.expired).toBe(UNCONFIRMED_REQUESTS);
    expect([a.digest.queued, b.digest.queued].filter(Boolean)).toHaveLength(1);
    expect((a.retention?.anonymized ?? 0) + (b.retention?.anonymized ?? 0)).toBe(OLD_CLOSED_CASES);

    // No email was queued twice: one per template, case and recipient (the digest has no case).
    const queued = (
      await database.prisma.outboxEmail.findMany({ select: { id: true, template: true, caseId: true, to: true } })
    ).filter((e) => !emailsBefore.has(e.id));
    const keys = queued.map((e) => `${e.template}|${e.caseId ?? "-"}|${e.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    const digestEmails = (r: typeof a) => (r.digest.queued ? r.digest.recipients : 0);
    expect(queued).toHaveLength(
      a.reminders.emails +
        b.reminders.emails +
        a.routing.emails +
        b.routing.emails +
        UNCONFIRMED_REQUESTS +
        digestEmails(a) +
        digestEmails(b),
    );
    const byTemplate = Object.fromEntries(
      ["customer-routing-reminder", "staff-routing-alert", "requester-expired"].map((t) => [
        t,
        queued.filter((e) => e.template === t).length,
      ]),
    );
    // Routing: the customer's one contact reminded, the two active privacy officers alerted, per case.
    expect(byTemplate).toEqual({
      "customer-routing-reminder": ROUTED_CASES,
      "staff-routing-alert": ROUTED_CASES * 2,
      "requester-expired": UNCONFIRMED_REQUESTS,
    });

    const anonymized = await database.prisma.auditEvent.groupBy({
      by: ["caseId"],
      where: { type: "case.anonymized" },
      _count: { _all: true },
    });
    expect(anonymized.map((e) => [e.caseId, e._count._all]).sort()).toEqual(oldCases.map((id) => [id, 1]).sort());
    expect(await database.prisma.case.count({ where: { id: { in: oldCases }, anonymizedAt: null } })).toBe(0);
    await sealAudit(database.prisma);
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, unsealed: { count: 0 } });
  });
});
