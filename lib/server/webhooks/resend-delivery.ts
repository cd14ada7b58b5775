import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { resendDeliverySchema } from "@/lib/domain/fulfilment/webhook-delivery";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { isUnfinished } from "@/lib/domain/fulfilment/task-rules";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { bumpCaseVersion } from "@/lib/server/cases/lock-case";
import { lockTaskWithCase } from "@/lib/server/fulfilment/finish-task";
import { parseInput } from "@/lib/server/parse-input";
import { wakeWebhookWorkers } from "./wake";

const lockedRow = z.object({ id: z.string() });

/**
 * "Send again" from the delivery log: the same message (the same `webhook-id`, so a receiver that already
 * has it drops the repeat) is due now with a fresh count of attempts. A task that FAILED because its
 * delivery failed (not one a system or owner reported as failed) goes back to OPEN. Refused while the
 * delivery is being sent, for a task someone reported FAILED, and for a task's delivery once its case is
 * closed, except the task.cancelled that tells the system to stop. Audited with ids and codes.
 */
export async function resendDelivery(input: z.input<typeof resendDeliverySchema>, actor: Actor, now = new Date()) {
  if (!can(actor.role, "cases:work")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const { deliveryId } = parseInput(resendDeliverySchema, input);
  const result = await db().$transaction(async (tx) => {
    const locked = await queryRows(
      tx,
      lockedRow,
      Prisma.sql`SELECT id FROM "WebhookDelivery" WHERE id = ${deliveryId} FOR UPDATE`,
    );
    if (locked.length === 0) throw new AppError("NOT_FOUND", "problems.noSuchDelivery");
    const delivery = await tx.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    if (delivery.status === "SENDING" && delivery.lockedUntil && delivery.lockedUntil > now) {
      throw new AppError("CONFLICT", "problems.deliverySending");
    }
    // The task under its case's lock (as every change to a case): a waiver or a result landing meanwhile is
    // seen, not overwritten by the reopening below.
    const task = delivery.taskId ? await lockTaskWithCase(tx, delivery.taskId) : null;
    if (task) {
      const { assigneeId } = await tx.case.findUniqueOrThrow({
        where: { id: task.caseId },
        select: { assigneeId: true },
      });
      if (!canSeeCase(actor, assigneeId)) throw new AppError("FORBIDDEN", "problems.caseAssignedElsewhere");
    }
    // A closed case's task is not asked for again; but a "stop" (task.cancelled, sent when the case closed)
    // that did not get through may be sent again, or the system would go on working on a closed request.
    if (task && delivery.eventType !== "task.cancelled" && (task.case.status === "CLOSED" || task.case.anonymizedAt)) {
      throw new AppError("CONFLICT", "problems.taskCaseClosed");
    }
    // FAILED by its delivery (no one reported it: finishedBy is unset) → back to OPEN for the system.
    const reopen = Boolean(
      task && task.state === "FAILED" && !task.finishedBy && delivery.eventType === "task.created",
    );
    // A task nobody wants any more (done, waived, cancelled) is not asked for again: the system may already
    // have been told to stop (task.cancelled), and the worker would not send it anyway.
    if (task && delivery.eventType === "task.created" && !isUnfinished(task.state)) {
      throw new AppError("CONFLICT", "problems.taskAlreadyFinished");
    }
    // A task the system itself (or an owner) reported FAILED is with staff: sending it again would ask the
    // system for an answer the result API then refuses.
    if (task && delivery.eventType === "task.created" && task.state === "FAILED" && !reopen) {
      throw new AppError("CONFLICT", "problems.taskAlreadyFinished");
    }
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lockedUntil: null, deliveredAt: null },
    });
    if (task && reopen) {
      await tx.fulfilmentTask.update({
        where: { id: task.id },
        data: { state: "OPEN", reason: null, responseExcerpt: null, version: { increment: 1 } },
      });
      await bumpCaseVersion(tx, task.caseId);
    }
    await recordAuditEvent(tx, {
      type: "task.delivery_resent",
      ...staffEvent(actor),
      caseId: task?.caseId ?? null,
      data: {
        deliveryId,
        systemId: delivery.systemId,
        ...(task ? { taskId: task.id } : {}),
        changes: {
          // Named apart from the case's own status, so the timeline words each for what it is.
          deliveryStatus: { from: delivery.status, to: "PENDING" },
          ...(reopen ? { state: { from: "FAILED", to: "OPEN" } } : {}),
        },
      },
    });
    return { deliveryId, taskReopened: reopen };
  });
  wakeWebhookWorkers();
  return result;
}
