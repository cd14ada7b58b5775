import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors/app-error";
import { logCase as logStaffCase } from "../support/log-case";
import { extendDeadline } from "@/lib/server/deadlines/extend-deadline";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { resumeCaseClock } from "@/lib/server/deadlines/resume-case-clock";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { said, saidFields } from "../support/said";

const at = (iso: string) => new Date(iso);
/** Staff ask the requester for something: the use-case that stops the clock. */
const askFor = (kind: "CLARIFICATION" | "IDENTITY", fields: { caseId: string; expectedVersion?: number }) => ({
  ...fields,
  body: kind === "IDENTITY" ? "Please send proof of identity." : "Which account do you mean?",
  asksFor: kind,
});

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("cases carry their legal deadline", () => {
  let database: TestDatabase;
  let officer: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
  });
  afterAll(() => database.drop());

  const logCase = (regime: string, receivedAt: string, now: string) =>
    logStaffCase(
      {
        type: "ACCESS",
        regime,
        channel: "EMAIL",
        receivedAt,
        requester: { email: "Person@Example.com", name: "A Person", locale: "zh" },
      },
      officer,
      at(now),
    );

  it("computes the due date from when the request arrived, stores the policy, and acknowledges it", async () => {
    // Arrived 31 Aug, typed in 3 Sep: the clock started on arrival.
    const created = await logCase("EU_GDPR", "2026-08-31T10:00:00Z", "2026-09-03T08:00:00Z");
    expect(created.reference).toMatch(/^DSR-2026-\d{6}$/);
    expect(created.dueDate).toBe("2026-09-30");
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.dueAt.toISOString()).toBe("2026-09-30T22:59:59.999Z");
    expect(row.policy).toMatchObject({ regime: "EU_GDPR", calendar: "IE", rule: { unit: "MONTHS", length: 1 } });
    const email = await database.prisma.outboxEmail.findFirstOrThrow({ where: { caseId: created.id } });
    expect(email).toMatchObject({ template: "requester-acknowledgement", to: "person@example.com", locale: "zh" });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { caseId: created.id, type: "case.logged" },
    });
    expect(audit.actorId).toBe(officer.id);
  });

  it("keeps the policy a case was opened under when the policy changes later", async () => {
    const before = await logCase("DEFAULT", "2026-06-01T10:00:00Z", "2026-06-01T11:00:00Z");
    await database.prisma.deadlinePolicy.update({
      where: { regime: "DEFAULT" },
      data: { rule: { unit: "CALENDAR_DAYS", length: 20, extension: 0, receiptIsDayOne: false, rollForward: false } },
    });
    const after = await logCase("DEFAULT", "2026-06-01T10:00:00Z", "2026-06-01T11:00:00Z");
    expect(before.dueDate).toBe("2026-07-01");
    expect(after.dueDate).toBe("2026-06-21");
    const old = await database.prisma.case.findUniqueOrThrow({ where: { id: before.id } });
    expect(old.policy).toMatchObject({ rule: { length: 30 } });
  });

  it("pauses and resumes: the days waited, both included, move the due date; each step is audited", async () => {
    const created = await logCase("EU_GDPR", "2027-03-05T10:00:00Z", "2027-03-05T11:00:00Z");
    expect(created.dueDate).toBe("2027-04-05");
    const paused = await sendMessageToRequester(
      askFor("CLARIFICATION", { caseId: created.id }),
      officer,
      at("2027-03-10T09:00:00Z"),
    );
    expect(paused.deadline?.paused).toBe(true);
    let row = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.status).toBe("AWAITING_REQUESTER");
    expect(row.clockPausedAt).not.toBeNull();

    const resumed = await resumeCaseClock(
      { caseId: created.id, answeredAt: new Date("2027-03-12T15:00:00Z") },
      officer,
      at("2027-03-13T09:00:00Z"),
    );
    expect(resumed.deadline!.stoppedDays).toBe(3);
    row = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.dueDate).toBe("2027-04-08");
    expect(row.status).toBe("IN_PROGRESS");
    expect(row.clockPausedAt).toBeNull();
    const types = (
      await database.prisma.auditEvent.findMany({ where: { caseId: created.id }, orderBy: { id: "asc" } })
    ).map((e) => e.type);
    expect(types).toEqual(["case.logged", "message.to_requester", "deadline.clock_paused", "deadline.clock_resumed"]);
  });

  it("UK GDPR: identity proof restarts the clock from the day it arrives", async () => {
    const created = await logCase("UK_GDPR", "2027-03-01T10:00:00Z", "2027-03-01T11:00:00Z");
    await sendMessageToRequester(askFor("IDENTITY", { caseId: created.id }), officer, at("2027-03-02T09:00:00Z"));
    const resumed = await resumeCaseClock(
      { caseId: created.id, answeredAt: new Date("2027-03-20T10:00:00Z") },
      officer,
      at("2027-03-20T10:00:00Z"),
    );
    expect(resumed.deadline!.clockStartDate).toBe("2027-03-20");
    expect(resumed.deadline!.dueDate).toBe("2027-04-20");
    const event = await database.prisma.auditEvent.findFirst({
      where: { caseId: created.id, type: "deadline.clock_restarted" },
    });
    expect(event).not.toBeNull();
  });

  it("keeps the clock running under US_CA_CCPA while the requester is asked (11 CCR §7021)", async () => {
    const created = await logCase("US_CA_CCPA", "2026-03-02T18:00:00Z", "2026-03-02T19:00:00Z");
    const asked = await sendMessageToRequester(
      askFor("CLARIFICATION", { caseId: created.id }),
      officer,
      at("2026-03-03T09:00:00Z"),
    );
    expect(asked.deadline).toBeUndefined();
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.status).toBe("AWAITING_REQUESTER");
    expect(row.clockPausedAt).toBeNull();
    expect(row.dueDate).toBe(created.dueDate);
    expect(await database.prisma.clockStop.count({ where: { caseId: created.id } })).toBe(0);
  });

  it("extends once, with reasons, before the original due date, and notifies the requester", async () => {
    const created = await logCase("EU_GDPR", "2026-08-31T10:00:00Z", "2026-08-31T11:00:00Z");
    const noReason = await appError(
      extendDeadline({ caseId: created.id, reason: "busy" }, officer, at("2026-09-10T09:00:00Z")),
    );
    expect(saidFields(noReason.fieldErrors?.reason)[0]).toMatch(/reasons/);

    const extended = await extendDeadline(
      { caseId: created.id, reason: "The request covers ten years of records in three systems." },
      officer,
      at("2026-09-10T09:00:00Z"),
    );
    expect(extended.deadline.dueDate).toBe("2026-11-30");
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.dueDate).toBe("2026-11-30");
    expect(row.originalDueAt.toISOString()).toBe("2026-09-30T22:59:59.999Z");
    const notice = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId: created.id, template: "requester-extension-notice" },
    });
    expect(notice.payload).toMatchObject({ newDueDate: "2026-11-30" });
    expect((notice.payload as { reason: string }).reason).toContain("ten years");

    const again = await appError(
      extendDeadline(
        { caseId: created.id, reason: "Still more records were found." },
        officer,
        at("2026-09-11T09:00:00Z"),
      ),
    );
    expect(said(again)).toMatch(/only once/);
  });

  it("refuses an extension after the original due date has passed, and changes nothing", async () => {
    const created = await logCase("EU_GDPR", "2026-08-31T10:00:00Z", "2026-08-31T11:00:00Z");
    const error = await appError(
      extendDeadline(
        { caseId: created.id, reason: "The request covers many systems." },
        officer,
        at("2026-10-01T09:00:00Z"),
      ),
    );
    expect(said(error)).toMatch(/original due date has passed/);
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.extendedAt).toBeNull();
    expect(
      await database.prisma.outboxEmail.count({
        where: { caseId: created.id, template: "requester-extension-notice" },
      }),
    ).toBe(0);
  });

  it("rejects a stale version (someone else acted first)", async () => {
    const created = await logCase("EU_GDPR", "2027-03-05T10:00:00Z", "2027-03-05T11:00:00Z");
    await sendMessageToRequester(
      askFor("CLARIFICATION", { caseId: created.id, expectedVersion: 1 }),
      officer,
      at("2027-03-06T09:00:00Z"),
    );
    const error = await appError(
      resumeCaseClock({ caseId: created.id, expectedVersion: 1 }, officer, at("2027-03-07T09:00:00Z")),
    );
    expect(error.status).toBe(409);
  });

  it("names a missing calendar year instead of guessing", async () => {
    const error = await appError(logCase("CN_PIPL", "2026-12-28T02:00:00Z", "2026-12-28T03:00:00Z"));
    expect(said(error)).toMatch(/calendar missing for CN 2027/);
  });

  it("analysts cannot extend a deadline", async () => {
    const analyst = await createStaff(database.prisma, { role: "ANALYST" });
    const created = await logCase("EU_GDPR", "2027-03-05T10:00:00Z", "2027-03-05T11:00:00Z");
    const error = await appError(
      extendDeadline(
        { caseId: created.id, reason: "The request covers many systems." },
        analyst,
        at("2027-03-06T09:00:00Z"),
      ),
    );
    expect(error.status).toBe(403);
  });

  it("auditors cannot change deadlines", async () => {
    const auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    const created = await logCase("EU_GDPR", "2027-03-05T10:00:00Z", "2027-03-05T11:00:00Z");
    const error = await appError(sendMessageToRequester(askFor("CLARIFICATION", { caseId: created.id }), auditor));
    expect(error.status).toBe(403);
  });
});
