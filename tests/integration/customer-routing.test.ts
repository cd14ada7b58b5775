import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { hashToken } from "@/lib/crypto/tokens";
import { AppError } from "@/lib/errors/app-error";
import { logReceivedRequest } from "@/lib/server/cases/log-received-request";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { closeAsTransferred } from "@/lib/server/routing/close-as-transferred";
import { customerRoutingView } from "@/lib/server/routing/customer-routing-view";
import { resendRouting } from "@/lib/server/routing/resend-routing";
import { respondToRouting } from "@/lib/server/routing/respond-to-routing";
import { revokeRouting } from "@/lib/server/routing/revoke-routing";
import { routeToCustomer } from "@/lib/server/routing/route-to-customer";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("routing a request to the cloud customer", () => {
  let database: TestDatabase;
  let officer: Actor;
  let auditor: Actor;
  let acme: string;
  let globex: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    acme = (
      await database.prisma.cloudCustomer.create({
        data: { name: "Acme Cloud Ltd", contactEmails: ["privacy@acme.example", "dpo@acme.example"] },
      })
    ).id;
    globex = (await database.prisma.cloudCustomer.create({ data: { name: "Globex", contactEmails: ["privacy@globex.example"] } })).id;
  });
  afterAll(() => database.drop());

  async function newCase(customerId: string | null = acme) {
    const created = await logReceivedRequest(
      {
        type: "DELETION",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        requester: { email: `routed-${Math.random().toString(36).slice(2)}@example.com`, name: "Rory Routed" },
      },
      officer,
    );
    if (customerId) await database.prisma.case.update({ where: { id: created.id }, data: { customerId } });
    return created.id;
  }
  /** The link token as the customer's email carries it (the outbox keeps it until the email is sent). */
  async function tokenSentTo(caseId: string, to: string): Promise<string> {
    const email = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId, template: "customer-routed-request", to },
      orderBy: { createdAt: "desc" },
    });
    return (email.payload as { token: string }).token;
  }
  const caseRow = (id: string) => database.prisma.case.findUniqueOrThrow({ where: { id } });

  it("sends the customer's contacts a secure link and tells the requester who decides", async () => {
    const id = await newCase();
    await routeToCustomer({ caseId: id }, officer);
    const found = await caseRow(id);
    expect(found.status).toBe("ROUTED");
    expect(found.routingState).toBe("SENT");
    const routing = await database.prisma.customerRouting.findFirstOrThrow({ where: { caseId: id } });
    expect(routing.contactEmails).toEqual(["privacy@acme.example", "dpo@acme.example"]);
    const token = await tokenSentTo(id, "dpo@acme.example");
    expect(routing.tokenHash).toBe(hashToken(token));
    expect(routing.tokenHash).not.toContain(token);
    expect(routing.remindAt!.getTime()).toBeGreaterThan(routing.sentAt.getTime() + 5 * 86_400_000);
    expect(routing.escalateAt!.getTime()).toBeGreaterThan(routing.remindAt!.getTime());
    const requesterEmail = await database.prisma.outboxEmail.findFirstOrThrow({ where: { caseId: id, template: "requester-routed" } });
    expect(requesterEmail.payload).toMatchObject({ customerName: "Acme Cloud Ltd", customerContacts: ["privacy@acme.example", "dpo@acme.example"] });
    const view = await customerRoutingView(token);
    expect(view.reference).toBe(found.reference);
    expect(view.requester.email).toMatch(/^routed-/);
  });

  it("needs a confirmed or chosen customer, and refuses auditors", async () => {
    const id = await newCase(null);
    const missing = await appError(routeToCustomer({ caseId: id }, officer));
    expect(missing.fieldErrors?.customerId).toEqual(["Confirm the customer first, or choose one."]);
    expect((await appError(routeToCustomer({ caseId: id, customerId: acme }, auditor))).code).toBe("FORBIDDEN");
    expect((await caseRow(id)).status).toBe("NEW");
    expect(await database.prisma.customerRouting.count({ where: { caseId: id } })).toBe(0);
  });

  it("closes the case as transferred when the customer acknowledges, and refuses a conflicting second answer", async () => {
    const id = await newCase();
    await routeToCustomer({ caseId: id }, officer);
    const token = await tokenSentTo(id, "privacy@acme.example");
    await respondToRouting({ token, response: "ACKNOWLEDGE" });
    let found = await caseRow(id);
    expect(found.status).toBe("CLOSED");
    expect(found.outcome).toBe("TRANSFERRED_TO_CONTROLLER");
    expect(found.routingState).toBe("ACKNOWLEDGED");
    const decline = await appError(respondToRouting({ token, response: "DECLINE", declineReason: "NOT_OUR_CUSTOMER" }));
    expect(decline.code).toBe("CONFLICT");
    await respondToRouting({ token, response: "COMPLETE", note: "Erased on 2026-11-30." });
    found = await caseRow(id);
    expect(found.routingState).toBe("COMPLETED_BY_CONTROLLER");
    expect(found.outcome).toBe("TRANSFERRED_TO_CONTROLLER");
    const events = await database.prisma.auditEvent.findMany({ where: { caseId: id, actorKind: "CUSTOMER" } });
    expect(events.map((e) => e.type)).toEqual(["routing.acknowledge", "routing.complete"]);
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain("Erased on");
  });

  it("puts a declined request back in progress and alerts the privacy officers", async () => {
    const id = await newCase();
    await routeToCustomer({ caseId: id }, officer);
    const token = await tokenSentTo(id, "privacy@acme.example");
    const noReason = await appError(respondToRouting({ token, response: "DECLINE" }));
    expect(noReason.fieldErrors?.declineReason).toBeDefined();
    await respondToRouting({ token, response: "DECLINE", declineReason: "NOT_OUR_DATA_SUBJECT", note: "No such user" });
    const found = await caseRow(id);
    expect(found.status).toBe("IN_PROGRESS");
    expect(found.routingState).toBe("DECLINED_BY_CONTROLLER");
    const alert = await database.prisma.outboxEmail.findFirstOrThrow({ where: { caseId: id, template: "staff-routing-alert" } });
    expect(alert.to).toBe(officer.email);
    expect((await appError(respondToRouting({ token, response: "ACKNOWLEDGE" }))).code).toBe("CONFLICT");
  });

  it("shows nothing for unknown, expired, revoked or replaced links", async () => {
    expect((await appError(customerRoutingView("x".repeat(43)))).code).toBe("NOT_FOUND");
    const id = await newCase();
    await routeToCustomer({ caseId: id }, officer);
    const first = await tokenSentTo(id, "privacy@acme.example");
    expect((await appError(customerRoutingView(first, new Date(Date.now() + 31 * 86_400_000)))).code).toBe("NOT_FOUND");
    await resendRouting({ caseId: id, contactEmail: "Named.Person@acme.example" }, officer);
    expect((await appError(customerRoutingView(first))).code).toBe("NOT_FOUND");
    const second = await tokenSentTo(id, "named.person@acme.example");
    expect((await customerRoutingView(second)).customerName).toBe("Acme Cloud Ltd");
    await revokeRouting({ caseId: id }, officer);
    expect((await appError(customerRoutingView(second))).code).toBe("NOT_FOUND");
    expect((await appError(respondToRouting({ token: second, response: "ACKNOWLEDGE" }))).code).toBe("NOT_FOUND");
    const found = await caseRow(id);
    expect(found.status).toBe("IN_PROGRESS");
    expect(found.routingState).toBe("REVOKED");
  });

  it("routes to another customer instead (the first link stops), and staff can close as transferred", async () => {
    const id = await newCase();
    await routeToCustomer({ caseId: id }, officer);
    const first = await tokenSentTo(id, "privacy@acme.example");
    await routeToCustomer({ caseId: id, customerId: globex }, officer);
    expect((await appError(customerRoutingView(first))).code).toBe("NOT_FOUND");
    expect((await caseRow(id)).customerId).toBe(globex);
    await closeAsTransferred({ caseId: id, reason: "Globex confirmed by phone on 30 Nov." }, officer);
    const found = await caseRow(id);
    expect(found.outcome).toBe("TRANSFERRED_TO_CONTROLLER");
    expect(await database.prisma.caseNote.count({ where: { caseId: id } })).toBe(1);
  });
});
