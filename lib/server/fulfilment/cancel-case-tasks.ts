import "server-only";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import { UNFINISHED_STATES } from "@/lib/domain/fulfilment/task-rules";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { enqueueWebhookDelivery } from "@/lib/server/webhooks/enqueue-delivery";

/**
 * The case went to the business customer who controls the data: its unfinished tasks no longer apply.
 * They become NOT_APPLICABLE (finishedBy "ROUTING", which the case page words), their links stop working,
 * and each WEBHOOK system whose task was still open is told with a "task.cancelled" delivery. In the
 * routing's transaction.
 */
export async function cancelCaseTasks(tx: Tx, caseId: string, actor: Actor, now: Date): Promise<number> {
  const tasks = await tx.fulfilmentTask.findMany({
    where: { caseId, state: { in: [...UNFINISHED_STATES] } },
    select: { id: true, state: true, systemId: true, tokenHash: true, system: { select: { reach: true } } },
  });
  if (tasks.length === 0) return 0;
  for (const task of tasks) {
    await tx.fulfilmentTask.update({
      where: { id: task.id },
      data: {
        state: "NOT_APPLICABLE",
        reason: null,
        finishedBy: "ROUTING",
        finishedById: actor.id,
        finishedAt: now,
        remindAt: null,
        escalateAt: null,
        ...(task.tokenHash ? { linkRevokedAt: now } : {}),
        version: { increment: 1 },
      },
    });
    if (task.system.reach === "WEBHOOK" && task.state === "OPEN") {
      await enqueueWebhookDelivery(tx, { systemId: task.systemId, taskId: task.id, eventType: "task.cancelled" }, now);
    }
  }
  await recordAuditEvent(tx, {
    type: "task.cancelled",
    ...staffEvent(actor),
    caseId,
    data: { taskIds: tasks.map((task) => task.id), systemIds: tasks.map((task) => task.systemId), why: "routed" },
  });
  return tasks.length;
}
