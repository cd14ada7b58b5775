// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope } from "../support/request-scope";
import { renderPage } from "../support/render-page";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitRequestAction } from "@/lib/actions/public/request";
import { verifyCodeAction, verifyLinkAction } from "@/lib/actions/public/verify";
import VerifyPage from "@/app/(public)/verify/page";
import { env } from "@/lib/config/env";
import { hashToken } from "@/lib/crypto/tokens";
import { type AppError } from "@/lib/errors/app-error";
import { expireUnverifiedRequests } from "@/lib/server/intake/expire-unverified-requests";
import { resendVerification } from "@/lib/server/intake/resend-verification";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyByCode, verifyByLink } from "@/lib/server/intake/verify-email";
import { statusView } from "@/lib/server/status/status-view";
import { translateErrors } from "@/lib/i18n/errors";
import { messages } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";
import { uploadPath } from "@/lib/server/uploads/upload-store";
import { fromClient } from "../support/client";
import { lastEmailPayload } from "../support/outbox";
import { refusal } from "../support/refusal";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { said as saidOf } from "../support/said";

const T0 = new Date("2026-06-01T09:00:00Z");
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
let ip = 0;

describe("verifying the requester's email", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  async function submitted(request = correctionRequest(), files: { filename: string; bytes: Buffer }[] = [], at = T0) {
    const { caseId } = await submitRequest({ request, files, channel: "WEB", ip: `198.51.100.${++ip}` }, at);
    const { token, code } = await lastEmailPayload<{ token: string; code: string }>(
      database.prisma,
      caseId!,
      "requester-verification",
    );
    return { caseId: caseId!, token, code, request };
  }

  it("the link verifies: the case enters the queue and the requester gets the reference, due date and status link", async () => {
    const { caseId, token } = await submitted();
    await expect(verifyByLink({ token }, later(1))).resolves.toMatchObject({ verified: true, alreadyVerified: false });
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { requester: true } });
    expect(row.status).toBe("NEW");
    expect(row.requester.emailVerifiedAt).not.toBeNull();
    const ack = await lastEmailPayload<{ reference: string; dueDate: string; statusToken: string }>(
      database.prisma,
      caseId,
      "requester-acknowledgement",
    );
    expect(ack.reference).toBe(row.reference);
    expect(ack.dueDate).toBe(row.dueDate);
    const link = await database.prisma.statusLink.findUniqueOrThrow({
      where: { tokenHash: hashToken(ack.statusToken) },
    });
    expect(link.caseId).toBe(caseId);
    // Clicking again is harmless, and issues no new status link (the emailed one keeps working).
    const again = await verifyByLink({ token }, later(2));
    expect(again).toMatchObject({ alreadyVerified: true });
    expect(again.confirmation).toBeUndefined();
    expect(await database.prisma.statusLink.count({ where: { caseId, revokedAt: null } })).toBe(1);
  });

  it("the page that confirmed shows the reference, the due date and the emailed status link, by link or by code", async () => {
    // The page's actions confirm at the present moment, so these requests are sent just now.
    const byLink = await submitted(correctionRequest(), [], new Date());
    const linkForm = new FormData();
    linkForm.set("token", byLink.token);
    const linkReply = await verifyLinkAction(undefined, linkForm);
    const byCode = await submitted(correctionRequest(), [], new Date());
    const codeForm = new FormData();
    codeForm.set("caseId", byCode.caseId);
    codeForm.set("code", byCode.code);
    const codeReply = await verifyCodeAction(undefined, codeForm);
    for (const [{ caseId }, reply] of [
      [byLink, linkReply],
      [byCode, codeReply],
    ] as const) {
      expect(reply).toMatchObject({ status: "success", message: "verified" });
      const row = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
      const ack = await lastEmailPayload<{ statusToken: string }>(database.prisma, caseId, "requester-acknowledgement");
      expect(reply.data).toEqual({ reference: row.reference, dueDate: row.dueDate, statusToken: ack.statusToken });
      // The link the page offers opens this request's status page (the one working link, stored hashed).
      await expect(statusView(reply.data!.statusToken)).resolves.toMatchObject({ reference: row.reference });
      const links = await database.prisma.statusLink.findMany({ where: { caseId, revokedAt: null } });
      expect(links.map((l) => l.tokenHash)).toEqual([hashToken(reply.data!.statusToken)]);
    }
  });

  it("the code form refuses a missing or malformed code before it is checked, so no guess is counted", async () => {
    const { caseId } = await submitted();
    for (const typed of ["", "12 34", "abcdef"]) {
      const form = new FormData();
      form.set("caseId", caseId);
      form.set("code", typed);
      const reply = await verifyCodeAction(undefined, form);
      expect(reply.error).toEqual({ code: ["code_format"] });
    }
    const row = await database.prisma.caseVerification.findUniqueOrThrow({ where: { caseId } });
    expect(row.failedCodes).toBe(0);
  });

  it("the 6-digit code verifies too; 5 wrong codes lock it", async () => {
    const ok = await submitted();
    await expect(verifyByCode({ caseId: ok.caseId, code: ok.code }, later(1))).resolves.toMatchObject({
      verified: true,
    });

    const { caseId, code } = await submitted();
    const wrong = code === "000000" ? "111111" : "000000";
    const said: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const error = (await verifyByCode({ caseId, code: wrong }, later(1)).catch((e: unknown) => e)) as AppError;
      expect(error.fieldErrors?.code).toEqual([i < 5 ? `code_wrong:${5 - i}` : "code_locked"]);
      said.push(...(translateErrors(translatorFor("en"), error.fieldErrors?.code) ?? []));
    }
    // Each wrong code says how many tries remain, in the page's words.
    expect(said.slice(0, 4)).toEqual([
      "That code is not right. Check the email and try again. You have 4 more tries.",
      "That code is not right. Check the email and try again. You have 3 more tries.",
      "That code is not right. Check the email and try again. You have 2 more tries.",
      "That code is not right. Check the email and try again. You have 1 more try.",
    ]);
    expect(translateErrors(translatorFor("zh"), ["code_wrong:4"])).toEqual([
      "验证码不正确，请检查邮件后重试。您还可以尝试 4 次。",
    ]);
    expect(said[4]).toBe("Too many wrong codes. Ask for a new code.");
    const locked = (await verifyByCode({ caseId, code }, later(1)).catch((e: unknown) => e)) as AppError;
    expect(saidOf(locked)).toMatch(/Too many wrong codes/);
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("UNVERIFIED");
  });

  it("expires after 24 hours; a new link and code work and the old ones do not", async () => {
    const { caseId, token, code } = await submitted();
    const error = (await verifyByLink({ token }, later(25)).catch((e: unknown) => e)) as AppError;
    expect(saidOf(error)).toMatch(/expired/);
    await resendVerification({ caseId }, later(25));
    const fresh = await lastEmailPayload<{ token: string; code: string }>(
      database.prisma,
      caseId,
      "requester-verification",
    );
    expect(fresh.token).not.toBe(token);
    await expect(verifyByLink({ token }, later(26)).catch((e: AppError) => e.status)).resolves.toBe(404);
    await expect(verifyByCode({ caseId, code: fresh.code }, later(26))).resolves.toMatchObject({ verified: true });
    expect(code).toMatch(/^\d{6}$/);
  });

  it("limits new codes to 3", async () => {
    const { caseId } = await submitted();
    for (let i = 0; i < 3; i++) await resendVerification({ caseId }, later(1));
    const error = (await resendVerification({ caseId }, later(1)).catch((e: unknown) => e)) as AppError;
    expect(error.status).toBe(429);
  });

  it("counts wrong codes per address over all its requests: past the day's cap no code is checked until the next day", async () => {
    const cap = env().VERIFICATION_CODE_FAILURES_PER_ADDRESS_DAY;
    const request = correctionRequest();
    const requests = [await submitted(request), await submitted({ ...request }), await submitted({ ...request })];
    const wrong = (code: string) => (code === "000000" ? "111111" : "000000");
    // Four wrong codes on each of the three requests at once (each code alone would lock only after 5).
    const guesses = requests.flatMap((r) =>
      Array.from({ length: 4 }, () => refusal(verifyByCode({ caseId: r.caseId, code: wrong(r.code) }, later(1)))),
    );
    const answers = (await Promise.all(guesses)).map((error) => error.fieldErrors?.code?.[0]);
    // Tries left count down over the address's requests (never more than the address has left today,
    // whichever code they are for), and the wrong code that reaches the cap already says no more codes are
    // checked today.
    const left = answers.filter((key) => key?.startsWith("code_wrong:")).map((key) => Number(key!.split(":")[1]));
    expect(left).toHaveLength(cap - 1);
    left.sort((a, b) => b - a).forEach((n, i) => expect(n).toBeLessThanOrEqual(cap - 1 - i));
    expect(left).toContain(1);
    expect(answers.filter((key) => key === "code_daily_limit")).toHaveLength(12 - cap + 1);

    // Now even the right code waits, and so does a new code for the same address...
    const last = requests[2]!;
    const refused = await refusal(verifyByCode({ caseId: last.caseId, code: last.code }, later(2)));
    expect(refused.status).toBe(429);
    expect(refused.fieldErrors?.code).toEqual(["code_daily_limit"]);
    await resendVerification({ caseId: requests[0]!.caseId }, later(2));
    const fresh = await lastEmailPayload<{ code: string }>(
      database.prisma,
      requests[0]!.caseId,
      "requester-verification",
    );
    const refusedFresh = await refusal(verifyByCode({ caseId: requests[0]!.caseId, code: fresh.code }, later(2)));
    expect(refusedFresh.fieldErrors?.code).toEqual(["code_daily_limit"]);
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: last.caseId } })).status).toBe("UNVERIFIED");
    // ...while the link in the email still works, and the next (UTC) day the code does too.
    await expect(verifyByLink({ token: requests[1]!.token }, later(2))).resolves.toMatchObject({ verified: true });
    await expect(verifyByCode({ caseId: last.caseId, code: last.code }, later(16))).resolves.toMatchObject({
      verified: true,
    });
  });

  it("sends no new code past the mailbox's verification emails of the day; the codes sent still work", async () => {
    const cap = env().VERIFICATION_EMAILS_PER_ADDRESS_DAY;
    const request = correctionRequest();
    const sent = [];
    for (let i = 0; i < cap; i++) sent.push(await submitted({ ...request }));
    const [first, second] = sent as [(typeof sent)[0], (typeof sent)[0]];
    const before = await database.prisma.caseVerification.findUniqueOrThrow({ where: { caseId: first.caseId } });
    const refused = await refusal(resendVerification({ caseId: first.caseId }, later(1)));
    expect(refused.status).toBe(429);
    expect(refused.fieldErrors?.request).toEqual(["verification_emails_held"]);
    const after = await database.prisma.caseVerification.findUniqueOrThrow({ where: { caseId: first.caseId } });
    expect(after).toEqual(before);
    expect(await database.prisma.outboxEmail.count({ where: { caseId: first.caseId } })).toBe(1);
    await expect(verifyByCode({ caseId: first.caseId, code: first.code }, later(1))).resolves.toMatchObject({
      verified: true,
    });
    // The next (UTC) day a new code goes out again.
    await resendVerification({ caseId: second.caseId }, later(16));
    expect(await database.prisma.outboxEmail.count({ where: { caseId: second.caseId } })).toBe(2);
  });

  it("flags a second open request of the same type from the same verified address", async () => {
    const request = correctionRequest();
    const first = await submitted(request);
    await verifyByLink({ token: first.token }, later(1));
    const second = await submitted({ ...request });
    await verifyByLink({ token: second.token }, later(2));
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: second.caseId } });
    expect(row.possibleDuplicateOfId).toBe(first.caseId);
  });

  it("closes unconfirmed requests after 7 days, tells the requester once, and purges their personal data", async () => {
    const { caseId, request } = await submitted(
      correctionRequest({
        relationship: "GUARDIAN",
        subject: { name: "Kid Example", dateOfBirth: "2015-01-01", relationship: "Mother" },
      }),
      [{ filename: "proof.pdf", bytes: PDF_BYTES }],
    );
    const upload = await database.prisma.upload.findFirstOrThrow({ where: { caseId } });
    expect(await expireUnverifiedRequests(database.prisma, later(24 * 6))).toBe(0);
    expect(await expireUnverifiedRequests(database.prisma, later(24 * 7 + 1))).toBeGreaterThanOrEqual(1);
    expect(await expireUnverifiedRequests(database.prisma, later(24 * 7 + 2))).toBe(0);

    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { requester: true } });
    expect(row).toMatchObject({
      status: "CLOSED",
      outcome: "EXPIRED",
      details: {},
      subjectName: null,
      subjectDateOfBirthEncrypted: null,
    });
    expect(row.requester).toMatchObject({ name: "", phoneEncrypted: null, postalAddressEncrypted: null });
    expect(row.requester.email).not.toBe(request.requester.email);
    expect(existsSync(uploadPath(env().dataDir, caseId, upload.id))).toBe(false);
    const notes = await database.prisma.outboxEmail.findMany({ where: { caseId, template: "requester-expired" } });
    expect(notes.map((n) => n.to)).toEqual([request.requester.email]);
  });
});

describe("the request form past a mailbox's verification emails of the day", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("records the request, and the confirmation page says in the person's language to use a code received or ask tomorrow", async () => {
    const request = correctionRequest();
    for (let i = 0; i < env().VERIFICATION_EMAILS_PER_ADDRESS_DAY; i++) {
      await submitRequest({ request, channel: "API", ip: `198.51.100.${100 + i}` });
    }
    const form = new FormData();
    const fields: Record<string, string> = {
      type: "CORRECTION",
      relationship: "SELF",
      "details.dataItem": "Postal address",
      "details.correctedValue": "2 New Street",
      "requester.name": request.requester.name,
      "requester.email": request.requester.email,
      "requester.country": "GB",
      "requester.locale": "zh",
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const thrown = await inRequestScope("http://localhost/request/correction", fromClient("192.0.2.90"), () =>
      submitRequestAction({}, form),
    ).catch((error: unknown) => error);
    const digest = String((thrown as { digest?: unknown }).digest);
    const target = new URL(digest.split(";")[2] ?? "", "http://localhost");
    expect(target.pathname).toBe("/verify");
    expect(target.searchParams.get("email")).toBe("held");
    const caseId = target.searchParams.get("request")!;
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("UNVERIFIED");
    expect(await database.prisma.outboxEmail.count({ where: { caseId } })).toBe(0);

    const page = (language: string) =>
      inRequestScope(target.href, { "accept-language": language }, async () =>
        renderPage(await VerifyPage({ searchParams: Promise.resolve(Object.fromEntries(target.searchParams)) })),
      );
    expect(await page("zh-CN")).toContain(messages.zh.verify.held);
    expect(await page("en")).toContain(messages.en.verify.held);
  });
});
