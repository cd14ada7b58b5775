import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { logCase } from "../support/log-case";
import { createCustomer } from "@/lib/server/customers/create-customer";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { respondToRouting } from "@/lib/server/routing/respond-to-routing";
import { runRoutingSweep } from "@/lib/server/routing/run-routing-sweep";
import { confirmAndRoute, registerCustomer, type RegisteredCustomer } from "../support/customers";
import { lastEmailPayload, renderedEmail } from "../support/outbox";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Monday 16 November 2026, 10:00 in Dublin (UTC in winter); EU_GDPR counts Irish business days.
const SENT_AT = new Date("2026-11-16T10:00:00Z");
// The fifth business day after it is Monday 23 November; the tenth, Monday 30 November.
const BEFORE_REMINDER = new Date("2026-11-23T23:00:00Z");
const REMINDER_DUE = new Date("2026-11-24T00:00:00Z");
const BEFORE_ESCALATION = new Date("2026-11-30T23:00:00Z");
const ESCALATION_DUE = new Date("2026-12-01T00:00:00Z");

describe("the routing clock sweep", () => {
  let database: TestDatabase;
  let officer: Actor;
  let officers: string[];
  let analyst: Actor;
  let customer: RegisteredCustomer;
  let counter = 0;

  async function routedCase(options: { assignee?: Actor; sentAt?: Date; to?: RegisteredCustomer } = {}) {
    counter++;
    const sentAt = options.sentAt ?? SENT_AT;
    const logged = await logCase(
      {
        type: "ACCESS",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(sentAt.getTime() - 86_400_000),
        requester: { email: `requester-${counter}@example.com`, name: "A Person" },
      },
      officer,
      sentAt,
    );
    const caseId = logged.id;
    if (options.assignee) {
      await database.prisma.case.update({
        where: { id: caseId },
        data: { assigneeId: options.assignee.id, status: "IN_PROGRESS" },
      });
    }
    await confirmAndRoute(database.prisma, caseId, options.to ?? customer, officer, sentAt);
    return { caseId, reference: logged.reference };
  }

  const emailsOf = (caseId: string, template: string) =>
    database.prisma.outboxEmail.findMany({ where: { caseId, template }, orderBy: { to: "asc" } });

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    officers = [officer.email, (await createStaff(database.prisma, { role: "PRIVACY_OFFICER" })).email];
    await createStaff(database.prisma, { role: "PRIVACY_OFFICER", disabled: true });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    customer = await registerCustomer(database.prisma, {
      name: "Northwind Retail Ltd",
      contactEmails: ["privacy@northwind.example", "dpo@northwind.example"],
    });
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    // Audit events are append-only and keep their cases: earlier tests' routed cases are retired instead.
    await database.prisma.case.updateMany({ where: { status: "ROUTED" }, data: { status: "CLOSED" } });
  });

  it("reminds the customer once, at the end of the fifth business day", async () => {
    const { caseId, reference } = await routedCase();
    expect(await runRoutingSweep(database.prisma, new Date("2026-11-20T23:00:00Z"))).toEqual({
      reminded: 0,
      escalated: 0,
      emails: 0,
    });
    expect(await runRoutingSweep(database.prisma, BEFORE_REMINDER)).toEqual({ reminded: 0, escalated: 0, emails: 0 });

    expect(await runRoutingSweep(database.prisma, REMINDER_DUE)).toEqual({ reminded: 1, escalated: 0, emails: 2 });
    const reminders = await emailsOf(caseId, "customer-routing-reminder");
    expect(reminders.map((e) => e.to)).toEqual(["dpo@northwind.example", "privacy@northwind.example"]);
    expect(reminders[0]!.payload).toEqual({ reference, customerName: "Northwind Retail Ltd", sentOn: "2026-11-16" });
    const routing = await database.prisma.customerRouting.findFirstOrThrow({ where: { caseId } });
    expect(routing.remindedAt).toEqual(REMINDER_DUE);
    expect(routing.escalatedAt).toBeNull();

    // Later passes, however many, send nothing more until the escalation.
    expect(await runRoutingSweep(database.prisma, REMINDER_DUE)).toEqual({ reminded: 0, escalated: 0, emails: 0 });
    expect(await runRoutingSweep(database.prisma, BEFORE_ESCALATION)).toEqual({ reminded: 0, escalated: 0, emails: 0 });
    expect(await emailsOf(caseId, "customer-routing-reminder")).toHaveLength(2);
    const audit = await database.prisma.auditEvent.findMany({ where: { caseId, type: "routing.reminded" } });
    expect(audit.map((e) => [e.actorKind, e.data])).toEqual([
      ["SYSTEM", { routingId: routing.id, customerId: customer.id, contacts: 2 }],
    ]);
  });

  it("reminds each customer's contacts in the language saved on the customer", async () => {
    const { customerId } = await createCustomer(
      { name: "Contoso 云服务", contactEmails: "privacy@contoso.example", active: "on", locale: "zh" },
      officer,
    );
    const [contact] = await database.prisma.customerContact.findMany({ where: { customerId } });
    const chinese = await routedCase({ to: { id: customerId, contactIds: [contact!.id] } });
    const english = await routedCase();
    expect(await runRoutingSweep(database.prisma, REMINDER_DUE)).toEqual({ reminded: 2, escalated: 0, emails: 3 });

    const [toContoso] = await emailsOf(chinese.caseId, "customer-routing-reminder");
    expect(toContoso).toMatchObject({ to: "privacy@contoso.example", locale: "zh" });
    const zh = renderedEmail(toContoso!);
    expect(zh.subject).toBe(`提醒：个人信息主体请求 ${chinese.reference} 仍待 Contoso 云服务 处理`);
    expect(zh.text).toContain(`我们已于 2026-11-16 向您转交一项个人信息主体请求（${chinese.reference}）`);
    expect(zh.text).toContain("请回复本邮件");

    const toNorthwind = await emailsOf(english.caseId, "customer-routing-reminder");
    expect(toNorthwind.map((e) => e.locale)).toEqual(["en", "en"]);
    const en = renderedEmail(toNorthwind[0]!);
    expect(en.subject).toBe(`Reminder: data-subject request ${english.reference} awaits Northwind Retail Ltd`);
    expect(en.text).not.toMatch(/\p{Script=Han}/u);
  });

  it("reminds only the contacts the customer still lists, and nobody once none is", async () => {
    const { caseId } = await routedCase();
    // Sent a week later: its reminder falls due at the end of Monday 30 November.
    const second = await routedCase({ sentAt: new Date("2026-11-23T10:00:00Z") });
    const removeContact = (email: string) =>
      database.prisma.customerContact.updateMany({
        where: { customerId: customer.id, email },
        data: { removedAt: BEFORE_REMINDER },
      });
    try {
      await removeContact("dpo@northwind.example");
      expect(await runRoutingSweep(database.prisma, REMINDER_DUE)).toEqual({ reminded: 1, escalated: 0, emails: 1 });
      expect((await emailsOf(caseId, "customer-routing-reminder")).map((e) => e.to)).toEqual([
        "privacy@northwind.example",
      ]);

      await removeContact("privacy@northwind.example");
      await runRoutingSweep(database.prisma, new Date("2026-12-01T00:00:00Z"));
      expect(await emailsOf(second.caseId, "customer-routing-reminder")).toEqual([]);
      const audit = await database.prisma.auditEvent.findFirstOrThrow({
        where: { caseId: second.caseId, type: "routing.reminded" },
      });
      expect(audit.data).toMatchObject({ contacts: 0 });
    } finally {
      await database.prisma.customerContact.updateMany({
        where: { customerId: customer.id },
        data: { removedAt: null },
      });
    }
  });

  it("escalates to the active privacy officers and the assignee once, after ten business days", async () => {
    const { caseId, reference } = await routedCase({ assignee: analyst });
    expect((await runRoutingSweep(database.prisma, BEFORE_ESCALATION)).escalated).toBe(0);
    // The reminder went out on the way; the escalation waits for the tenth business day to end.
    expect(await emailsOf(caseId, "staff-routing-alert")).toEqual([]);

    expect(await runRoutingSweep(database.prisma, ESCALATION_DUE)).toEqual({ reminded: 0, escalated: 1, emails: 3 });
    const alerts = await emailsOf(caseId, "staff-routing-alert");
    expect(alerts.map((e) => e.to)).toEqual([...officers, analyst.email].sort());
    expect(alerts[0]!.payload).toEqual({
      reference,
      caseId,
      customerName: "Northwind Retail Ltd",
      reason: "NOT_ACKNOWLEDGED",
      days: 10,
    });
    expect(await runRoutingSweep(database.prisma, new Date("2026-12-15T00:00:00Z"))).toEqual({
      reminded: 0,
      escalated: 0,
      emails: 0,
    });
    expect(await emailsOf(caseId, "staff-routing-alert")).toHaveLength(3);
    expect(await database.prisma.auditEvent.count({ where: { caseId, type: "routing.escalated" } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { caseId, type: "routing.reminded" } })).toBe(1);
  });

  it("skips the Irish bank holiday when counting", async () => {
    // Monday 19 October 2026; Monday 26 October is the October bank holiday.
    const { caseId } = await routedCase({ sentAt: new Date("2026-10-19T10:00:00Z") });
    expect((await runRoutingSweep(database.prisma, new Date("2026-10-26T23:30:00Z"))).reminded).toBe(0);
    expect((await runRoutingSweep(database.prisma, new Date("2026-10-27T22:00:00Z"))).reminded).toBe(0);
    expect((await runRoutingSweep(database.prisma, new Date("2026-10-28T00:00:00Z"))).reminded).toBe(1);
    expect(await emailsOf(caseId, "customer-routing-reminder")).toHaveLength(2);
  });

  it("leaves an acknowledged routing alone, and a revoked or closed one", async () => {
    const acknowledged = await routedCase();
    const { token } = await lastEmailPayload<{ token: string }>(
      database.prisma,
      acknowledged.caseId,
      "customer-routed-request",
    );
    await respondToRouting({ token, response: "ACKNOWLEDGE" }, new Date("2026-11-18T09:00:00Z"));
    const revoked = await routedCase();
    await database.prisma.customerRouting.updateMany({
      where: { caseId: revoked.caseId },
      data: { state: "REVOKED", revokedAt: SENT_AT },
    });
    const closedByStaff = await routedCase();
    await database.prisma.case.update({ where: { id: closedByStaff.caseId }, data: { status: "CLOSED" } });

    expect(await runRoutingSweep(database.prisma, ESCALATION_DUE)).toEqual({ reminded: 0, escalated: 0, emails: 0 });
    for (const { caseId } of [acknowledged, revoked, closedByStaff]) {
      expect(await emailsOf(caseId, "customer-routing-reminder")).toEqual([]);
      expect(await emailsOf(caseId, "staff-routing-alert")).toEqual([]);
    }
  });

  it("two sweeps at once send each reminder and each escalation once", async () => {
    const cases = [];
    for (let i = 0; i < 6; i++) cases.push(await routedCase());
    const [a, b] = await Promise.all([
      runRoutingSweep(database.prisma, ESCALATION_DUE),
      runRoutingSweep(database.prisma, ESCALATION_DUE),
    ]);
    expect(a.reminded + b.reminded).toBe(6);
    expect(a.escalated + b.escalated).toBe(6);
    const ids = cases.map((c) => c.caseId);
    const emails = await database.prisma.outboxEmail.findMany({
      where: { caseId: { in: ids }, template: { in: ["customer-routing-reminder", "staff-routing-alert"] } },
    });
    expect(emails).toHaveLength(6 * 2 + 6 * 2);
    expect(new Set(emails.map((e) => `${e.template}|${e.caseId}|${e.to}`)).size).toBe(emails.length);
    expect(await database.prisma.auditEvent.count({ where: { caseId: { in: ids }, type: "routing.reminded" } })).toBe(
      6,
    );
    expect(await database.prisma.auditEvent.count({ where: { caseId: { in: ids }, type: "routing.escalated" } })).toBe(
      6,
    );
  });

  it("works through more routings than one batch", async () => {
    const { caseId } = await routedCase();
    const routing = await database.prisma.customerRouting.findFirstOrThrow({ where: { caseId } });
    // Extra open routings on the same case stand in for many routed cases (the claim is per routing).
    await database.prisma.customerRouting.createMany({
      data: Array.from({ length: 249 }, () => ({
        caseId,
        customerId: customer.id,
        contactEmails: ["privacy@northwind.example"],
        tokenHash: randomBytes(32).toString("hex"),
        expiresAt: routing.expiresAt,
        sentAt: routing.sentAt,
        remindAt: routing.remindAt,
        escalateAt: routing.escalateAt,
      })),
    });
    expect(await runRoutingSweep(database.prisma, REMINDER_DUE)).toMatchObject({ reminded: 250, escalated: 0 });
    expect((await runRoutingSweep(database.prisma, REMINDER_DUE)).reminded).toBe(0);
    expect(await database.prisma.customerRouting.count({ where: { caseId, remindedAt: null } })).toBe(0);
  });
});
