// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope } from "../support/request-scope";
import { renderPage } from "../support/render-page";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { hashToken } from "@/lib/crypto/tokens";
import { respondToRoutingAction } from "@/lib/actions/public/partner";
import { AppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";
import { logCase } from "../support/log-case";
import { reopenCase } from "@/lib/server/cases/reopen-case";
import { confirmCaseCustomer } from "@/lib/server/customers/confirm-case-customer";
import { createCustomer } from "@/lib/server/customers/create-customer";
import { updateCustomer } from "@/lib/server/customers/update-customer";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { closeAsTransferred } from "@/lib/server/routing/close-as-transferred";
import { customerRoutingView } from "@/lib/server/routing/customer-routing-view";
import { resendRouting } from "@/lib/server/routing/resend-routing";
import { respondToRouting } from "@/lib/server/routing/respond-to-routing";
import { revealRoutingRequester } from "@/lib/server/routing/reveal-routing-requester";
import { revokeRouting } from "@/lib/server/routing/revoke-routing";
import { routeToCustomer } from "@/lib/server/routing/route-to-customer";
import { withdrawRequest } from "@/lib/server/status/withdraw-request";
import { registerCustomer, type RegisteredCustomer } from "../support/customers";
import { lastEmailPayload, renderedEmail } from "../support/outbox";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { repeatedRuns } from "../support/visible-text";
import PartnerPage from "@/app/partner/[token]/page";
import { saidFields } from "../support/said";

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("routing a request to the cloud customer", () => {
  let database: TestDatabase;
  let officer: Actor;
  let analyst: Actor;
  let auditor: Actor;
  let acme: RegisteredCustomer;
  let globex: RegisteredCustomer;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    acme = await registerCustomer(database.prisma, {
      name: "Acme Cloud Ltd",
      contactEmails: ["privacy@acme.example", "dpo@acme.example"],
    });
    globex = await registerCustomer(database.prisma, { name: "Globex", contactEmails: ["privacy@globex.example"] });
  });
  afterAll(() => database.drop());

  async function newCase(customerId: string | null = acme.id) {
    const created = await logCase(
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
  /** Routes a case to all of Acme's listed contacts, as the case page's form sends it by default. */
  const routeToAcme = (caseId: string, actor = officer) =>
    routeToCustomer({ caseId, customerId: acme.id, contactIds: acme.contactIds }, actor);
  /** The link token as the customer's email carries it (the outbox keeps it until the email is sent). */
  async function tokenSentTo(caseId: string, to: string): Promise<string> {
    const email = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId, template: "customer-routed-request", to },
      orderBy: { createdAt: "desc" },
    });
    return (email.payload as { token: string }).token;
  }
  const caseRow = (id: string) => database.prisma.case.findUniqueOrThrow({ where: { id } });
  const eventsOf = (caseId: string, type: string) =>
    database.prisma.auditEvent.findMany({ where: { caseId, type }, orderBy: { id: "asc" } });

  it("sends the chosen listed contacts a secure link, tells the requester who decides, and audits where it went by id", async () => {
    const id = await newCase();
    await routeToAcme(id);
    const found = await caseRow(id);
    expect(found.status).toBe("ROUTED");
    expect(found.routingState).toBe("SENT");
    const routing = await database.prisma.customerRouting.findFirstOrThrow({ where: { caseId: id } });
    expect(routing.contactEmails).toEqual(["privacy@acme.example", "dpo@acme.example"]);
    expect(routing.contactIds).toEqual(acme.contactIds);
    const token = await tokenSentTo(id, "dpo@acme.example");
    expect(routing.tokenHash).toBe(hashToken(token));
    expect(routing.tokenHash).not.toContain(token);
    expect(routing.remindAt!.getTime()).toBeGreaterThan(routing.sentAt.getTime() + 5 * 86_400_000);
    expect(routing.escalateAt!.getTime()).toBeGreaterThan(routing.remindAt!.getTime());
    const requesterEmail = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId: id, template: "requester-routed" },
    });
    expect(requesterEmail.payload).toMatchObject({
      customerName: "Acme Cloud Ltd",
      customerContacts: ["privacy@acme.example", "dpo@acme.example"],
    });
    const view = await customerRoutingView(token);
    expect(view.reference).toBe(found.reference);
    // The audit event says where the request went: the customer and its contacts by id, no address.
    const [routed] = await eventsOf(id, "case.routed");
    expect(routed!.data).toMatchObject({ customerId: acme.id, routingId: routing.id, contactIds: acme.contactIds });
    expect(JSON.stringify(routed!.data)).not.toContain("@");
  });

  it("writes to the customer's contacts in the language saved on the customer, and to the requester in theirs", async () => {
    const { customerId } = await createCustomer(
      { name: "Hooli 中国", contactEmails: "privacy@hooli.example", active: "on", locale: "zh" },
      officer,
    );
    const [contact] = await database.prisma.customerContact.findMany({ where: { customerId } });
    const id = await newCase(customerId);
    const { reference } = await caseRow(id);
    await routeToCustomer({ caseId: id, customerId, contactIds: [contact!.id] }, officer);
    const routed = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId: id, template: "customer-routed-request" },
    });
    expect(routed).toMatchObject({ to: "privacy@hooli.example", locale: "zh" });
    const chinese = renderedEmail(routed);
    expect(chinese.subject).toBe(`Hooli 中国 的个人信息主体请求 ${reference}`);
    expect(chinese.text).toContain("我们代表 Hooli 中国 处理个人信息");
    expect(chinese.text).toContain(`链接有效期至`);
    expect(chinese.text).toContain(`https://rd.example/partner/${await tokenSentTo(id, "privacy@hooli.example")}`);
    // The requester chose English: what they are told stays in English.
    const toRequester = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId: id, template: "requester-routed" },
    });
    expect(toRequester.locale).toBe("en");
    expect(renderedEmail(toRequester).subject).toBe(`Your request ${reference} was passed to Hooli 中国`);

    // An English customer still gets English.
    const english = await newCase();
    await routeToAcme(english);
    const toAcme = await database.prisma.outboxEmail.findMany({
      where: { caseId: english, template: "customer-routed-request" },
    });
    expect(toAcme.map((e) => e.locale)).toEqual(["en", "en"]);
    const acmeEmail = renderedEmail(toAcme[0]!);
    expect(acmeEmail.subject).toBe(`Data-subject request ${(await caseRow(english)).reference} for Acme Cloud Ltd`);
    expect(acmeEmail.text).not.toMatch(/\p{Script=Han}/u);

    // The language is read when the email is queued: once changed, a re-sent link goes out in English.
    await updateCustomer(
      { customerId, name: "Hooli 中国", contactEmails: "privacy@hooli.example", active: "on", locale: "en" },
      officer,
    );
    await resendRouting({ caseId: id, contactIds: [contact!.id] }, officer);
    const resent = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId: id, template: "customer-routed-request" },
      orderBy: { createdAt: "desc" },
    });
    expect(resent.locale).toBe("en");
    expect(renderedEmail(resent).subject).toBe(`Data-subject request ${reference} for Hooli 中国`);
  });

  it("refuses an address typed by hand, another customer's contact or an unconfirmed customer, with a field error, and changes nothing", async () => {
    const id = await newCase();
    const before = await caseRow(id);
    // What no form sends (the form's schema has no address to type): the use-case refuses it too.
    const typed = await appError(
      routeToCustomer({ caseId: id, customerId: acme.id, contactEmail: "leak@elsewhere.example" } as never, analyst),
    );
    expect(typed.code).toBe("VALIDATION");
    expect(saidFields(typed.fieldErrors?.contactEmail)[0]).toMatch(/listed privacy contacts/);
    const otherCustomers = await appError(
      routeToCustomer({ caseId: id, customerId: acme.id, contactIds: globex.contactIds }, analyst),
    );
    expect(otherCustomers.fieldErrors?.contactIds).toEqual(["choose_listed_contacts"]);
    const notConfirmed = await appError(
      routeToCustomer({ caseId: id, customerId: globex.id, contactIds: globex.contactIds }, analyst),
    );
    expect(notConfirmed.fieldErrors?.customerId).toEqual(["not_confirmed_customer"]);
    const notAnId = await appError(
      routeToCustomer({ caseId: id, customerId: acme.id, contactIds: ["leak@elsewhere.example"] }, analyst),
    );
    expect(notAnId.fieldErrors?.contactIds).toEqual(["choose_listed_contacts"]);
    const found = await caseRow(id);
    expect([found.status, found.routingState, found.version]).toEqual(["NEW", null, before.version]);
    expect(await database.prisma.customerRouting.count({ where: { caseId: id } })).toBe(0);
    expect(
      await database.prisma.outboxEmail.count({ where: { caseId: id, template: "customer-routed-request" } }),
    ).toBe(0);

    // Re-sending an open routing takes no typed address either.
    await routeToAcme(id, analyst);
    const resentTyped = await appError(
      resendRouting({ caseId: id, contactEmail: "leak@elsewhere.example" } as never, analyst),
    );
    expect(resentTyped.fieldErrors?.contactEmail).toBeDefined();
    expect(await database.prisma.outboxEmail.count({ where: { to: "leak@elsewhere.example" } })).toBe(0);
    expect(await database.prisma.customerRouting.count({ where: { caseId: id } })).toBe(1);
  });

  it("lets only officers and administrators add a contact, audited by id; then it can be chosen", async () => {
    const customer = await registerCustomer(database.prisma, {
      name: "Initech",
      contactEmails: ["privacy@initech.example"],
    });
    const row = await database.prisma.cloudCustomer.findUniqueOrThrow({ where: { id: customer.id } });
    const edit = {
      customerId: customer.id,
      name: "Initech",
      aliases: "",
      contactEmails: "privacy@initech.example\nnamed.person@initech.example",
      active: "on",
    };
    expect((await appError(updateCustomer(edit, analyst))).code).toBe("FORBIDDEN");
    expect(await database.prisma.customerContact.count({ where: { customerId: customer.id } })).toBe(1);

    await updateCustomer({ ...edit, expectedUpdatedAt: row.updatedAt.toISOString() }, officer);
    const contacts = await database.prisma.customerContact.findMany({
      where: { customerId: customer.id },
      orderBy: { position: "asc" },
    });
    expect(contacts.map((c) => [c.email, c.removedAt])).toEqual([
      ["privacy@initech.example", null],
      ["named.person@initech.example", null],
    ]);
    expect(contacts[0]!.id).toBe(customer.contactIds[0]); // an address that stays keeps its id
    const [updated] = await database.prisma.auditEvent.findMany({
      where: { type: "customer.updated" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(updated!.data).toEqual({
      customerId: customer.id,
      changed: ["contactEmails"],
      contactsAdded: [contacts[1]!.id],
      contactsRemoved: [],
    });

    // The analyst may now send to the contact an officer listed, and only to it.
    const id = await newCase(customer.id);
    await routeToCustomer({ caseId: id, customerId: customer.id, contactIds: [contacts[1]!.id] }, analyst);
    const routing = await database.prisma.customerRouting.findFirstOrThrow({ where: { caseId: id } });
    expect(routing.contactEmails).toEqual(["named.person@initech.example"]);
    expect((await eventsOf(id, "case.routed"))[0]!.data).toMatchObject({
      customerId: customer.id,
      contactIds: [contacts[1]!.id],
    });

    // Removed from the list, the contact can no longer be chosen, but its id still resolves.
    await updateCustomer({ ...edit, contactEmails: "privacy@initech.example" }, officer);
    const removed = await database.prisma.customerContact.findUniqueOrThrow({ where: { id: contacts[1]!.id } });
    expect(removed.removedAt).not.toBeNull();
    const resent = await appError(resendRouting({ caseId: id, contactIds: [removed.id] }, analyst));
    expect(resent.fieldErrors?.contactIds).toEqual(["choose_listed_contacts"]);
  });

  it("needs a confirmed customer, and refuses auditors", async () => {
    const id = await newCase(null);
    const missing = await appError(
      routeToCustomer({ caseId: id, customerId: acme.id, contactIds: acme.contactIds }, officer),
    );
    expect(missing.fieldErrors?.customerId).toEqual(["confirm_customer_first"]);
    expect((await appError(routeToAcme(id, auditor))).code).toBe("FORBIDDEN");
    expect((await caseRow(id)).status).toBe("NEW");
    expect(await database.prisma.customerRouting.count({ where: { caseId: id } })).toBe(0);
  });

  it("closes the case as transferred when the customer acknowledges, and refuses a conflicting second answer", async () => {
    const id = await newCase();
    await routeToAcme(id);
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
    await routeToAcme(id);
    const token = await tokenSentTo(id, "privacy@acme.example");
    const noReason = await appError(respondToRouting({ token, response: "DECLINE" } as never));
    expect(noReason.fieldErrors?.declineReason).toEqual(["decline_reason_required"]);
    await respondToRouting({ token, response: "DECLINE", declineReason: "NOT_OUR_DATA_SUBJECT", note: "No such user" });
    const found = await caseRow(id);
    expect(found.status).toBe("IN_PROGRESS");
    expect(found.routingState).toBe("DECLINED_BY_CONTROLLER");
    const alert = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId: id, template: "staff-routing-alert" },
    });
    expect(alert.to).toBe(officer.email);
    expect((await appError(respondToRouting({ token, response: "ACKNOWLEDGE" }))).code).toBe("CONFLICT");
  });

  it("shows nothing for unknown, expired, revoked or replaced links", async () => {
    expect((await appError(customerRoutingView("x".repeat(43)))).code).toBe("NOT_FOUND");
    const id = await newCase();
    await routeToAcme(id);
    const first = await tokenSentTo(id, "privacy@acme.example");
    expect((await appError(customerRoutingView(first, new Date(Date.now() + 31 * 86_400_000)))).code).toBe("NOT_FOUND");
    await resendRouting({ caseId: id, contactIds: [acme.contactIds[1]!] }, officer);
    expect((await appError(customerRoutingView(first))).code).toBe("NOT_FOUND");
    const second = await tokenSentTo(id, "dpo@acme.example");
    expect((await customerRoutingView(second)).customerName).toBe("Acme Cloud Ltd");
    const [resent] = await eventsOf(id, "routing.resent");
    expect(resent!.data).toMatchObject({ customerId: acme.id, contactIds: [acme.contactIds[1]!] });
    await revokeRouting({ caseId: id }, officer);
    expect((await appError(customerRoutingView(second))).code).toBe("NOT_FOUND");
    expect((await appError(respondToRouting({ token: second, response: "ACKNOWLEDGE" }))).code).toBe("NOT_FOUND");
    const found = await caseRow(id);
    expect(found.status).toBe("IN_PROGRESS");
    expect(found.routingState).toBe("REVOKED");
  });

  it("the customer's page shows its answer heading once, and the answer group keeps its name for screen readers", async () => {
    const id = await newCase();
    await routeToAcme(id);
    const token = await tokenSentTo(id, "privacy@acme.example");
    for (const [language, t] of [
      ["en", translatorFor("en")],
      ["zh-CN", translatorFor("zh")],
    ] as const) {
      const html = await inRequestScope(
        `http://localhost/partner/${token}`,
        { "accept-language": language },
        async () => renderPage(await PartnerPage({ params: Promise.resolve({ token }) })),
      );
      expect(html).toContain(`>${t("partner.answerTitle")}</h2>`);
      expect(repeatedRuns(html), language).toEqual([]);
      expect(html).toContain(`<legend class="sr-only">${t("partner.answerTitle")}</legend>`);
    }
  });

  it("the customer's form answers a dead link in their language, nothing recorded, keeping what they typed", async () => {
    const id = await newCase();
    await routeToAcme(id);
    const token = await tokenSentTo(id, "privacy@acme.example");
    await revokeRouting({ caseId: id }, officer);
    const form = new FormData();
    form.set("token", token);
    form.set("response", "ACKNOWLEDGE");
    form.set("note", "Seen.");
    const reply = await inRequestScope(`http://localhost/partner/${token}`, { "accept-language": "zh-CN,zh" }, () =>
      respondToRoutingAction(undefined, form),
    );
    expect(reply.error).toEqual({ "": [messages.zh.partner.linkGone] });
    expect(reply.initialValue).toMatchObject({ note: "Seen." });
    expect((await caseRow(id)).routingState).toBe("REVOKED");
  });

  it("goes to another customer only once that customer is confirmed (the first link stops), and staff can close as transferred", async () => {
    const id = await newCase();
    await routeToAcme(id);
    const first = await tokenSentTo(id, "privacy@acme.example");
    const whileRouted = await appError(
      routeToCustomer({ caseId: id, customerId: globex.id, contactIds: globex.contactIds }, officer),
    );
    expect(whileRouted.code).toBe("CONFLICT");
    await revokeRouting({ caseId: id }, officer);
    await confirmCaseCustomer({ caseId: id, customerId: globex.id }, officer);
    await routeToCustomer({ caseId: id, customerId: globex.id, contactIds: globex.contactIds }, officer);
    expect((await appError(customerRoutingView(first))).code).toBe("NOT_FOUND");
    expect((await caseRow(id)).customerId).toBe(globex.id);
    await closeAsTransferred({ caseId: id, reason: "Globex confirmed by phone on 30 Nov." }, officer);
    const found = await caseRow(id);
    expect(found.outcome).toBe("TRANSFERRED_TO_CONTROLLER");
    expect(await database.prisma.caseNote.count({ where: { caseId: id } })).toBe(1);
  });

  it("reopening revokes the customer's link: a late answer cannot close the case again", async () => {
    const id = await newCase();
    await routeToAcme(id);
    const token = await tokenSentTo(id, "privacy@acme.example");
    await respondToRouting({ token, response: "ACKNOWLEDGE" });
    expect(await caseRow(id)).toMatchObject({ status: "CLOSED", outcome: "TRANSFERRED_TO_CONTROLLER" });
    const routing = await database.prisma.customerRouting.findFirstOrThrow({ where: { caseId: id } });

    await reopenCase({ caseId: id, reason: "The customer says it never received the data." }, officer);
    const reopened = await caseRow(id);
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", outcome: null, routingState: "REVOKED" });
    const [event] = await eventsOf(id, "case.reopened");
    expect(event!.data).toMatchObject({ revokedRoutingIds: [routing.id] });

    // The customer reports completion through the old link: refused, and nothing changes.
    const late = await appError(respondToRouting({ token, response: "COMPLETE", note: "Done" }));
    expect(late.code).toBe("NOT_FOUND");
    expect((await appError(customerRoutingView(token))).code).toBe("NOT_FOUND");
    expect(await caseRow(id)).toMatchObject({ status: "IN_PROGRESS", outcome: null, version: reopened.version });
    expect((await database.prisma.customerRouting.findUniqueOrThrow({ where: { id: routing.id } })).state).toBe(
      "REVOKED",
    );
    expect(await eventsOf(id, "routing.complete")).toEqual([]);
  });

  it("refuses an answer once the routing no longer applies (the requester withdrew), and stops showing the request", async () => {
    const id = await newCase();
    await routeToAcme(id);
    const token = await tokenSentTo(id, "privacy@acme.example");
    const { statusToken } = await lastEmailPayload<{ statusToken: string }>(
      database.prisma,
      id,
      "requester-acknowledgement",
    );
    await withdrawRequest({ token: statusToken, confirm: true });
    const withdrawn = await caseRow(id);

    const refused = await appError(respondToRouting({ token, response: "ACKNOWLEDGE" }));
    expect(refused.code).toBe("CONFLICT");
    expect(await caseRow(id)).toMatchObject({
      status: "CLOSED",
      outcome: "WITHDRAWN",
      routingState: "SENT",
      version: withdrawn.version,
    });
    expect(
      await database.prisma.outboxEmail.count({ where: { caseId: id, template: "requester-routing-update" } }),
    ).toBe(0);
    const view = await customerRoutingView(token);
    expect([view.applies, view.request, view.answers]).toEqual([false, null, []]);
    expect((await appError(revealRoutingRequester({ token }))).code).toBe("CONFLICT");
  });

  it("shows the customer the requester masked until they ask, and audits each reveal", async () => {
    const id = await newCase();
    await routeToAcme(id);
    const token = await tokenSentTo(id, "privacy@acme.example");
    const view = await customerRoutingView(token);
    const email = (await database.prisma.case.findUniqueOrThrow({ where: { id }, include: { requester: true } }))
      .requester.email;
    expect(view.request?.requester).toEqual({ maskedName: "R••• R•••", maskedEmail: "r•••@e•••.com", locale: "en" });
    expect(JSON.stringify(view)).not.toContain(email);
    expect(view.answers).toEqual(["ACKNOWLEDGE", "COMPLETE", "DECLINE"]);

    expect(await revealRoutingRequester({ token })).toEqual({ name: "Rory Routed", email });
    const [revealed] = await eventsOf(id, "routing.requester_revealed");
    expect(revealed).toMatchObject({ actorKind: "CUSTOMER", data: { customerId: acme.id } });
    expect(JSON.stringify(revealed!.data)).not.toContain("@");
  });
});
