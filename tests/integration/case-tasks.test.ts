// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { renderPage } from "../support/render-page";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { CaseActions } from "@/components/cases/case-actions";
import { CaseChecklist } from "@/components/cases/case-checklist";
import { CaseTasksPanel } from "@/components/fulfilment/case-tasks-panel";
import { recordTaskResultAction, waiveTaskAction } from "@/lib/actions/staff/tasks";
import type { Actor } from "@/lib/auth/guards";
import { queueFiltersSchema } from "@/lib/domain/cases/queue-filters";
import { describeEvent } from "@/lib/domain/cases/timeline-sentences";
import { AppError } from "@/lib/errors/app-error";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import { translatorFor } from "@/lib/i18n/translator";
import { assignCase } from "@/lib/server/cases/assign-case";
import { denyCase } from "@/lib/server/cases/deny-case";
import { caseTimeline } from "@/lib/server/cases/case-timeline";
import { getCaseDetail } from "@/lib/server/cases/get-case-detail";
import { listCaseQueue } from "@/lib/server/cases/list-case-queue";
import { logRequestOnBehalf } from "@/lib/server/cases/log-request-on-behalf";
import { resolveCase } from "@/lib/server/cases/resolve-case";
import { tickChecklistItem } from "@/lib/server/cases/tick-checklist-item";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { addCaseTask } from "@/lib/server/fulfilment/add-case-task";
import { caseTasks } from "@/lib/server/fulfilment/case-tasks";
import { recordTaskResult } from "@/lib/server/fulfilment/record-task-result";
import { waiveTask } from "@/lib/server/fulfilment/waive-task";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyByLink } from "@/lib/server/intake/verify-email";
import { taskTimes } from "@/lib/server/reports/task-times";
import { routeToCustomer } from "@/lib/server/routing/route-to-customer";
import { registerCustomer } from "../support/customers";
import { logCase } from "../support/log-case";
import { lastEmailPayload } from "../support/outbox";
import { correctionRequest } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { readableTexts } from "../support/visible-text";

// The actions refresh the case page; outside Next's server there is no page cache to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const DENIAL_REASON = "MANIFESTLY_UNFOUNDED_OR_EXCESSIVE" as const;
let n = 0;
const email = () => `tasks-${++n}-${Math.random().toString(36).slice(2)}@example.com`;
const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

describe("tasks on a case", () => {
  let database: TestDatabase;
  let officer: Actor;
  let analyst: Actor;
  let auditor: Actor;
  const systems: Record<"crm" | "mailer" | "archive" | "billing", string> = {
    crm: "",
    mailer: "",
    archive: "",
    billing: "",
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    const tx = database.prisma;
    // CRM: every regime, by webhook. Mailer: EU only, by hand. Archive: switched off. Billing: China, deletions.
    systems.crm = (
      await tx.dataSystem.create({
        data: {
          name: "CRM",
          reach: "WEBHOOK",
          webhookUrl: "http://127.0.0.1:9/hook",
          requestTypes: ["CORRECTION", "DELETION", "OBJECTION", "ACCESS"],
        },
      })
    ).id;
    systems.mailer = (
      await tx.dataSystem.create({
        data: { name: "Mailer", reach: "MANUAL", requestTypes: ["CORRECTION", "OBJECTION"], regimes: ["EU_GDPR"] },
      })
    ).id;
    systems.archive = (
      await tx.dataSystem.create({ data: { name: "Archive", requestTypes: ["CORRECTION", "DELETION"], active: false } })
    ).id;
    systems.billing = (
      await tx.dataSystem.create({ data: { name: "Billing", requestTypes: ["DELETION"], regimes: ["CN_PIPL"] } })
    ).id;
  });
  afterAll(() => database.drop());

  const tasksOf = (caseId: string) =>
    database.prisma.fulfilmentTask.findMany({
      where: { caseId },
      include: { system: { select: { name: true } } },
      orderBy: { system: { name: "asc" } },
    });
  async function correctionCase(regime = "EU_GDPR") {
    const created = await logCase(
      { type: "CORRECTION", regime, channel: "EMAIL", receivedAt: hourAgo(), requester: { email: email(), name: "Tess Task" } },
      officer,
    );
    return created.id;
  }

  it("confirming a request makes one task per active system taking part in its type and regime, each announced", async () => {
    const caseId = await correctionCase("EU_GDPR");
    const tasks = await tasksOf(caseId);
    expect(tasks.map((task) => [task.system.name, task.kind, task.state])).toEqual([
      ["CRM", "CORRECTION", "OPEN"],
      ["Mailer", "CORRECTION", "OPEN"],
    ]);
    // The webhook system got its delivery queued in the same transaction; the manual one (no outside owner) none.
    const deliveries = await database.prisma.webhookDelivery.findMany({ where: { task: { caseId } } });
    expect(deliveries.map((d) => [d.systemId, d.eventType, d.status])).toEqual([[systems.crm, "task.created", "PENDING"]]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { caseId, type: "task.created" } });
    expect(event.actorKind).toBe("SYSTEM");
    expect(event.data).toEqual({
      taskIds: tasks.map((task) => task.id),
      systemIds: [systems.crm, systems.mailer],
    });

    // Under another regime, the EU-only system takes no part; a deletion in China reaches Billing, not the switched-off Archive.
    const uk = await correctionCase("UK_GDPR");
    expect((await tasksOf(uk)).map((task) => task.system.name)).toEqual(["CRM"]);
    const cn = await logCase(
      { type: "DELETION", regime: "CN_PIPL", channel: "EMAIL", receivedAt: hourAgo(), requester: { email: email(), name: "Li Task" } },
      officer,
    );
    expect((await tasksOf(cn.id)).map((task) => task.system.name)).toEqual(["Billing", "CRM"]);
    // Types that make no tasks make none.
    const other = await logCase(
      { type: "OTHER", regime: "EU_GDPR", channel: "EMAIL", receivedAt: hourAgo(), requester: { email: email(), name: "O Task" } },
      officer,
    );
    expect(await tasksOf(other.id)).toEqual([]);
  });

  it("the requester confirming their address by the emailed link makes the tasks, with the instruction from the request", async () => {
    const { caseId } = await submitRequest(
      { request: correctionRequest(), files: [], channel: "WEB", ip: "198.51.100.77" },
      new Date(),
    );
    expect(await tasksOf(caseId!)).toEqual([]);
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, caseId!, "requester-verification");
    await verifyByLink({ token });
    const tasks = await tasksOf(caseId!);
    expect(tasks.map((task) => task.system.name)).toEqual(["CRM"]); // correctionRequest lives in the UK
    const shown = await caseTasks({
      id: caseId!,
      reference: "DSR-x",
      type: "CORRECTION",
      details: (await database.prisma.case.findUniqueOrThrow({ where: { id: caseId! } })).details,
      requesterLocale: "en",
    });
    const [task] = shown.tasks;
    expect(translatorFor("en")(`tasks.instructions.${task!.instruction.key}`, task!.instruction.args)).toBe(
      "Change Postal address from “1 Old Road” to “2 New Street”.",
    );
    expect(translatorFor("zh")(`tasks.instructions.${task!.instruction.key}`, task!.instruction.args)).toBe(
      "将Postal address从“1 Old Road”更改为“2 New Street”。",
    );
  });

  it("a request naming a business customer makes no tasks until staff keep it and make them", async () => {
    const created = await logRequestOnBehalf(
      {
        request: { ...correctionRequest({ customerName: "Acme Cloud" }), requester: { ...correctionRequest().requester, country: "IE" } },
        receipt: { channel: "EMAIL", receivedAt: hourAgo() },
      },
      officer,
    );
    expect(await tasksOf(created.id)).toEqual([]);
    await addCaseTask({ caseId: created.id, systemId: "all" }, analyst);
    expect((await tasksOf(created.id)).map((task) => [task.system.name, task.createdById])).toEqual([
      ["CRM", analyst.id],
      ["Mailer", analyst.id],
    ]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { caseId: created.id, type: "task.added" } });
    expect(event.actorId).toBe(analyst.id);
    // Nothing left to add; a second task for one system, an inactive system, an unknown one: refused by field.
    const none = await appError(addCaseTask({ caseId: created.id, systemId: "all" }, analyst));
    expect(none.fieldErrors).toEqual({ systemId: ["no_system_left"] });
    const twice = await appError(addCaseTask({ caseId: created.id, systemId: systems.crm }, analyst));
    expect(twice.fieldErrors).toEqual({ systemId: ["system_has_task"] });
    const inactive = await appError(addCaseTask({ caseId: created.id, systemId: systems.archive }, analyst));
    expect(inactive.fieldErrors).toEqual({ systemId: ["system_inactive"] });
    const bad = await appError(addCaseTask({ caseId: created.id, systemId: "not-a-system" }, analyst));
    expect(bad.fieldErrors).toEqual({ systemId: ["choose_system"] });
    const unknown = await appError(
      addCaseTask({ caseId: created.id, systemId: "00000000-0000-4000-8000-000000000000" }, analyst),
    );
    expect(unknown.fieldErrors).toEqual({ systemId: ["choose_system"] });
    // An auditor changes nothing.
    expect((await appError(addCaseTask({ caseId: created.id, systemId: systems.billing }, auditor))).code).toBe("FORBIDDEN");
    expect(await tasksOf(created.id)).toHaveLength(2);
  });

  it("resolving waits for every task, naming the systems; results and waivers finish them; the checklist follows", async () => {
    const caseId = await correctionCase("EU_GDPR");
    const [crm, mailer] = await tasksOf(caseId);
    const refused = await appError(
      resolveCase({ caseId, outcome: "FULFILLED", summary: "All corrected everywhere.", confirmUnticked: true }, officer),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(translatorFor("en")(refused.key, refused.values as never)).toBe(
      "2 tasks are not finished: CRM, Mailer. Record their results, or waive them with a reason.",
    );

    // The checklist item "corrected in every system" follows the tasks: no hand may tick it.
    const byHand = await appError(tickChecklistItem({ caseId, item: "corrected-in-systems", done: true }, officer));
    expect(byHand.fieldErrors).toEqual({ item: ["ticked_by_tasks"] });

    // A result that does not fit the task's kind, and a DONE without a result: refused, nothing changes.
    const misfit = await appError(recordTaskResult({ caseId, taskId: crm!.id, state: "DONE", result: "DELETED" }, analyst));
    expect(misfit.fieldErrors).toEqual({ result: ["taskResultNotForKind"] });
    const missing = await appError(recordTaskResult({ caseId, taskId: crm!.id, state: "DONE" }, analyst));
    expect(missing.fieldErrors).toEqual({ result: ["choose_task_result"] });
    const noReason = await appError(recordTaskResult({ caseId, taskId: crm!.id, state: "FAILED" }, analyst));
    expect(noReason.fieldErrors).toEqual({ reason: ["write_task_reason"] });
    expect((await tasksOf(caseId))[0]!.state).toBe("OPEN");

    await recordTaskResult({ caseId, taskId: crm!.id, state: "DONE", result: "CORRECTED", reason: "Fixed in the CRM" }, analyst);
    const done = (await tasksOf(caseId))[0]!;
    expect([done.state, done.result, done.reason, done.finishedById, done.finishedBy]).toEqual([
      "DONE",
      "CORRECTED",
      "Fixed in the CRM",
      analyst.id,
      "STAFF",
    ]);
    // A finished task is not finished again.
    const again = await appError(recordTaskResult({ caseId, taskId: crm!.id, state: "FAILED", reason: "oops" }, analyst));
    expect(again.key).toBe("problems.taskAlreadyFinished");

    // Waiving needs an officer and a reason.
    expect((await appError(waiveTask({ caseId, taskId: mailer!.id, reason: "Gone" }, analyst))).code).toBe("FORBIDDEN");
    const blank = await appError(waiveTask({ caseId, taskId: mailer!.id, reason: "  " }, officer));
    expect(blank.fieldErrors).toEqual({ reason: ["write_task_reason"] });
    const stillOne = await appError(resolveCase({ caseId, outcome: "FULFILLED", summary: "All corrected everywhere." }, officer));
    expect(stillOne.values).toEqual({ count: 1, systems: "Mailer" });
    await waiveTask({ caseId, taskId: mailer!.id, reason: "The mailer was retired last month" }, officer);
    const waived = (await tasksOf(caseId))[1]!;
    expect([waived.state, waived.reason, waived.finishedById]).toEqual(["WAIVED", "The mailer was retired last month", officer.id]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { caseId, type: "task.waived" } });
    expect(event.data).toEqual({
      taskId: mailer!.id,
      systemId: systems.mailer,
      changes: { state: { from: "OPEN", to: "WAIVED" } },
    });

    // The checklist shows the item ticked by the tasks; resolving counts it as ticked (4 other items, not 5).
    const detail = await getCaseDetail(caseId, officer);
    expect(detail.checklist.find((item) => item.key === "corrected-in-systems")).toMatchObject({ done: true, byTasks: true });
    const unticked = await appError(resolveCase({ caseId, outcome: "FULFILLED", summary: "All corrected everywhere." }, officer));
    expect(unticked.fieldErrors).toEqual({ confirmUnticked: ["checklist_unticked:4"] });

    // The summary drafted from the results, in the requester's language, prefills the resolve form.
    const shown = await caseTasks({ id: caseId, reference: detail.reference, type: detail.type, details: detail.details, requesterLocale: "zh" });
    // The waived Mailer is not named to the requester.
    expect(shown.draftSummary).toBe("我们已在保存您数据的每个系统中处理了您的请求：\n- CRM：您的数据已更正");
    await resolveCase(
      { caseId, outcome: "FULFILLED", summary: shown.draftSummary!, confirmUnticked: true },
      officer,
    );
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("CLOSED");
    // Nothing more is recorded on a closed case.
    const closed = await appError(waiveTask({ caseId, taskId: crm!.id, reason: "late" }, officer));
    expect(closed.key).toBe("problems.notWhile.CLOSED");
  });

  it("a waived webhook task is cancelled at the system; a failed task stays with staff until they finish it", async () => {
    const caseId = await correctionCase("UK_GDPR");
    const [crm] = await tasksOf(caseId);
    await recordTaskResult({ caseId, taskId: crm!.id, state: "FAILED", reason: "The CRM was down" }, analyst);
    // FAILED holds the case open too.
    const refused = await appError(resolveCase({ caseId, outcome: "FULFILLED", summary: "Done everywhere now." }, officer));
    expect(refused.values).toEqual({ count: 1, systems: "CRM" });
    // Staff fix it by hand and record it.
    await recordTaskResult({ caseId, taskId: crm!.id, state: "DONE", result: "CORRECTED" }, analyst);
    expect((await tasksOf(caseId))[0]!.state).toBe("DONE");

    const other = await correctionCase("UK_GDPR");
    const [task] = await tasksOf(other);
    await waiveTask({ caseId: other, taskId: task!.id, reason: "Handled by the customer team" }, officer);
    const kinds = (await database.prisma.webhookDelivery.findMany({ where: { taskId: task!.id }, orderBy: { createdAt: "asc" } })).map(
      (d) => d.eventType,
    );
    expect(kinds).toEqual(["task.created", "task.cancelled"]);
  });

  it("a task of another case, or of a case the analyst cannot see, is refused", async () => {
    const first = await correctionCase("UK_GDPR");
    const second = await correctionCase("UK_GDPR");
    const [task] = await tasksOf(first);
    const wrong = await appError(recordTaskResult({ caseId: second, taskId: task!.id, state: "DONE", result: "CORRECTED" }, analyst));
    expect(wrong.key).toBe("problems.noSuchTask");
    await assignCase({ caseId: first, assigneeId: officer.id }, officer);
    const hidden = await appError(recordTaskResult({ caseId: first, taskId: task!.id, state: "DONE", result: "CORRECTED" }, analyst));
    expect(hidden.code).toBe("FORBIDDEN");
    expect((await appError(recordTaskResult({ caseId: first, taskId: task!.id, state: "DONE", result: "CORRECTED" }, auditor))).code).toBe(
      "FORBIDDEN",
    );
    // A stale page (the case changed since) is refused too.
    const stale = await appError(
      recordTaskResult({ caseId: first, taskId: task!.id, state: "DONE", result: "CORRECTED", expectedVersion: 1 }, officer),
    );
    expect(stale.key).toBe("problems.caseChangedMeanwhile");
    expect((await tasksOf(first))[0]!.state).toBe("OPEN");
    // A staff owner of the system records its task although the case is not theirs to see.
    await database.prisma.dataSystem.update({ where: { id: systems.crm }, data: { ownerIds: [analyst.id] } });
    try {
      await recordTaskResult({ caseId: first, taskId: task!.id, state: "DONE", result: "CORRECTED" }, analyst);
    } finally {
      await database.prisma.dataSystem.update({ where: { id: systems.crm }, data: { ownerIds: [] } });
    }
    const finished = (await tasksOf(first))[0]!;
    expect([finished.state, finished.finishedById]).toEqual(["DONE", analyst.id]);
  });

  it("routing the request to its customer makes the open tasks not applicable and tells the webhook system", async () => {
    const acme = await registerCustomer(database.prisma, { name: "Acme Routed", contactEmails: ["privacy@acme-routed.example"] });
    const caseId = await correctionCase("EU_GDPR");
    await database.prisma.case.update({ where: { id: caseId }, data: { customerId: acme.id } });
    await routeToCustomer({ caseId, customerId: acme.id, contactIds: acme.contactIds }, officer);
    const tasks = await tasksOf(caseId);
    expect(tasks.map((task) => [task.system.name, task.state, task.finishedBy])).toEqual([
      ["CRM", "NOT_APPLICABLE", "ROUTING"],
      ["Mailer", "NOT_APPLICABLE", "ROUTING"],
    ]);
    const cancelled = await database.prisma.webhookDelivery.findMany({ where: { task: { caseId }, eventType: "task.cancelled" } });
    expect(cancelled.map((d) => d.systemId)).toEqual([systems.crm]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { caseId, type: "task.cancelled" } });
    expect(event.data).toMatchObject({ why: "routed" });

    // The customer says it is not their data: the case comes back, and staff give the systems their tasks again.
    await database.prisma.case.update({ where: { id: caseId }, data: { status: "IN_PROGRESS" } });
    await addCaseTask({ caseId, systemId: "all" }, analyst);
    const again = await tasksOf(caseId);
    expect(again.map((task) => [task.system.name, task.state, task.finishedBy, task.createdById])).toEqual([
      ["CRM", "OPEN", null, analyst.id],
      ["Mailer", "OPEN", null, analyst.id],
    ]);
    const created = await database.prisma.webhookDelivery.count({ where: { task: { caseId }, eventType: "task.created" } });
    expect(created).toBe(2);
    // The messages of the earlier round that had not gone out are superseded: one "start" per task, and the
    // old "stop" does not follow it.
    const waiting = await database.prisma.webhookDelivery.findMany({
      where: { task: { caseId }, status: { in: ["PENDING", "SENDING"] } },
      select: { eventType: true },
    });
    expect(waiting).toEqual([{ eventType: "task.created" }]);
    // An open task is not made twice.
    const twice = await appError(addCaseTask({ caseId, systemId: systems.crm }, analyst));
    expect(twice.fieldErrors).toEqual({ systemId: ["system_has_task"] });
  });

  it("closing a case otherwise (a denial) ends its unfinished tasks, and the timeline says so", async () => {
    const caseId = await correctionCase("EU_GDPR");
    const [, mailer] = await tasksOf(caseId);
    await recordTaskResult({ caseId, taskId: mailer!.id, state: "FAILED", reason: "Mailer refused" }, analyst);
    await denyCase({ caseId, reason: DENIAL_REASON, text: "We cannot act on this request for the stated reasons." }, officer);
    const tasks = await tasksOf(caseId);
    expect(tasks.map((task) => [task.system.name, task.state, task.finishedBy])).toEqual([
      ["CRM", "NOT_APPLICABLE", "CLOSURE"],
      ["Mailer", "NOT_APPLICABLE", "CLOSURE"],
    ]);
    // The webhook system is told its task is cancelled; the manual one has no link to stop.
    const cancelled = await database.prisma.webhookDelivery.findMany({ where: { task: { caseId }, eventType: "task.cancelled" } });
    expect(cancelled.map((d) => d.systemId)).toEqual([systems.crm]);
    const timeline = await caseTimeline(caseId);
    const sentence = timeline.entries
      .filter((entry) => entry.kind === "event" && entry.type === "task.cancelled")
      .map((entry) => describeEvent("en", entry as never, timeline.staffNames, timeline.systemNames).sentence);
    expect(sentence).toEqual(["The case closed: the tasks of CRM, Mailer no longer apply"]);
  });

  it("the queue filters cases with a task open or a task failed", async () => {
    const open = await correctionCase("UK_GDPR");
    const failed = await correctionCase("UK_GDPR");
    const [task] = await tasksOf(failed);
    await recordTaskResult({ caseId: failed, taskId: task!.id, state: "FAILED", reason: "No such customer in the CRM" }, analyst);
    const ids = async (tasks: string) =>
      (await listCaseQueue(queueFiltersSchema.parse({ tasks, type: "CORRECTION" }), officer)).rows.map((row) => row.id);
    const withOpen = await ids("open");
    const withFailed = await ids("failed");
    expect(withOpen).toContain(open);
    expect(withOpen).not.toContain(failed);
    expect(withFailed).toContain(failed);
    expect(withFailed).not.toContain(open);
    expect(queueFiltersSchema.safeParse({ tasks: "maybe" }).success).toBe(false);
  });

  it("an objection to direct marketing shows the time from confirmation to suppression in every system", async () => {
    const created = await logCase(
      { type: "OBJECTION", regime: "UK_GDPR", channel: "EMAIL", receivedAt: hourAgo(), requester: { email: email(), name: "Dee Em" } },
      officer,
    );
    const load = async () => {
      const found = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id } });
      return caseTasks({ id: found.id, reference: found.reference, type: found.type, details: found.details, requesterLocale: "en" });
    };
    expect((await load()).suppression).toMatchObject({ suppressedAt: null, tookMs: null });
    const [task] = await tasksOf(created.id);
    // The checklist's "direct marketing stopped" follows the task.
    expect((await getCaseDetail(created.id, officer)).checklist.find((i) => i.key === "direct-marketing-stopped")).toMatchObject({
      done: false,
      byTasks: true,
    });
    const later = new Date(Date.now() + 2 * 3_600_000);
    await recordTaskResult({ caseId: created.id, taskId: task!.id, state: "DONE", result: "SUPPRESSED" }, analyst, later);
    const shown = await load();
    expect(shown.suppression!.tookMs).toBeGreaterThan(1.9 * 3_600_000);
    expect(shown.suppression!.tookMs).toBeLessThan(2.1 * 3_600_000);
    expect((await getCaseDetail(created.id, officer)).checklist.find((i) => i.key === "direct-marketing-stopped")!.done).toBe(true);
  });

  it("the timeline tells the tasks' story in words, naming the systems", async () => {
    const caseId = await correctionCase("EU_GDPR");
    const [crm] = await tasksOf(caseId);
    await recordTaskResult({ caseId, taskId: crm!.id, state: "NOT_APPLICABLE", reason: "No such record" }, analyst);
    const timeline = await caseTimeline(caseId);
    const sentences = (locale: "en" | "zh") =>
      timeline.entries
        .filter((entry) => entry.kind === "event" && entry.type.startsWith("task."))
        .map((entry) => describeEvent(locale, entry as never, timeline.staffNames, timeline.systemNames).sentence);
    expect(sentences("en")).toEqual([
      "Test Staff reported CRM's task: Not applicable",
      "Tasks were made for the systems: CRM, Mailer",
    ]);
    expect(sentences("zh")).toEqual(["Test Staff报告了CRM的任务：不适用", "已为以下系统生成任务：CRM、Mailer"]);
  });

  it("the dashboard gives the median time to finish tasks per system", async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const rows = await taskTimes({ from: day(-7), to: day(7), view: "table" });
    const crm = rows.find((row) => row.system === "CRM");
    expect(crm?.finished).toBeGreaterThanOrEqual(3);
    expect(crm?.medianHours).not.toBeNull();
    // Routed tasks (nobody did them) and waived ones do not count.
    const mailer = rows.find((row) => row.system === "Mailer");
    expect(mailer).toBeUndefined();
  });

  it("the case page shows each task in words with the forms open to the reader, in the reader's language", async () => {
    const caseId = await correctionCase("EU_GDPR");
    const [crm, mailer] = await tasksOf(caseId);
    await recordTaskResult({ caseId, taskId: crm!.id, state: "DONE", result: "CORRECTED" }, analyst);
    // The case page's panels as it puts them together (the page itself also holds async panels, which a
    // static render cannot wait for).
    const render = async (actor: Actor) => {
      const detail = await getCaseDetail(caseId, actor);
      const tasks = await caseTasks({
        id: detail.id,
        reference: detail.reference,
        type: detail.type,
        details: detail.details,
        requesterLocale: detail.requester.locale,
      });
      const panels = createElement(
        "div",
        null,
        createElement(CaseChecklist, { detail, canTick: detail.actions.includes("tickChecklist") }),
        createElement(CaseTasksPanel, { detail, tasks, actor }),
        createElement(CaseActions, { detail, staff: [], actor, next: null, draftSummary: tasks.draftSummary }),
      );
      const html = await inRequestScope(
        `http://localhost/cases/${caseId}`,
        { cookie: await sessionCookieFor(actor), [PAGE_LANGUAGE_HEADER]: "staff" },
        () => renderPage(panels),
      );
      return readableTexts(html).join("\n");
    };
    const asOfficer = await render(officer);
    expect(asOfficer).toContain("Tasks");
    expect(asOfficer).toContain("Change Postal address to “2 New Street”.");
    expect(asOfficer).toContain("Corrected");
    expect(asOfficer).toContain("Record the result"); // for the open Mailer task
    expect(asOfficer).toContain("Waive the task");
    expect(asOfficer).toContain("follows the tasks");
    // An auditor reads the tasks but gets no form.
    const asAuditor = await render(auditor);
    expect(asAuditor).toContain("Change Postal address to “2 New Street”.");
    expect(asAuditor).not.toContain("Record the result");
    expect(asAuditor).not.toContain("Waive the task");
    // Every task finished: the resolve form starts with the drafted summary.
    await waiveTask({ caseId, taskId: mailer!.id, reason: "Retired" }, officer);
    expect(await render(officer)).toContain("CRM: your data was corrected");
    // A staff member who reads Chinese reads the panel in Chinese.
    await database.prisma.user.update({ where: { id: analyst.id }, data: { locale: "zh" } });
    const zh = await render({ ...analyst, locale: "zh" });
    expect(zh).toContain("将Postal address更改为“2 New Street”。");
    expect(zh).toContain("已更正");
    await database.prisma.user.update({ where: { id: analyst.id }, data: { locale: "en" } });
  });

  it("the case page records an access export with its files", async () => {
    const created = await logCase(
      { type: "ACCESS", regime: "EU_GDPR", channel: "EMAIL", receivedAt: hourAgo(), requester: { email: email(), name: "Ada Access" } },
      officer,
    );
    const [task] = await tasksOf(created.id);
    expect(task?.kind).toBe("ACCESS");
    const detail = await getCaseDetail(created.id, officer);
    const tasks = await caseTasks({
      id: detail.id,
      reference: detail.reference,
      type: detail.type,
      details: detail.details,
      requesterLocale: detail.requester.locale,
    });
    const html = await inRequestScope(
      `http://localhost/cases/${created.id}`,
      { cookie: await sessionCookieFor(officer), [PAGE_LANGUAGE_HEADER]: "staff" },
      () => renderPage(createElement(CaseTasksPanel, { detail, tasks, actor: officer })),
    );
    // The record form of an access task takes the export's files (as "My tasks" and the task link do).
    expect(html).toMatch(/<input[^>]*type="file"[^>]*name="files"|<input[^>]*name="files"[^>]*type="file"/);
  });

  it("the forms answer through their server actions: field errors as keys, a refusal worded, success in the staff member's language", async () => {
    const caseId = await correctionCase("UK_GDPR");
    const [task] = await tasksOf(caseId);
    const send = async (action: typeof recordTaskResultAction, actor: Actor, fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return inRequestScope(`http://localhost/cases/${caseId}`, { cookie: await sessionCookieFor(actor) }, () =>
        action(undefined, form),
      );
    };
    const missing = await send(recordTaskResultAction, analyst, { caseId, taskId: task!.id, state: "DONE", result: "" });
    expect(missing.error).toEqual({ result: ["choose_task_result"] });
    const refused = await send(waiveTaskAction, analyst, { caseId, taskId: task!.id, reason: "Not needed" });
    expect(refused.status).toBe("error");
    expect((await tasksOf(caseId))[0]!.state).toBe("OPEN");
    await database.prisma.user.update({ where: { id: officer.id }, data: { locale: "zh" } });
    try {
      const waived = await send(waiveTaskAction, officer, { caseId, taskId: task!.id, reason: "Not needed" });
      expect(waived.message).toBe("任务已免除。");
    } finally {
      await database.prisma.user.update({ where: { id: officer.id }, data: { locale: "en" } });
    }
    expect((await tasksOf(caseId))[0]!.state).toBe("WAIVED");
  });
});
