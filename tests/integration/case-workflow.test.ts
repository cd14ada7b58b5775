import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors/app-error";
import { addCaseNote } from "@/lib/server/cases/add-case-note";
import { exportCaseAudit } from "@/lib/server/audit/export-case-audit";
import { assignCase } from "@/lib/server/cases/assign-case";
import { getCaseSummary } from "@/lib/server/cases/get-case-summary";
import { readUpload } from "@/lib/server/uploads/read-upload";
import { denyCase } from "@/lib/server/cases/deny-case";
import { logCase } from "../support/log-case";
import { markDuplicate } from "@/lib/server/cases/mark-duplicate";
import { reopenCase } from "@/lib/server/cases/reopen-case";
import { resolveCase } from "@/lib/server/cases/resolve-case";
import { revealRequester } from "@/lib/server/cases/reveal-requester";
import { tickChecklistItem } from "@/lib/server/cases/tick-checklist-item";
import { verifyIdentity } from "@/lib/server/cases/verify-identity";
import { extendDeadline } from "@/lib/server/deadlines/extend-deadline";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { resumeCaseClock } from "@/lib/server/deadlines/resume-case-clock";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { said, saidFields } from "../support/said";

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the staff workflow on a case", () => {
  let database: TestDatabase;
  let officer: Actor;
  let analyst: Actor;
  let otherAnalyst: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    otherAnalyst = await createStaff(database.prisma, { role: "ANALYST" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
  });
  afterAll(() => database.drop());

  async function newCase(type = "ACCESS", regime = "EU_GDPR") {
    const created = await logCase(
      {
        type,
        regime,
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: `person-${Math.random().toString(36).slice(2)}@example.com`, name: "Pat Person" },
      },
      officer,
    );
    return created.id;
  }
  const row = (id: string) => database.prisma.case.findUniqueOrThrow({ where: { id } });
  const events = (id: string) =>
    database.prisma.auditEvent
      .findMany({ where: { caseId: id }, orderBy: { id: "asc" } })
      .then((rows) => rows.map((r) => r.type));
  const emails = (id: string) =>
    database.prisma.outboxEmail
      .findMany({ where: { caseId: id }, orderBy: { createdAt: "asc" } })
      .then((rows) => rows.map((r) => r.template));

  it("assigns a case, moves it to in progress, tells the assignee and audits the change", async () => {
    const id = await newCase();
    const result = await assignCase({ caseId: id, assigneeId: analyst.id, expectedVersion: 1 }, officer);
    expect(result.version).toBe(2);
    const found = await row(id);
    expect(found.assigneeId).toBe(analyst.id);
    expect(found.status).toBe("IN_PROGRESS");
    expect(await emails(id)).toContain("staff-assignment");
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { caseId: id, type: "case.assigned" } });
    expect(event.data).toMatchObject({ changes: { assigneeId: { from: null, to: analyst.id } } });
  });

  it("lets only one of two simultaneous assigns win; the other is told to reload", async () => {
    const id = await newCase();
    const outcomes = await Promise.allSettled([
      assignCase({ caseId: id, assigneeId: analyst.id, expectedVersion: 1 }, officer),
      assignCase({ caseId: id, assigneeId: otherAnalyst.id, expectedVersion: 1 }, officer),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect((rejected?.reason as AppError).code).toBe("CONFLICT");
    expect(said(rejected?.reason as AppError)).toMatch(/reload/i);
    expect((await events(id)).filter((t) => t === "case.assigned")).toHaveLength(1);
  });

  it("lets analysts take a case for themselves only, and hides other people's cases from them", async () => {
    const id = await newCase();
    expect((await appError(assignCase({ caseId: id, assigneeId: otherAnalyst.id }, analyst))).code).toBe("FORBIDDEN");
    await assignCase({ caseId: id, assigneeId: analyst.id }, analyst);
    const refused = await appError(addCaseNote({ caseId: id, body: "Looks fine" }, otherAnalyst));
    expect(refused.code).toBe("FORBIDDEN");
    expect(await database.prisma.caseNote.count({ where: { caseId: id } })).toBe(0);
    // Nor can the other analyst read the case by reference, its audit history or its documents.
    const { reference } = await row(id);
    const upload = await database.prisma.upload.create({
      data: {
        caseId: id,
        purpose: "EVIDENCE",
        number: 1,
        filename: "a.pdf",
        contentType: "application/pdf",
        size: 1,
        sha256: "x",
      },
    });
    expect((await appError(getCaseSummary(reference, otherAnalyst))).code).toBe("NOT_FOUND");
    expect((await appError(exportCaseAudit({ reference }, otherAnalyst))).code).toBe("NOT_FOUND");
    expect((await appError(readUpload({ id: upload.id }, otherAnalyst))).code).toBe("NOT_FOUND");
    expect((await getCaseSummary(reference, analyst)).reference).toBe(reference);
  });

  it("refuses analysts denying or extending, and auditors changing anything; nothing is written", async () => {
    const id = await newCase();
    const before = await events(id);
    expect(
      (
        await appError(
          denyCase(
            { caseId: id, reason: "NO_DATA_FOUND", text: "We searched every system and found nothing." },
            analyst,
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (await appError(extendDeadline({ caseId: id, reason: "Complex request across systems" }, analyst))).code,
    ).toBe("FORBIDDEN");
    for (const attempt of [
      assignCase({ caseId: id, assigneeId: auditor.id }, auditor),
      addCaseNote({ caseId: id, body: "note" }, auditor),
      resolveCase({ caseId: id, outcome: "FULFILLED", summary: "All done as asked." }, auditor),
      tickChecklistItem({ caseId: id, item: "data-collected", done: true }, auditor),
    ]) {
      expect((await appError(attempt)).code).toBe("FORBIDDEN");
    }
    expect(await events(id)).toEqual(before);
    expect((await row(id)).status).toBe("NEW");
  });

  it("asks the requester for information (the clock stops), then records the answer (it runs again)", async () => {
    const id = await newCase();
    await sendMessageToRequester(
      { caseId: id, body: "Please send proof of address.", asksFor: "CLARIFICATION" },
      officer,
    );
    let found = await row(id);
    expect(found.status).toBe("AWAITING_REQUESTER");
    expect(found.clockPausedAt).not.toBeNull();
    expect(await emails(id)).toContain("requester-new-message");
    await resumeCaseClock({ caseId: id }, analyst);
    found = await row(id);
    expect(found.status).toBe("IN_PROGRESS");
    expect(found.clockPausedAt).toBeNull();
  });

  it("under CCPA asks for information without stopping the clock", async () => {
    const id = await newCase("ACCESS", "US_CA_CCPA");
    const due = (await row(id)).dueAt;
    await sendMessageToRequester({ caseId: id, body: "Which account?", asksFor: "CLARIFICATION" }, officer);
    const found = await row(id);
    expect(found.status).toBe("AWAITING_REQUESTER");
    expect(found.clockPausedAt).toBeNull();
    expect(found.dueAt).toEqual(due);
    await resumeCaseClock({ caseId: id }, officer);
    expect((await row(id)).status).toBe("IN_PROGRESS");
  });

  it("records identity and authority verification by method, never keeping the proof", async () => {
    const id = await newCase();
    await database.prisma.case.update({ where: { id }, data: { relationship: "GUARDIAN" } });
    await database.prisma.upload.create({
      data: {
        caseId: id,
        purpose: "GUARDIANSHIP_PROOF",
        number: 1,
        filename: "proof.pdf",
        contentType: "application/pdf",
        size: 10,
        sha256: "x",
      },
    });
    await verifyIdentity({ caseId: id, what: "IDENTITY", method: "DOCUMENT_CHECKED" }, analyst);
    await verifyIdentity({ caseId: id, what: "AUTHORITY", method: "COURT_OR_CIVIL_RECORD" }, analyst);
    const found = await row(id);
    expect(found.identityVerificationMethod).toBe("DOCUMENT_CHECKED");
    expect(found.authorityVerificationMethod).toBe("COURT_OR_CIVIL_RECORD");
    expect(await database.prisma.upload.count({ where: { caseId: id } })).toBe(0);
    expect((await appError(verifyIdentity({ caseId: id, what: "IDENTITY", method: "OTHER" }, analyst))).code).toBe(
      "CONFLICT",
    );
  });

  it("refuses to deny a direct-marketing objection on compelling grounds, but accepts another reason", async () => {
    const id = await newCase("OBJECTION");
    await database.prisma.case.update({
      where: { id },
      data: { details: { processing: "Newsletters", directMarketing: true } },
    });
    const refused = await appError(
      denyCase(
        { caseId: id, reason: "COMPELLING_LEGITIMATE_GROUNDS", text: "Our legitimate interest outweighs yours." },
        officer,
      ),
    );
    expect(refused.code).toBe("VALIDATION");
    expect(saidFields(refused.fieldErrors?.reason)[0]).toMatch(/direct marketing/i);
    expect((await row(id)).status).toBe("NEW");
    await denyCase(
      { caseId: id, reason: "IDENTITY_NOT_VERIFIED", text: "We could not match you to any account we hold." },
      officer,
    );
    const found = await row(id);
    expect(found.status).toBe("CLOSED");
    expect(found.outcome).toBe("DENIED");
    expect(found.denialReason).toBe("IDENTITY_NOT_VERIFIED");
    const denial = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId: id, template: "requester-denied" },
    });
    expect(denial.payload).toMatchObject({ reason: "IDENTITY_NOT_VERIFIED", regime: "EU_GDPR" });
  });

  it("resolves with a summary, refuses a second close, reopens with a reason kept out of the audit trail", async () => {
    const id = await newCase();
    await resolveCase(
      { caseId: id, outcome: "PARTIALLY_FULFILLED", summary: "We corrected your address; the rest is not held." },
      analyst,
    );
    let found = await row(id);
    expect(found.outcome).toBe("PARTIALLY_FULFILLED");
    expect(found.closedAt).not.toBeNull();
    expect(await emails(id)).toContain("requester-resolved");
    expect(
      (await appError(resolveCase({ caseId: id, outcome: "FULFILLED", summary: "Again and again." }, analyst))).code,
    ).toBe("CONFLICT");
    expect((await appError(reopenCase({ caseId: id, reason: "The requester wrote back" }, analyst))).code).toBe(
      "FORBIDDEN",
    );
    await reopenCase({ caseId: id, reason: "The requester says one system was missed." }, officer);
    found = await row(id);
    expect(found.status).toBe("IN_PROGRESS");
    expect(found.outcome).toBeNull();
    const reopened = await database.prisma.auditEvent.findFirstOrThrow({
      where: { caseId: id, type: "case.reopened" },
    });
    expect(JSON.stringify(reopened.data)).not.toContain("system was missed");
  });

  it("refuses to close as fulfilled with unticked checklist items, naming them, and changes nothing", async () => {
    const id = await newCase("ACCESS");
    await tickChecklistItem({ caseId: id, item: "data-collected", done: true }, analyst);
    const before = await row(id);
    const beforeEvents = await events(id);
    const refused = await appError(
      resolveCase({ caseId: id, outcome: "FULFILLED", summary: "Your data is in the portal." }, analyst),
    );
    expect(refused.code).toBe("VALIDATION");
    expect(saidFields(refused.fieldErrors?.confirmUnticked)).toEqual([
      "2 checklist items are not ticked. Tick them first, or confirm that the case is fulfilled without them.",
    ]);
    const after = await row(id);
    expect(after.status).toBe(before.status);
    expect(after.outcome).toBeNull();
    expect(after.version).toBe(before.version);
    expect(await events(id)).toEqual(beforeEvents);
    expect(await emails(id)).not.toContain("requester-resolved");
  });

  it("closes as fulfilled with unticked items once confirmed, and the audit event records the item keys", async () => {
    const id = await newCase("ACCESS");
    await tickChecklistItem({ caseId: id, item: "data-collected", done: true }, analyst);
    await resolveCase(
      { caseId: id, outcome: "FULFILLED", summary: "Your data is in the portal.", confirmUnticked: true },
      analyst,
    );
    const found = await row(id);
    expect(found.status).toBe("CLOSED");
    expect(found.outcome).toBe("FULFILLED");
    expect(await emails(id)).toContain("requester-resolved");
    const closed = await database.prisma.auditEvent.findFirstOrThrow({ where: { caseId: id, type: "case.closed" } });
    expect(closed.data).toMatchObject({ untickedConfirmed: { count: 2, items: ["delivered-securely", "recorded"] } });
    expect(JSON.stringify(closed.data)).not.toContain("portal");
  });

  it("closes as fulfilled without a confirmation when every checklist item is ticked", async () => {
    const id = await newCase("ACCESS");
    for (const item of ["data-collected", "delivered-securely", "recorded"]) {
      await tickChecklistItem({ caseId: id, item, done: true }, analyst);
    }
    await resolveCase({ caseId: id, outcome: "FULFILLED", summary: "Your data is in the portal." }, analyst);
    const found = await row(id);
    expect(found.outcome).toBe("FULFILLED");
    const closed = await database.prisma.auditEvent.findFirstOrThrow({ where: { caseId: id, type: "case.closed" } });
    expect(closed.data).not.toHaveProperty("untickedConfirmed");
  });

  it("names the one unticked item in the singular", async () => {
    const id = await newCase("ACCESS");
    for (const item of ["data-collected", "delivered-securely"]) {
      await tickChecklistItem({ caseId: id, item, done: true }, analyst);
    }
    const refused = await appError(
      resolveCase({ caseId: id, outcome: "FULFILLED", summary: "Your data is in the portal." }, analyst),
    );
    expect(saidFields(refused.fieldErrors?.confirmUnticked)[0]).toMatch(/^1 checklist item is not ticked\./);
  });

  it("closes a case as a duplicate of another by reference", async () => {
    const original = await newCase();
    const repeat = await newCase();
    const originalRef = (await row(original)).reference;
    const bad = await appError(markDuplicate({ caseId: repeat, duplicateOf: "DSR-1999-000001" }, analyst));
    expect(bad.fieldErrors?.duplicateOf).toEqual(["no_case_with_reference"]);
    await markDuplicate({ caseId: repeat, duplicateOf: originalRef.toLowerCase() }, analyst);
    const found = await row(repeat);
    expect(found.outcome).toBe("DUPLICATE");
    expect(found.duplicateOfId).toBe(original);
  });

  it("ticks checklist items of the case's type only, audited each time", async () => {
    const id = await newCase("CORRECTION");
    await tickChecklistItem({ caseId: id, item: "accuracy-verified", done: true }, analyst);
    expect(await database.prisma.caseChecklistItem.count({ where: { caseId: id } })).toBe(1);
    await tickChecklistItem({ caseId: id, item: "accuracy-verified", done: false }, analyst);
    expect(await database.prisma.caseChecklistItem.count({ where: { caseId: id } })).toBe(0);
    const wrong = await appError(tickChecklistItem({ caseId: id, item: "data-deleted", done: true }, analyst));
    expect(wrong.code).toBe("VALIDATION");
    expect((await events(id)).filter((t) => t.startsWith("checklist."))).toEqual([
      "checklist.ticked",
      "checklist.unticked",
    ]);
  });

  it("reveals the requester only with an audit event; auditors must give a reason", async () => {
    const id = await newCase();
    const missing = await appError(revealRequester({ caseId: id }, auditor));
    expect(missing.fieldErrors?.reason).toBeDefined();
    const shown = await revealRequester({ caseId: id, reason: "Regulator inquiry 2026-17" }, auditor);
    expect(shown.name).toBe("Pat Person");
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { caseId: id, type: "requester.revealed" },
    });
    expect(JSON.stringify(event.data)).not.toContain("Pat Person");
    expect(JSON.stringify(event.data)).not.toContain("Regulator inquiry");
  });
});
