// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as nextCache from "next/cache";
import FulfilmentSettingsPage from "@/app/(staff)/settings/fulfilment/page";
import MyTasksPage from "@/app/(staff)/tasks/page";
import type { Actor } from "@/lib/auth/guards";
import { messages } from "@/lib/i18n/messages";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import { messagesOf } from "../support/catalogue-keys";
import { readableTexts } from "../support/visible-text";
import { recordMyTaskResultAction } from "@/lib/actions/staff/task-links";
import { loadFulfilmentPolicy } from "@/lib/server/fulfilment/load-fulfilment-policy";
import { listMyTasks } from "@/lib/server/fulfilment/list-my-tasks";
import { taskReminders } from "@/lib/domain/fulfilment/task-clock";
import { caseCalendar } from "@/lib/server/routing/routing-policy";
import { recordTaskResult } from "@/lib/server/fulfilment/record-task-result";
import { updateFulfilmentPolicy } from "@/lib/server/fulfilment/update-fulfilment-policy";
import { logCase } from "../support/log-case";
import { refusal } from "../support/refusal";
import { renderPage } from "../support/render-page";
import { settingsFixture } from "../support/settings-fixture";
import { createStaff } from "../support/staff";
import { createAnnouncedTask, createSystem } from "../support/tasks";
import type { TestDatabase } from "../support/test-database";

// Outside Next there is no cache to clear: the actions' revalidatePath does nothing here.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof nextCache>()),
  revalidatePath: () => undefined,
}));

const DEFAULTS = {
  remindAfterBusinessDays: 3,
  escalateAfterBusinessDays: 7,
  maxFilesPerResult: 10,
  maxFileMegabytes: 25,
  maxDeliveryAttempts: 8,
  allowedPrivateHosts: [] as string[],
};

describe("fulfilment settings", () => {
  let database: TestDatabase;
  let admin: Actor;
  let officer: Actor;
  beforeAll(async () => ({ database, admin, officer } = await settingsFixture()));
  afterAll(() => database.drop());

  const policy = async () => {
    const { id: _id, updatedAt: _updatedAt, ...values } = await loadFulfilmentPolicy(database.prisma);
    return values;
  };
  const failure = (input: unknown, actor = admin) => refusal(updateFulfilmentPolicy(input as never, actor));

  it("starts from the defaults when nothing is saved, and is for administrators only", async () => {
    expect(await policy()).toEqual(DEFAULTS);
    expect((await failure({ ...DEFAULTS, remindAfterBusinessDays: 2 }, officer)).code).toBe("FORBIDDEN");
    expect(await policy()).toEqual(DEFAULTS);
  });

  it("is written in the administrator's language, every word of it", async () => {
    await database.prisma.user.update({ where: { id: admin.id }, data: { locale: "zh" } });
    try {
      const html = await inRequestScope(
        "http://localhost/settings/fulfilment",
        { cookie: await sessionCookieFor(admin), [PAGE_LANGUAGE_HEADER]: "staff" },
        async () => renderPage(await FulfilmentSettingsPage()),
      );
      expect(html).toContain(messages.zh.fulfilmentSettings.fields.maxFileMegabytes);
      const english = messagesOf(messages.en.fulfilmentSettings).map(([, message]) => message);
      expect(english.filter((message) => readableTexts(html).some((text) => text.includes(message)))).toEqual([]);
    } finally {
      await database.prisma.user.update({ where: { id: admin.id }, data: { locale: "en" } });
    }
  });

  it("checks the values field by field and writes nothing when one is wrong", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ remindAfterBusinessDays: "0" }, "remindAfterBusinessDays"],
      [{ remindAfterBusinessDays: "abc" }, "remindAfterBusinessDays"],
      [{ remindAfterBusinessDays: "7", escalateAfterBusinessDays: "7" }, "escalateAfterBusinessDays"],
      [{ maxFilesPerResult: "51" }, "maxFilesPerResult"],
      [{ maxFileMegabytes: "2.5" }, "maxFileMegabytes"],
      [{ maxDeliveryAttempts: "0" }, "maxDeliveryAttempts"],
      [{ allowedPrivateHosts: "crm.internal\nhttp://evil/" }, "allowedPrivateHosts"],
    ];
    for (const [change, field] of cases) {
      const error = await failure({ ...DEFAULTS, ...change });
      expect(error.code).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await policy()).toEqual(DEFAULTS);
    expect(await database.prisma.auditEvent.count({ where: { type: "settings.fulfilment_policy_updated" } })).toBe(0);
  });

  it("saves what changed, audited before and after, and new tasks follow the new clock", async () => {
    const result = await updateFulfilmentPolicy(
      {
        ...DEFAULTS,
        remindAfterBusinessDays: "1",
        escalateAfterBusinessDays: "2",
        allowedPrivateHosts: "CRM.internal, crm.internal\n10.0.0.5",
      },
      admin,
    );
    expect(result.changed).toEqual(["remindAfterBusinessDays", "escalateAfterBusinessDays", "allowedPrivateHosts"]);
    expect(await policy()).toMatchObject({
      remindAfterBusinessDays: 1,
      escalateAfterBusinessDays: 2,
      allowedPrivateHosts: ["crm.internal", "10.0.0.5"],
    });
    const [event] = await database.prisma.auditEvent.findMany({
      where: { type: "settings.fulfilment_policy_updated" },
    });
    expect(event!.data).toMatchObject({ changes: { remindAfterBusinessDays: { from: 3, to: 1 } } });
    expect((await updateFulfilmentPolicy({ ...(await policy()) }, admin)).changed).toEqual([]);

    const created = await logCase(
      {
        type: "DELETION",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        requester: { email: "clock@example.com", name: "Clo Ck" },
      },
      officer,
    );
    const system = await createSystem(database.prisma, { ownerEmails: ["x@systems.example"] });
    const task = await createAnnouncedTask(database.prisma, created.id, system);
    // The new values on the case regime's calendar, not the defaults (3 and 7 business days).
    const { policy: casePolicy } = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id } });
    const { timeZone, calendar } = await database.prisma.$transaction((tx) => caseCalendar(tx, casePolicy));
    const saved = await policy();
    const expected = taskReminders(task.createdAt, saved, timeZone, calendar);
    expect({ remindAt: task.remindAt, escalateAt: task.escalateAt }).toEqual(expected);
    const defaults = taskReminders(
      task.createdAt,
      { remindAfterBusinessDays: 3, escalateAfterBusinessDays: 7 },
      timeZone,
      calendar,
    );
    expect(expected.remindAt < defaults.remindAt && expected.escalateAt < defaults.escalateAt).toBe(true);
  });
});

describe("My tasks: a staff owner records their system's tasks", () => {
  let database: TestDatabase;
  let officer: Actor;
  let owner: Actor;
  let stranger: Actor;
  beforeAll(async () => {
    ({ database, officer } = await settingsFixture());
    owner = await createStaff(database.prisma, { role: "ANALYST" });
    stranger = await createStaff(database.prisma, { role: "ANALYST" });
  });
  afterAll(() => database.drop());

  async function taskOwnedBy(ownerIds: string[], type = "CORRECTION") {
    const created = await logCase(
      {
        type,
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        requester: { email: `mine-${Math.random().toString(36).slice(2)}@example.com`, name: "Mia Mine" },
      },
      officer,
    );
    // The officer's case: an analyst sees it only through a system they own.
    await database.prisma.case.update({ where: { id: created.id }, data: { assigneeId: officer.id } });
    const system = await createSystem(database.prisma, { ownerIds });
    const task = await createAnnouncedTask(database.prisma, created.id, system);
    return { caseId: created.id, system, task };
  }

  it("lists the open tasks of the systems they own, with what to do, and records a result through the one writer", async () => {
    const mine = await taskOwnedBy([owner.id]);
    await taskOwnedBy([officer.id]);
    const listed = await listMyTasks(owner);
    expect(listed.map((t) => t.id)).toEqual([mine.task.id]);
    expect(listed[0]!.instruction).toEqual({
      key: "correction",
      args: { item: "Postal address", value: "2 New Street" },
    });
    const html = await inRequestScope(
      "http://localhost/tasks",
      { cookie: await sessionCookieFor(owner), "accept-language": "en" },
      async () => renderPage(await MyTasksPage()),
    );
    expect(html).toContain(mine.system.name);
    expect(html).toContain("Change Postal address to “2 New Street”.");
    expect(html).toContain(messages.en.myTasks.record);

    // An analyst who does not own the system may not (the case is the officer's); nor may an auditor who owns
    // it (auditors change nothing); the owner, an analyst, may.
    const auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    await database.prisma.dataSystem.update({
      where: { id: mine.system.id },
      data: { ownerIds: [owner.id, auditor.id] },
    });
    const readOnly = await refusal(
      recordTaskResult({ caseId: mine.task.caseId, taskId: mine.task.id, state: "DONE", result: "CORRECTED" }, auditor),
    );
    expect(readOnly.code).toBe("FORBIDDEN");
    const refused = await refusal(
      recordTaskResult(
        { caseId: mine.task.caseId, taskId: mine.task.id, state: "DONE", result: "CORRECTED" },
        stranger,
      ),
    );
    expect(refused.code).toBe("FORBIDDEN");
    const wrong = await refusal(
      recordTaskResult({ caseId: mine.task.caseId, taskId: mine.task.id, state: "DONE", result: "DELETED" }, owner),
    );
    expect(wrong.fieldErrors).toEqual({ result: ["taskResultNotForKind"] });
    await recordTaskResult(
      { caseId: mine.task.caseId, taskId: mine.task.id, state: "DONE", result: "CORRECTED", reason: "done in the CRM" },
      owner,
    );
    const done = await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: mine.task.id } });
    expect(done).toMatchObject({ state: "DONE", result: "CORRECTED", finishedBy: "STAFF", finishedById: owner.id });
    const [event] = await database.prisma.auditEvent.findMany({
      where: { caseId: mine.caseId, type: "task.finished" },
    });
    expect(event).toMatchObject({ actorKind: "STAFF", actorId: owner.id });
    expect(await listMyTasks(owner)).toEqual([]);
    const replay = await refusal(
      recordTaskResult({ caseId: mine.task.caseId, taskId: mine.task.id, state: "FAILED", reason: "again" }, owner),
    );
    expect(replay.code).toBe("CONFLICT");
  });

  it("shows a failed task back to its owner with the reason, and says when nothing waits", async () => {
    const html = await inRequestScope(
      "http://localhost/tasks",
      { cookie: await sessionCookieFor(stranger), "accept-language": "en" },
      async () => renderPage(await MyTasksPage()),
    );
    expect(html).toContain(messages.en.myTasks.none);
    const failed = await taskOwnedBy([owner.id], "DELETION");
    await database.prisma.fulfilmentTask.update({
      where: { id: failed.task.id },
      data: { state: "FAILED", reason: "The account is locked" },
    });
    const [listed] = await listMyTasks(owner);
    expect(listed).toMatchObject({ id: failed.task.id, state: "FAILED", reason: "The account is locked" });
    // Staff may finish a FAILED task once they fixed its cause.
    await recordTaskResult(
      { caseId: failed.task.caseId, taskId: failed.task.id, state: "DONE", result: "DELETED" },
      officer,
    );
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: failed.task.id } })).state).toBe(
      "DONE",
    );
  });

  it("takes an access export's files with a staff owner's result, through the page's form", async () => {
    const access = await taskOwnedBy([owner.id], "ACCESS");
    const form = new FormData();
    form.set("caseId", access.caseId);
    form.set("taskId", access.task.id);
    form.set("state", "DONE");
    form.set("result", "FILES_ATTACHED");
    form.append("files", new File(["id,plan\n1,basic\n"], "export.csv", { type: "text/csv" }));
    const reply = await inRequestScope(
      "http://localhost/tasks",
      { cookie: await sessionCookieFor(owner), "accept-language": "en" },
      () => recordMyTaskResultAction(undefined, form),
    );
    expect(reply.status).toBe("success");
    const uploads = await database.prisma.upload.findMany({ where: { taskId: access.task.id } });
    expect(uploads.map((u) => [u.purpose, u.contentType, u.caseId])).toEqual([
      ["TASK_RESULT", "text/csv", access.caseId],
    ]);
    // A file that is not what it says is refused, nothing saved.
    const other = await taskOwnedBy([owner.id], "ACCESS");
    const bad = await refusal(
      recordTaskResult(
        { caseId: other.task.caseId, taskId: other.task.id, state: "DONE", result: "FILES_ATTACHED" },
        owner,
        new Date(),
        [{ filename: "x.zip", bytes: Buffer.from("not a zip") }],
      ),
    );
    expect(bad.fieldErrors).toEqual({ files: ["task_file_type_not_allowed"] });
    expect(await database.prisma.upload.count({ where: { taskId: other.task.id } })).toBe(0);
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: other.task.id } })).state).toBe(
      "OPEN",
    );
  });
});
