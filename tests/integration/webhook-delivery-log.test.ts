import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import SystemDeliveriesPage from "@/app/(staff)/systems/[id]/deliveries/page";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import { messages } from "@/lib/i18n/messages";
import { resendDelivery } from "@/lib/server/webhooks/resend-delivery";
import { addWebhookTask, createWebhookSystem } from "../support/fulfilment";
import { logCase } from "../support/log-case";
import { renderPage } from "../support/render-page";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("the delivery log and send again", () => {
  let database: TestDatabase;
  let officer: Awaited<ReturnType<typeof createStaff>>;
  let system: Awaited<ReturnType<typeof createWebhookSystem>>;

  async function failedTask() {
    const logged = await logCase(
      {
        type: "DELETION",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: "kim.subject@example.com", name: "Kim Subject" },
      },
      officer,
    );
    const { taskId, deliveryId } = await addWebhookTask(database.prisma, logged.id, system.id, "DELETION");
    // As the worker leaves it after a 4xx (webhook-delivery.test.ts covers the worker itself).
    await database.prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "FAILED", attempts: 1, lastStatusCode: 404, lastLatencyMs: 12, lastError: "HTTP 404" },
    });
    await database.prisma.fulfilmentTask.update({
      where: { id: taskId },
      data: { state: "FAILED", reason: "webhook: HTTP 404", responseExcerpt: "no such route" },
    });
    return { taskId, deliveryId, caseId: logged.id };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    officer = await createStaff(database.prisma);
    system = await createWebhookSystem(database.prisma, { url: "http://127.0.0.1:9/hook", name: "Billing CRM" });
  });
  afterAll(() => database.drop());

  it("sends a failed delivery again with the same webhook-id and gives its task back to the system", async () => {
    const { taskId, deliveryId, caseId } = await failedTask();
    expect(await resendDelivery({ deliveryId }, officer)).toEqual({ deliveryId, taskReopened: true });
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });
    expect(await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
      state: "OPEN",
      responseExcerpt: null,
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "task.delivery_resent", caseId },
    });
    expect(event).toMatchObject({ actorId: officer.id, data: { deliveryId, taskId, systemId: system.id } });
  });

  it("does not ask again for a task the system itself reported as failed: it is with staff", async () => {
    const { taskId, deliveryId } = await failedTask();
    await database.prisma.fulfilmentTask.update({
      where: { id: taskId },
      data: { finishedBy: "SYSTEM", finishedAt: new Date() },
    });
    await expect(resendDelivery({ deliveryId }, officer)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("FAILED");
    expect((await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).status).toBe(
      "FAILED",
    );
  });

  it("sends again a 'stop' (task.cancelled) that did not get through, although the case is closed", async () => {
    const { taskId, caseId } = await failedTask();
    await database.prisma.case.update({ where: { id: caseId }, data: { status: "CLOSED", outcome: "WITHDRAWN" } });
    const stop = await database.prisma.webhookDelivery.create({
      data: {
        id: `msg_stop${taskId.replace(/-/g, "").slice(0, 28)}`,
        systemId: system.id,
        taskId,
        eventType: "task.cancelled",
        status: "FAILED",
      },
    });
    expect((await resendDelivery({ deliveryId: stop.id }, officer)).taskReopened).toBe(false);
    expect((await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: stop.id } })).status).toBe(
      "PENDING",
    );
  });

  it("lets an analyst send again only a delivery of a case they may see", async () => {
    const { caseId, deliveryId } = await failedTask();
    const mine = await createStaff(database.prisma, { role: "ANALYST" });
    const someoneElse = await createStaff(database.prisma, { role: "ANALYST" });
    await database.prisma.case.update({ where: { id: caseId }, data: { assigneeId: someoneElse.id } });
    await expect(resendDelivery({ deliveryId }, mine)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).status).toBe(
      "FAILED",
    );
    const before = (await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).version;
    expect((await resendDelivery({ deliveryId }, someoneElse)).taskReopened).toBe(true);
    // Reopening the task is a change to the case: a form opened before it must not overwrite it.
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).version).toBe(before + 1);
  });

  it("does not ask the system again for a task that was waived or done meanwhile", async () => {
    const { taskId, deliveryId } = await failedTask();
    await database.prisma.fulfilmentTask.update({
      where: { id: taskId },
      data: { state: "WAIVED", reason: "System retired", finishedBy: "STAFF", finishedAt: new Date() },
    });
    await expect(resendDelivery({ deliveryId }, officer)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
    });
  });

  it("refuses while the delivery is being sent, an unknown delivery, bad input and an auditor; nothing changes", async () => {
    const { deliveryId } = await failedTask();
    await database.prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "SENDING", lockedUntil: new Date(Date.now() + 60_000) },
    });
    await expect(resendDelivery({ deliveryId }, officer)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(resendDelivery({ deliveryId: `msg_${"a".repeat(32)}` }, officer)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(resendDelivery({ deliveryId: "x" }, officer)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { deliveryId: ["unknown_delivery"] },
    });
    const auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    await expect(resendDelivery({ deliveryId }, auditor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).status).toBe(
      "SENDING",
    );
  });

  it("shows each delivery's status, attempts, latency, answer and error, in the staff member's language", async () => {
    const { deliveryId } = await failedTask();
    const render = async (locale: "en" | "zh") => {
      await database.prisma.user.update({ where: { id: officer.id }, data: { locale } });
      const cookie = await sessionCookieFor(officer);
      return inRequestScope(
        `http://localhost/systems/${system.id}/deliveries`,
        { cookie, [PAGE_LANGUAGE_HEADER]: "staff" },
        () => renderPage(SystemDeliveriesPage({ params: Promise.resolve({ id: system.id }) })),
      );
    };
    const en = await render("en");
    expect(en).toContain("Webhook deliveries: Billing CRM");
    const row = en.slice(en.indexOf(`data-delivery="${deliveryId}"`));
    expect(row).toContain(messages.en.webhooks.log.statuses.FAILED);
    expect(row).toContain("12 ms");
    expect(row).toContain("404");
    expect(row).toContain("The system answered 404.");
    expect(row).toContain(messages.en.webhooks.log.sendAgain);
    const zh = await render("zh");
    expect(zh).toContain("Webhook 投递：Billing CRM");
    expect(zh).toContain(messages.zh.webhooks.log.statuses.FAILED);
    expect(zh).toContain(messages.zh.webhooks.log.sendAgain);
    // The worker's error in the staff member's language, not its English.
    expect(zh).toContain("系统返回了 404。");
    expect(zh).not.toContain("HTTP 404");
  });
});
