// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope } from "../support/request-scope";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import TaskLinkPage from "@/app/task/[token]/page";
import { reportTaskAction } from "@/lib/actions/public/task-link";
import type { Actor } from "@/lib/auth/guards";
import { hashToken } from "@/lib/crypto/tokens";
import { AppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/i18n/messages";
import { extendDeadline } from "@/lib/server/deadlines/extend-deadline";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { reportTaskByLink, type TaskLinkAnswer } from "@/lib/server/fulfilment/report-task-by-link";
import { recordTaskResult } from "@/lib/server/fulfilment/record-task-result";
import { resendTaskLink } from "@/lib/server/fulfilment/resend-task-link";
import { revokeTaskLink } from "@/lib/server/fulfilment/revoke-task-link";
import { taskLinkView } from "@/lib/server/fulfilment/task-link-view";
import { RateLimited } from "@/lib/server/rate-limit/hit-rate-limit";
import { readUpload } from "@/lib/server/uploads/read-upload";
import { fromClient } from "../support/client";
import { logCase } from "../support/log-case";
import { renderedEmail } from "../support/outbox";
import { renderPage } from "../support/render-page";
import { PDF_BYTES } from "../support/requests";
import { createStaff } from "../support/staff";
import { createAnnouncedTask, createSystem, taskTokenSentTo } from "../support/tasks";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const DAY_MS = 86_400_000;
let ipCounter = 0;
/** A fresh client address per call, so the per-address limit is tested only where meant. */
const client = () => ({ ip: `198.51.100.${(ipCounter++ % 250) + 1}` });

describe("task links: a system's outside owners do their part of a request", () => {
  let database: TestDatabase;
  let officer: Actor;
  let analyst: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
  });
  afterAll(() => database.drop());

  async function newCase(type: string, requesterEmail = `task-${Math.random().toString(36).slice(2)}@example.com`) {
    const created = await logCase(
      {
        type,
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        requester: { email: requesterEmail, name: "Tess Tasked" },
      },
      officer,
    );
    return created.id;
  }

  /** A case of `type` with one MANUAL task whose system has the given outside owners; the token sent to the first. */
  async function manualTask(
    type: string,
    options: { ownerEmails?: string[]; locale?: "en" | "zh"; requesterEmail?: string } = {},
  ) {
    const caseId = await newCase(type, options.requesterEmail);
    const system = await createSystem(database.prisma, {
      ownerEmails: options.ownerEmails ?? ["owner@systems.example"],
      locale: options.locale ?? "en",
    });
    const task = await createAnnouncedTask(database.prisma, caseId, system);
    const token =
      system.ownerEmails.length > 0 ? await taskTokenSentTo(database.prisma, caseId, system.ownerEmails[0]!) : "";
    return { caseId, system, task, token };
  }

  const taskRow = (id: string) => database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id } });
  const eventsOf = (caseId: string, type: string) =>
    database.prisma.auditEvent.findMany({ where: { caseId, type }, orderBy: { id: "asc" } });

  it("emails each outside owner a 256-bit link (hash kept) in the system's language, expiring 30 days after the case's due date, and starts the task's clock", async () => {
    const { caseId, task, token } = await manualTask("CORRECTION", {
      ownerEmails: ["crm-owner@systems.example", "crm-deputy@systems.example"],
      locale: "zh",
    });
    const found = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(task.tokenHash).toBe(hashToken(token));
    expect(task.linkExpiresAt!.getTime()).toBe(found.dueAt.getTime() + 30 * DAY_MS);
    expect(task.remindAt!.getTime()).toBeGreaterThan(Date.now() + DAY_MS);
    expect(task.escalateAt!.getTime()).toBeGreaterThan(task.remindAt!.getTime());
    const emails = await database.prisma.outboxEmail.findMany({ where: { caseId, template: "task-assigned" } });
    expect(emails.map((e) => e.to).sort()).toEqual(["crm-deputy@systems.example", "crm-owner@systems.example"]);
    expect(emails.every((e) => e.locale === "zh")).toBe(true);
    // Both owners got the same link; the email is in Chinese and carries it.
    expect(await taskTokenSentTo(database.prisma, caseId, "crm-deputy@systems.example")).toBe(token);
    const rendered = renderedEmail(emails[0]!);
    expect(rendered.text).toContain(`https://rd.example/task/${token}`);
    expect(rendered.subject).toContain(found.reference);
    expect(rendered.subject).toMatch(/任务/);
  });

  it("starts the clock of a task whose system has only staff owners, and sends no link", async () => {
    const { caseId, task } = await manualTask("DELETION", { ownerEmails: [] });
    expect(task.tokenHash).toBeNull();
    expect(task.remindAt).not.toBeNull();
    expect(await database.prisma.outboxEmail.count({ where: { caseId, template: "task-assigned" } })).toBe(0);
  });

  it("shows only what the task needs: a correction's item and value, never the requester's contact details", async () => {
    const requesterEmail = `never-shown-${Math.random().toString(36).slice(2)}@example.com`;
    const { token, system } = await manualTask("CORRECTION", { requesterEmail });
    const html = await inRequestScope(`http://localhost/task/${token}`, { "accept-language": "en" }, async () =>
      renderPage(await TaskLinkPage({ params: Promise.resolve({ token }) })),
    );
    expect(html).toContain(system.name);
    expect(html).toContain("Change Postal address to “2 New Street”.");
    expect(html).not.toContain(requesterEmail);
    expect(html).not.toContain("Tess Tasked");
    expect(html).not.toContain("task-identifier");
    const view = await taskLinkView(token);
    expect(view.identifier).toBeNull();
    expect(view.results).toEqual(["CORRECTED", "NO_DATA_FOUND"]);
  });

  it("gives an access export the person's email address as the identifier, and the page in Chinese for a Chinese browser", async () => {
    const requesterEmail = `access-${Math.random().toString(36).slice(2)}@example.com`;
    const { token } = await manualTask("ACCESS", { requesterEmail });
    const html = await inRequestScope(`http://localhost/task/${token}`, { "accept-language": "zh-CN,zh" }, async () =>
      renderPage(await TaskLinkPage({ params: Promise.resolve({ token }) })),
    );
    expect(html).toContain(requesterEmail);
    expect(html).toContain(messages.zh.tasks.instructions.access);
    expect(html).toContain(messages.zh.taskLink.answerTitle);
    expect(html).not.toContain("Tess Tasked");
  });

  it("an owner marks a correction done: the task is DONE by its owner, audited without personal data, and the link then says it is finished", async () => {
    const { caseId, task, token } = await manualTask("CORRECTION");
    const form = new FormData();
    form.set("token", token);
    form.set("state", "DONE");
    form.set("result", "CORRECTED");
    form.set("note", "Changed in the CRM by the support lead");
    const reply = await inRequestScope(`http://localhost/task/${token}`, { "accept-language": "en" }, () =>
      reportTaskAction(undefined, form),
    );
    expect(reply.status).toBe("success");
    expect(reply.message).toBe(messages.en.taskLink.done.DONE);
    const done = await taskRow(task.id);
    expect(done).toMatchObject({ state: "DONE", result: "CORRECTED", finishedBy: "OWNER", finishedById: null });
    expect(done.reason).toBe("Changed in the CRM by the support lead");
    expect(done.linkRevokedAt).not.toBeNull();
    expect(done.remindAt).toBeNull();
    const [finished] = await eventsOf(caseId, "task.finished");
    expect(finished).toMatchObject({ actorKind: "TASK_OWNER" });
    expect(finished!.data).toMatchObject({ taskId: task.id, result: "CORRECTED" });
    expect(JSON.stringify(finished!.data)).not.toContain("CRM by");
    const view = await taskLinkView(token);
    expect(view.open).toBe(false);
    expect(view.instruction.key).toBe("correction");
  });

  it("refuses a replayed report after the task is done (a conflict, in the owner's words), changing nothing", async () => {
    const { caseId, task, token } = await manualTask("DELETION");
    await reportTaskByLink({ token, state: "DONE", result: "DELETED" }, client());
    const before = await taskRow(task.id);
    const eventsBefore = await database.prisma.auditEvent.count({ where: { caseId } });
    const replay = await appError(reportTaskByLink({ token, state: "FAILED", reason: "again" }, client()));
    expect(replay.code).toBe("CONFLICT");
    const form = new FormData();
    form.set("token", token);
    form.set("state", "DONE");
    form.set("result", "DELETED");
    const reply = await inRequestScope(`http://localhost/task/${token}`, { "accept-language": "en" }, () =>
      reportTaskAction(undefined, form),
    );
    expect(reply.error?.[""]).toEqual([messages.en.taskLink.notRecorded]);
    expect(await taskRow(task.id)).toEqual(before);
    expect(await database.prisma.auditEvent.count({ where: { caseId } })).toBe(eventsBefore);
  });

  it("answers a forged, expired or revoked link, or a closed case, with the one 'link does not work' and changes nothing", async () => {
    const forged = await appError(
      reportTaskByLink({ token: "A".repeat(43), state: "DONE", result: "DELETED" }, client()),
    );
    expect(forged.code).toBe("NOT_FOUND");
    expect(forged.key).toBe("taskLink.linkGone");
    await expect(taskLinkView("A".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(taskLinkView(undefined)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const expired = await manualTask("DELETION");
    const later = new Date(expired.task.linkExpiresAt!.getTime() + 1000);
    const tooLate = await appError(
      reportTaskByLink({ token: expired.token, state: "DONE", result: "DELETED" }, client(), later),
    );
    expect(tooLate.key).toBe("taskLink.linkGone");
    await expect(taskLinkView(expired.token, later)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const revoked = await manualTask("DELETION");
    await revokeTaskLink({ caseId: revoked.caseId, taskId: revoked.task.id }, analyst);
    const gone = await appError(reportTaskByLink({ token: revoked.token, state: "DONE", result: "DELETED" }, client()));
    expect(gone.key).toBe("taskLink.linkGone");
    const [event] = await eventsOf(revoked.caseId, "task.link_revoked");
    expect(event!.data).toEqual({ taskId: revoked.task.id, systemId: revoked.system.id });
    // Finished by staff afterwards: the revoked link still tells its holder nothing.
    await recordTaskResult(
      { caseId: revoked.task.caseId, taskId: revoked.task.id, state: "DONE", result: "DELETED" },
      officer,
    );
    await expect(taskLinkView(revoked.token)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const closed = await manualTask("DELETION");
    await database.prisma.case.update({
      where: { id: closed.caseId },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    const refused = await appError(
      reportTaskByLink({ token: closed.token, state: "DONE", result: "DELETED" }, client()),
    );
    expect(refused.key).toBe("taskLink.linkGone");
    for (const { task } of [expired, closed]) expect((await taskRow(task.id)).state).toBe("OPEN");
  });

  it("checks the answer: a result that does not fit the task, a missing reason, export files missing are refused with field errors, nothing written", async () => {
    const { caseId, task, token } = await manualTask("CORRECTION");
    const wrongResult = await appError(reportTaskByLink({ token, state: "DONE", result: "DELETED" }, client()));
    expect(wrongResult.fieldErrors).toEqual({ result: ["taskResultNotForKind"] });
    const noReason = await appError(reportTaskByLink({ token, state: "NOT_APPLICABLE", reason: "  " }, client()));
    expect(Object.keys(noReason.fieldErrors ?? {})).toEqual(["reason"]);
    const access = await manualTask("ACCESS");
    const noFiles = await appError(
      reportTaskByLink({ token: access.token, state: "DONE", result: "FILES_ATTACHED" }, client()),
    );
    expect(noFiles.fieldErrors).toEqual({ files: ["attach_export_files"] });
    for (const id of [task.id, access.task.id]) expect((await taskRow(id)).state).toBe("OPEN");
    expect(await eventsOf(caseId, "task.finished")).toHaveLength(0);
  });

  it("takes an access export's files (PDF, CSV, JSON, ZIP) as the task's result files, within the size and count set by administrators", async () => {
    const { caseId, task, token } = await manualTask("ACCESS");
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
    const files = [
      { filename: "export.pdf", bytes: PDF_BYTES },
      { filename: "orders.csv", bytes: Buffer.from("order,date\n1,2026-01-01\n") },
      { filename: "profile.json", bytes: Buffer.from('{"plan":"basic"}') },
      { filename: "attachments.zip", bytes: zip },
    ];
    // A program dressed as a PDF, and JSON that is not JSON: refused by content, nothing saved.
    const fake = await appError(
      reportTaskByLink(
        {
          token,
          state: "DONE",
          result: "FILES_ATTACHED",
          files: [{ filename: "x.pdf", bytes: Buffer.from("MZ\u0090\u0000") }],
        },
        client(),
      ),
    );
    expect(fake.fieldErrors).toEqual({ files: ["task_file_type_not_allowed"] });
    const badJson = await appError(
      reportTaskByLink(
        {
          token,
          state: "DONE",
          result: "FILES_ATTACHED",
          files: [{ filename: "x.json", bytes: Buffer.from("{nope") }],
        },
        client(),
      ),
    );
    expect(badJson.fieldErrors).toEqual({ files: ["task_file_type_not_allowed"] });
    await database.prisma.fulfilmentPolicy.upsert({
      where: { id: 1 },
      create: { id: 1, maxFilesPerResult: 3, maxFileMegabytes: 1 },
      update: { maxFilesPerResult: 3, maxFileMegabytes: 1 },
    });
    try {
      const tooMany = await appError(
        reportTaskByLink({ token, state: "DONE", result: "FILES_ATTACHED", files }, client()),
      );
      expect(tooMany.fieldErrors).toEqual({ files: ["task_too_many_files:3"] });
      const big = { filename: "big.csv", bytes: Buffer.alloc(1024 * 1024 + 1, 0x61) };
      const tooBig = await appError(
        reportTaskByLink({ token, state: "DONE", result: "FILES_ATTACHED", files: [big] }, client()),
      );
      expect(tooBig.fieldErrors).toEqual({ files: ["task_file_too_large:1"] });
      expect(await database.prisma.upload.count({ where: { caseId } })).toBe(0);
    } finally {
      await database.prisma.fulfilmentPolicy.update({
        where: { id: 1 },
        data: { maxFilesPerResult: 10, maxFileMegabytes: 25 },
      });
    }
    const done = await reportTaskByLink({ token, state: "DONE", result: "FILES_ATTACHED", files }, client());
    expect(done).toEqual({ state: "DONE", files: 4 });
    const uploads = await database.prisma.upload.findMany({ where: { caseId }, orderBy: { number: "asc" } });
    expect(uploads.map((u) => [u.purpose, u.taskId, u.contentType])).toEqual([
      ["TASK_RESULT", task.id, "application/pdf"],
      ["TASK_RESULT", task.id, "text/csv"],
      ["TASK_RESULT", task.id, "application/json"],
      ["TASK_RESULT", task.id, "application/zip"],
    ]);
    expect((await taskRow(task.id)).result).toBe("FILES_ATTACHED");
    // Staff download them typed and named by their content, as every upload.
    const csv = await readUpload({ id: uploads[1]!.id }, officer);
    expect(csv.contentType).toBe("text/csv");
    expect(csv.downloadName).toMatch(/-2\.csv$/);
    expect((await readUpload({ id: uploads[3]!.id }, officer)).downloadName).toMatch(/-4\.zip$/);
  });

  it("sends the link again (the old one stops working, the clock starts again) and revokes it, for staff who work cases only", async () => {
    const { caseId, task, token } = await manualTask("OBJECTION", { ownerEmails: ["ads@systems.example"] });
    expect((await taskLinkView(token)).instruction.key).toBe("objectionMarketing");
    const denied = await appError(resendTaskLink({ caseId, taskId: task.id }, auditor));
    expect(denied.code).toBe("FORBIDDEN");
    const later = new Date(Date.now() + 2 * DAY_MS);
    await resendTaskLink({ caseId, taskId: task.id }, analyst, later);
    const fresh = await taskTokenSentTo(database.prisma, caseId, "ads@systems.example");
    expect(fresh).not.toBe(token);
    await expect(taskLinkView(token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await taskLinkView(fresh)).open).toBe(true);
    const resent = await taskRow(task.id);
    expect(resent.remindAt!.getTime()).toBeGreaterThan(task.remindAt!.getTime());
    const [event] = await eventsOf(caseId, "task.link_resent");
    expect(event!.data).toEqual({ taskId: task.id, systemId: task.systemId, replaced: true, recipients: 1 });
    await revokeTaskLink({ caseId, taskId: task.id }, officer);
    await expect(taskLinkView(fresh)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const again = await appError(revokeTaskLink({ caseId, taskId: task.id }, officer));
    expect(again.key).toBe("problems.noOpenLinkToRevoke");
    // A task of another case is no task of this one.
    const other = await manualTask("DELETION");
    const elsewhere = await appError(revokeTaskLink({ caseId, taskId: other.task.id }, officer));
    expect(elsewhere.code).toBe("NOT_FOUND");
    // No link for a system without outside owners.
    const staffOnly = await manualTask("DELETION", { ownerEmails: [] });
    const none = await appError(resendTaskLink({ caseId: staffOnly.caseId, taskId: staffOnly.task.id }, officer));
    expect(none.key).toBe("taskLink.staff.noOutsideOwners");
  });

  it("keeps a task's link working as long as its case: an extension carries the link along", async () => {
    const { caseId, task, token } = await manualTask("DELETION");
    const before = (await taskRow(task.id)).linkExpiresAt!;
    await extendDeadline({ caseId, reason: "The request covers ten years of records in three systems." }, officer);
    const dueAt = (await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).dueAt;
    const after = (await taskRow(task.id)).linkExpiresAt!;
    expect(after.getTime()).toBeGreaterThan(before.getTime());
    expect(after.getTime()).toBe(dueAt.getTime() + 30 * 24 * 60 * 60 * 1000);
    // The link still opens past its first expiry.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(before.getTime() + 24 * 60 * 60 * 1000));
    try {
      expect((await taskLinkView(token)).reference).toMatch(/^DSR-/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("limits answers per client address, counting forged tokens", async () => {
    const ip = "203.0.113.77";
    let limited: unknown;
    for (let i = 0; i < 40 && !limited; i++) {
      await reportTaskByLink({ token: `forged-${i}-${"x".repeat(40)}`, state: "FAILED", reason: "x" }, { ip }).catch(
        (error: unknown) => {
          if (error instanceof RateLimited) limited = error;
        },
      );
    }
    expect(limited).toBeInstanceOf(RateLimited);
    // Another client is not held back by it.
    const other = await appError(reportTaskByLink({ token: "y".repeat(43), state: "FAILED", reason: "x" }, client()));
    expect(other.code).toBe("NOT_FOUND");
  });

  it("answers fuzzed forms posted to the page's action with a reply (never an error page), recording at most one answer", async () => {
    const { caseId, task, token } = await manualTask("DELETION");
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom("", " ", "\u0000", "DONE", "FAILED", "NOT_APPLICABLE", "DELETED", "CORRECTED", "NO_DATA_FOUND"),
    );
    const fields = fc.record(
      { token: fc.oneof(fc.constant(token), text), state: text, result: text, note: text, reason: text },
      { requiredKeys: [] },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fields, async (values) => {
        run++;
        const form = new FormData();
        for (const [name, value] of Object.entries(values)) form.set(name, value);
        const reply = await inRequestScope(
          `http://localhost/task/${token}`,
          { "accept-language": "en", ...fromClient(`2001:db8::${run.toString(16)}`) },
          () => reportTaskAction(undefined, form),
        );
        expect(["success", "error"]).toContain(reply.status);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
    // At most one answer was recorded, and the task's state is that answer's (or still open without one).
    const finished = await eventsOf(caseId, "task.finished");
    expect(finished.length).toBeLessThanOrEqual(1);
    const state = (await taskRow(task.id)).state;
    if (finished.length === 0) expect(state).toBe("OPEN");
    else expect(state).toBe((finished[0]!.data as { changes: { state: { to: string } } }).changes.state.to);
  });

  const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 300);
  it(`answers ${fuzzRuns} fuzzed reports with an expected refusal or one success, never an internal error`, async () => {
    const { caseId, task, token } = await manualTask("ACCESS");
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom("", " ", "\u0000", "DONE", "FAILED", "NOT_APPLICABLE", "FILES_ATTACHED", "NO_DATA_FOUND"),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const answer = fc.record(
      {
        token: fc.oneof(fc.constant(token), value),
        state: value,
        result: value,
        note: value,
        reason: value,
        files: fc.array(
          fc.record({
            filename: fc.oneof(fc.string(), fc.constantFrom("a.pdf", "a.csv", "a.json")),
            bytes: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
          }),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    );
    const valid = fc.constantFrom<TaskLinkAnswer>(
      { token, state: "DONE", result: "NO_DATA_FOUND" },
      { token, state: "NOT_APPLICABLE", reason: "Not in this system" },
    );
    let hour = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(answer, valid), async (input) => {
        hour++;
        const when = new Date(Date.now() + hour * 3_600_000);
        try {
          await reportTaskByLink(input as TaskLinkAnswer, client(), when);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
        }
      }),
      { numRuns: fuzzRuns },
    );
    // Half the runs send a valid answer: the first one is recorded, every later one refused.
    expect(await eventsOf(caseId, "task.finished")).toHaveLength(1);
    expect(["DONE", "NOT_APPLICABLE"]).toContain((await taskRow(task.id)).state);
  });
});
