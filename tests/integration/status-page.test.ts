import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoutingNotice } from "@/components/public/routing-notice";
import { replyAction, withdrawAction } from "@/lib/actions/public/status";
import { env, resetEnvForTests } from "@/lib/config/env";
import { type AppError } from "@/lib/errors/app-error";
import { translateErrors } from "@/lib/i18n/errors";
import { messages } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { issueStatusLink } from "@/lib/server/intake/status-link";
import { verifyByLink } from "@/lib/server/intake/verify-email";
import { replyAsRequester } from "@/lib/server/status/reply-as-requester";
import { sendStatusLinks } from "@/lib/server/status/send-status-links";
import { stopStatusLink } from "@/lib/server/status/stop-status-link";
import { respondToRouting } from "@/lib/server/routing/respond-to-routing";
import { revokeRouting } from "@/lib/server/routing/revoke-routing";
import { statusView, type RoutingView } from "@/lib/server/status/status-view";
import { withdrawRequest } from "@/lib/server/status/withdraw-request";
import { confirmAndRoute, registerCustomer, type RegisteredCustomer } from "../support/customers";
import { lastEmailPayload } from "../support/outbox";
import { refusal } from "../support/refusal";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const T0 = new Date("2027-03-05T10:00:00Z");
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);
let ip = 0;

describe("the requester's private status page", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
  });
  afterAll(() => database.drop());

  async function verifiedCase(country = "IE") {
    const request = correctionRequest();
    request.requester.country = country;
    const { caseId } = await submitRequest({ request, channel: "WEB", ip: `203.0.113.${++ip}` }, T0);
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, caseId!, "requester-verification");
    await verifyByLink({ token }, T0);
    const { statusToken } = await lastEmailPayload<{ statusToken: string }>(
      database.prisma,
      caseId!,
      "requester-acknowledgement",
    );
    return { caseId: caseId!, statusToken, request };
  }

  it("shows the reference, status, due date and public timeline of that case only", async () => {
    const { caseId, statusToken } = await verifiedCase();
    const other = await verifiedCase();
    const view = await statusView(statusToken, day(1));
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(view).toMatchObject({ reference: row.reference, status: "NEW", dueDate: "2027-04-05", canWithdraw: true });
    expect(view.deadline).toEqual({ kind: "due", daysLeft: 30, dueToday: false });
    expect(view.timeline.map((e) => e.type)).toEqual(["case.submitted", "case.email_verified"]);
    expect((await statusView(other.statusToken, day(1))).reference).not.toBe(row.reference);
  });

  it("answers unknown and revoked links the same way", async () => {
    const { caseId, statusToken } = await verifiedCase();
    const unknown = (await statusView("x".repeat(43)).catch((e: unknown) => e)) as AppError;
    await database.prisma.statusLink.updateMany({ where: { caseId }, data: { revokedAt: new Date() } });
    const revoked = (await statusView(statusToken).catch((e: unknown) => e)) as AppError;
    expect([unknown.status, unknown.message]).toEqual([revoked.status, revoked.message]);
    expect(revoked.status).toBe(404);
  });

  it("stopping the link needs a ticked confirmation, then it gets the same 404 as an unknown link", async () => {
    const { caseId, statusToken, request } = await verifiedCase();
    const unconfirmed = (await stopStatusLink({ token: statusToken } as never).catch((e: unknown) => e)) as AppError;
    expect(unconfirmed.fieldErrors?.confirm).toEqual(["confirm_stop_link"]);
    expect((await statusView(statusToken, day(1))).reference).toBeDefined();

    await stopStatusLink({ token: statusToken, confirm: true }, day(1));
    const unknown = (await statusView("x".repeat(43), day(1)).catch((e: unknown) => e)) as AppError;
    const stopped = (await statusView(statusToken, day(1)).catch((e: unknown) => e)) as AppError;
    expect([stopped.status, stopped.message]).toEqual([404, unknown.message]);
    const again = (await stopStatusLink({ token: statusToken, confirm: true }, day(1)).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(again.status).toBe(404);
    const link = await database.prisma.statusLink.findFirstOrThrow({ where: { caseId } });
    const events = await database.prisma.auditEvent.findMany({ where: { caseId, type: "status_link.revoked" } });
    expect(events.map((e) => [e.actorKind, e.data])).toEqual([["REQUESTER", { statusLinkId: link.id }]]);
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("NEW");

    // The requester gets a new one the usual way.
    await sendStatusLinks({ email: request.requester.email }, `203.0.113.${++ip}`, day(1));
    const sent = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { template: "requester-status-links", to: request.requester.email },
    });
    const { links } = sent.payload as { links: { statusToken: string }[] };
    expect((await statusView(links[0]!.statusToken, day(1))).status).toBe("NEW");
  });

  it("a reply to a staff question restarts the clock and can carry documents", async () => {
    const { caseId, statusToken } = await verifiedCase();
    const officer = await createStaff(database.prisma);
    // The officer asks a question: the message is on the page, the requester is emailed, the clock stops.
    await sendMessageToRequester(
      { caseId, body: "What was your previous address?", asksFor: "CLARIFICATION" },
      officer,
      day(5), // 10 March
    );
    expect((await statusView(statusToken, day(6))).deadline).toEqual({ kind: "paused" });
    const notice = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId, template: "requester-new-message" },
    });
    expect(notice.payload).toMatchObject({ answerNeeded: true });
    const { clockResumed } = await replyAsRequester(
      { token: statusToken, body: "The old address was 1 Old Road." },
      [{ filename: "utility-bill.pdf", bytes: PDF_BYTES }],
      day(7),
    );
    expect(clockResumed).toBe(true);
    const view = await statusView(statusToken, day(7));
    expect(view.dueDate).toBe("2027-04-08"); // 5 April + 3 days waited (10-12 March)
    expect(view.messages.map((m) => [m.author, m.body])).toEqual([
      ["STAFF", "What was your previous address?"],
      ["REQUESTER", "The old address was 1 Old Road."],
    ]);
    expect(await database.prisma.upload.count({ where: { caseId, purpose: "REPLY" } })).toBe(1);
    // A NUL character cannot be stored: refused as invalid input, not an internal error, and nothing written.
    const nul = await replyAsRequester({ token: statusToken, body: "a\u0000b" }, [], day(7)).catch((e: unknown) => e);
    expect(nul).toMatchObject({ status: 400, fieldErrors: { body: ["invalid_characters"] } });
    expect(await database.prisma.caseMessage.count({ where: { caseId } })).toBe(2);
  });

  it("the page's forms refuse four files or an unticked box before anything is written, keeping what was typed", async () => {
    const { caseId, statusToken } = await verifiedCase();
    const reply = new FormData();
    reply.set("token", statusToken);
    reply.set("body", "Here are my documents.");
    for (const n of [1, 2, 3, 4]) reply.append("files", new File([PDF_BYTES], `scan-${n}.pdf`));
    const refused = await replyAction(undefined, reply);
    expect(refused).toMatchObject({ status: "error", error: { files: ["too_many_files"] } });
    expect(refused.initialValue).toMatchObject({ body: "Here are my documents." });
    expect(await database.prisma.caseMessage.count({ where: { caseId, author: "REQUESTER" } })).toBe(0);

    const withdraw = new FormData();
    withdraw.set("token", statusToken);
    expect((await withdrawAction(undefined, withdraw)).error).toEqual({ confirm: ["confirm_withdrawal"] });
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("NEW");
  });

  it("withdrawing closes the case, confirms by email, and cannot be done twice", async () => {
    const { caseId, statusToken, request } = await verifiedCase();
    const unconfirmed = (await withdrawRequest({ token: statusToken } as never).catch((e: unknown) => e)) as AppError;
    expect(unconfirmed.fieldErrors?.confirm).toEqual(["confirm_withdrawal"]);
    await withdrawRequest({ token: statusToken, confirm: true }, day(2));
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({ status: "CLOSED", outcome: "WITHDRAWN" });
    const email = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId, template: "requester-withdrawn" },
    });
    expect(email.to).toBe(request.requester.email);
    const again = (await withdrawRequest({ token: statusToken, confirm: true }).catch((e: unknown) => e)) as AppError;
    expect(again.status).toBe(409);
    expect((await statusView(statusToken, day(3))).canWithdraw).toBe(false);
  });
});

describe("asking for new status links", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  /** Files the request from the given client and confirms its email by link, as the requester would. */
  async function fileAndVerify(request: ReturnType<typeof correctionRequest>, ip: string): Promise<string> {
    const { caseId } = await submitRequest({ request, channel: "WEB", ip });
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, caseId!, "requester-verification");
    await verifyByLink({ token });
    return caseId!;
  }

  it("emails fresh links for open confirmed requests, and answers the same for unknown addresses", async () => {
    const { sendStatusLinks } = await import("@/lib/server/status/send-status-links");
    const request = correctionRequest();
    await fileAndVerify(request, "203.0.113.77");
    await sendStatusLinks({ email: request.requester.email.toUpperCase() }, "203.0.113.77");
    await sendStatusLinks({ email: "nobody@example.com" }, "203.0.113.77");
    const emails = await database.prisma.outboxEmail.findMany({ where: { template: "requester-status-links" } });
    expect(emails.map((e) => e.to)).toEqual([request.requester.email]);
    const { links } = emails[0]!.payload as { links: { statusToken: string }[] };
    expect((await statusView(links[0]!.statusToken)).status).toBe("NEW");
  });

  it("a re-sent link replaces the earlier ones: they get the same 404 as an unknown link", async () => {
    const { sendStatusLinks } = await import("@/lib/server/status/send-status-links");
    const request = correctionRequest();
    const caseId = await fileAndVerify(request, "203.0.113.78");
    const { statusToken: first } = await lastEmailPayload<{ statusToken: string }>(
      database.prisma,
      caseId,
      "requester-acknowledgement",
    );
    const linksSent = async () => {
      await sendStatusLinks({ email: request.requester.email }, "203.0.113.78");
      const [email] = await database.prisma.outboxEmail.findMany({
        where: { template: "requester-status-links", to: request.requester.email },
        orderBy: { createdAt: "desc" },
        take: 1,
      });
      return (email!.payload as { links: { statusToken: string }[] }).links[0]!.statusToken;
    };
    const second = await linksSent();
    const third = await linksSent();
    const unknown = (await statusView("x".repeat(43)).catch((e: unknown) => e)) as AppError;
    for (const old of [first, second]) {
      const replaced = (await statusView(old).catch((e: unknown) => e)) as AppError;
      expect([replaced.status, replaced.message]).toEqual([404, unknown.message]);
    }
    expect((await statusView(third)).status).toBe("NEW");
    const events = await database.prisma.auditEvent.findMany({
      where: { caseId: caseId, type: "status_link.resent" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.actorKind, e.data])).toEqual([
      ["REQUESTER", { revokedLinks: 1 }],
      ["REQUESTER", { revokedLinks: 1 }],
    ]);
  });
});

describe("a request routed to a business customer, on the status page", () => {
  let database: TestDatabase;
  let officer: Awaited<ReturnType<typeof createStaff>>;
  let customer: RegisteredCustomer;
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma);
    customer = await registerCustomer(database.prisma, {
      name: "Contoso Shop",
      contactEmails: ["privacy@contoso.example"],
    });
  });
  afterAll(() => database.drop());

  async function routedCase() {
    const request = correctionRequest();
    const { caseId } = await submitRequest({ request, channel: "WEB", ip: `198.51.100.${++ip}` }, T0);
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, caseId!, "requester-verification");
    await verifyByLink({ token }, T0);
    const { statusToken } = await lastEmailPayload<{ statusToken: string }>(
      database.prisma,
      caseId!,
      "requester-acknowledgement",
    );
    await confirmAndRoute(database.prisma, caseId!, customer, officer, day(1));
    const { token: partnerToken } = await lastEmailPayload<{ token: string }>(
      database.prisma,
      caseId!,
      "customer-routed-request",
    );
    return { caseId: caseId!, statusToken, partnerToken };
  }

  const sentence = (routing: RoutingView, locale: "en" | "zh") =>
    translatorFor(locale)(`status.routing.${routing.state}`, { customer: routing.customerName });

  it("names the customer who decides, follows its answers, and gives its privacy contact", async () => {
    const { statusToken, partnerToken } = await routedCase();
    const sent = await statusView(statusToken, day(2));
    expect(sent.status).toBe("ROUTED");
    expect(sent.routing).toEqual({
      customerName: "Contoso Shop",
      state: "SENT",
      contactEmails: ["privacy@contoso.example"],
    });
    expect(sentence(sent.routing!, "en")).toBe("We passed your request to Contoso Shop, who decides on it.");
    expect(sentence(sent.routing!, "zh")).toBe("我们已将您的请求转交给Contoso Shop，由其作出决定。");
    expect(sent.timeline.map((e) => e.type)).toEqual(["case.submitted", "case.email_verified", "case.routed"]);

    await respondToRouting({ token: partnerToken, response: "ACKNOWLEDGE" }, day(3));
    const acknowledged = await statusView(statusToken, day(3));
    expect(acknowledged).toMatchObject({ status: "CLOSED", outcome: "TRANSFERRED_TO_CONTROLLER" });
    expect(acknowledged.routing?.state).toBe("ACKNOWLEDGED");
    expect(sentence(acknowledged.routing!, "en")).toBe("Contoso Shop acknowledged your request and decides on it.");

    await respondToRouting({ token: partnerToken, response: "COMPLETE", note: "Corrected" }, day(4));
    const completed = await statusView(statusToken, day(4));
    expect(completed.routing?.state).toBe("COMPLETED_BY_CONTROLLER");
    expect(completed.timeline.map((e) => e.type).slice(-2)).toEqual(["routing.acknowledge", "routing.complete"]);
    // Internal steps (the reminder, notes) stay off the requester's timeline.
    expect(completed.timeline.every((e) => translatorFor("en").has(`events.${e.type}` as never) && translatorFor("zh").has(`events.${e.type}` as never))).toBe(
      true,
    );
  });

  it("after a decline says we keep working on it; a revoked link shows no customer", async () => {
    const declined = await routedCase();
    await respondToRouting(
      { token: declined.partnerToken, response: "DECLINE", declineReason: "NOT_OUR_DATA_SUBJECT" },
      day(2),
    );
    const view = await statusView(declined.statusToken, day(2));
    expect(view.status).toBe("IN_PROGRESS");
    expect(view.routing).toMatchObject({ customerName: "Contoso Shop", state: "DECLINED_BY_CONTROLLER" });
    expect(sentence(view.routing!, "en")).toContain("We keep working on it");
    expect(view.timeline.at(-1)?.type).toBe("routing.decline");

    const revoked = await routedCase();
    await revokeRouting({ caseId: revoked.caseId }, officer, day(2));
    expect((await statusView(revoked.statusToken, day(2))).routing).toBeNull();
  });

  it("renders the customer's name, state and contact in the requester's language", () => {
    const routing: RoutingView = {
      customerName: "Contoso Shop",
      state: "ACKNOWLEDGED",
      contactEmails: ["privacy@contoso.example"],
    };
    const zh = renderToStaticMarkup(createElement(RoutingNotice, { routing, t: translatorFor("zh") }));
    expect(zh).toContain("Contoso Shop已确认收到您的请求");
    expect(zh).toContain('href="mailto:privacy@contoso.example"');
    const en = renderToStaticMarkup(
      createElement(RoutingNotice, { routing: { ...routing, state: "DECLINED_BY_CONTROLLER" }, t: translatorFor("en") }),
    );
    expect(en).toContain("Contoso Shop told us your request is not theirs to answer.");
    expect(en).not.toContain("we only process it for them");
  });
});

describe("what one case can receive through its status page", () => {
  let database: TestDatabase;
  const limits = {
    REPLIES_PER_CASE_HOUR: "4",
    REPLIES_PER_CASE_DAY: "6",
    REPLY_FILES_PER_CASE: "5",
    REPLY_FILES_PER_CASE_DAY: "3",
    REPLY_MB_PER_CASE: "1",
  };
  beforeAll(async () => {
    Object.assign(process.env, limits);
    resetEnvForTests();
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
  });
  afterAll(async () => {
    for (const name of Object.keys(limits)) delete process.env[name];
    resetEnvForTests();
    await database.drop();
  });

  async function statusLinkOfNewCase() {
    const { caseId } = await submitRequest({ request: correctionRequest(), channel: "WEB", ip: `192.0.2.${++ip}` }, T0);
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, caseId!, "requester-verification");
    await verifyByLink({ token }, T0);
    const { statusToken } = await lastEmailPayload<{ statusToken: string }>(
      database.prisma,
      caseId!,
      "requester-acknowledgement",
    );
    return { caseId: caseId!, statusToken };
  }
  const pdf = (name: string, padding = 0) => ({
    filename: name,
    bytes: Buffer.concat([PDF_BYTES, Buffer.alloc(padding)]),
  });
  const hour = (n: number) => new Date(day(1).getTime() + n * 3_600_000);
  const stored = async (caseId: string) => {
    const dir = path.join(env().dataDir, "uploads", caseId);
    return {
      messages: await database.prisma.caseMessage.count({ where: { caseId } }),
      uploads: await database.prisma.upload.count({ where: { caseId } }),
      files: existsSync(dir) ? readdirSync(dir).length : 0,
    };
  };

  it("refuses files past the day's and the case's count, writing nothing of that reply, in the person's language", async () => {
    const { caseId, statusToken } = await statusLinkOfNewCase();
    const reply = (files: ReturnType<typeof pdf>[], at: Date) =>
      replyAsRequester({ token: statusToken, body: "Here are my documents." }, files, at);
    await reply([pdf("a.pdf"), pdf("b.pdf")], hour(0));
    const before = await stored(caseId);
    const dayCap = await refusal(reply([pdf("c.pdf"), pdf("d.pdf")], hour(1)));
    expect(dayCap.fieldErrors?.files).toEqual(["reply_files_day_limit"]);
    expect(translateErrors(translatorFor("zh"), dayCap.fieldErrors?.files)).toEqual([
      messages.zh.errors.reply_files_day_limit,
    ]);
    expect(await stored(caseId)).toEqual(before);
    await reply([pdf("c.pdf")], hour(1)); // the third of the day
    await reply([pdf("d.pdf"), pdf("e.pdf")], hour(25)); // the next 24 hours: five in all
    const caseCap = await refusal(reply([pdf("f.pdf")], hour(50)));
    expect(caseCap.fieldErrors?.files).toEqual(["reply_files_case_limit"]);
    expect(await stored(caseId)).toEqual({ messages: 3, uploads: 5, files: 5 });
    // Words alone still go through.
    await replyAsRequester({ token: statusToken, body: "I will post the rest." }, [], hour(50));
    expect((await stored(caseId)).messages).toBe(4);
  });

  it("refuses files that would take the case past its total size", async () => {
    const { caseId, statusToken } = await statusLinkOfNewCase();
    await replyAsRequester({ token: statusToken, body: "First scan." }, [pdf("scan-1.pdf", 700 * 1024)], hour(0));
    const refused = await refusal(
      replyAsRequester({ token: statusToken, body: "Second scan." }, [pdf("scan-2.pdf", 400 * 1024)], hour(1)),
    );
    expect(refused.fieldErrors?.files).toEqual(["reply_bytes_case_limit"]);
    expect(await stored(caseId)).toEqual({ messages: 1, uploads: 1, files: 1 });
  });

  it("counts parallel replies one after another, so together they cannot pass a cap", async () => {
    const { caseId, statusToken } = await statusLinkOfNewCase();
    const replies = Array.from({ length: 5 }, (_, i) =>
      replyAsRequester({ token: statusToken, body: `Document ${i}` }, [pdf(`doc-${i}.pdf`)], hour(0)).then(
        () => "sent",
        (error: AppError) => error.fieldErrors?.files?.[0],
      ),
    );
    expect((await Promise.all(replies)).sort()).toEqual([
      "reply_files_day_limit",
      "reply_files_day_limit",
      "sent",
      "sent",
      "sent",
    ]);
    expect(await stored(caseId)).toEqual({ messages: 3, uploads: 3, files: 3 });
  });

  it("limits replies per hour and per day for the case: a new link starts nothing afresh", async () => {
    const { caseId, statusToken } = await statusLinkOfNewCase();
    const reply = (token: string, at: Date) => replyAsRequester({ token, body: "Any news?" }, [], at);
    for (let i = 0; i < 4; i++) await reply(statusToken, hour(0));
    const refused = await refusal(reply(statusToken, hour(0)));
    expect(refused.status).toBe(429);
    expect(refused.fieldErrors?.body).toEqual(["too_many_replies"]);
    // A re-sent link replaces the first one, and the case's count goes on.
    const { token: newLink } = await database.prisma.$transaction((tx) => issueStatusLink(tx, caseId, hour(0)));
    expect((await refusal(reply(newLink, hour(0)))).status).toBe(429);
    expect((await stored(caseId)).messages).toBe(4);
    await reply(newLink, hour(1));
    await reply(newLink, hour(1));
    expect((await refusal(reply(newLink, hour(2)))).fieldErrors?.body).toEqual(["too_many_replies"]);
    await reply(newLink, hour(24));
    expect((await stored(caseId)).messages).toBe(7);
  });
});
