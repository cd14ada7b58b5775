import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { waiveTaskSchema } from "@/lib/domain/fulfilment/task-forms";
import { isUnfinished } from "@/lib/domain/fulfilment/task-rules";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { enqueueWebhookDelivery } from "@/lib/server/webhooks/enqueue-delivery";
import { checkCaseTakesTasks, lockTaskOfCase } from "./case-task-guards";

/**
 * An officer or administrator (`cases:decide`) waives an unfinished (OPEN or FAILED) task with a reason,
 * e.g. to close a case whose system cannot do its part. The reason stays on the task for staff; the audit
 * event names the task and system by id. The task link stops working, and a WEBHOOK system whose task was
 * still open is told with a "task.cancelled" delivery.
 */
export function waiveTask(input: z.input<typeof waiveTaskSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, permission: "cases:decide", schema: waiveTaskSchema, input },
    async ({ tx, data, found }) => {
      checkCaseTakesTasks(found);
      const task = await lockTaskOfCase(tx, found.id, data.taskId);
      if (!isUnfinished(task.state)) throw new AppError("CONFLICT", "problems.taskAlreadyFinished");
      await tx.fulfilmentTask.update({
        where: { id: task.id },
        data: {
          state: "WAIVED",
          result: null,
          reason: data.reason,
          finishedById: actor.id,
          finishedBy: "STAFF",
          finishedAt: now,
          remindAt: null,
          escalateAt: null,
          ...(task.tokenHash && !task.linkRevokedAt ? { linkRevokedAt: now } : {}),
          version: { increment: 1 },
        },
      });
      const system = await tx.dataSystem.findUniqueOrThrow({ where: { id: task.systemId }, select: { reach: true } });
      if (system.reach === "WEBHOOK" && task.state === "OPEN") {
        await enqueueWebhookDelivery(
          tx,
          { systemId: task.systemId, taskId: task.id, eventType: "task.cancelled" },
          now,
        );
      }
      await recordAuditEvent(tx, {
        type: "task.waived",
        ...staffEvent(actor),
        caseId: found.id,
        data: { taskId: task.id, systemId: task.systemId, changes: { state: { from: task.state, to: "WAIVED" } } },
      });
      return { taskId: task.id };
    },
  );
}
