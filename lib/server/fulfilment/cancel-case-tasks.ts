import "server-only";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import { UNFINISHED_STATES } from "@/lib/domain/fulfilment/task-rules";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { enqueueWebhookDelivery } from "@/lib/server/webhooks/enqueue-delivery";

/** Why a case's unfinished tasks stopped applying: it went to its customer, or it closed (denied, withdrawn…). */
export type CancelReason = "routed" | "closed";

/** What `finishedBy` says of a task cancelled for each reason (the case page words it; reports leave these out). */
export const CANCELLED_BY: Record<CancelReason, string> = { routed: "ROUTING", closed: "CLOSURE" };

/**
 * The case went to the business customer who controls the data, or closed: its unfinished tasks no longer
 * apply. They become NOT_APPLICABLE (finishedBy ROUTING or CLOSURE, which the case page words), their links
 * stop working, and each WEBHOOK system whose task was still open is told with a "task.cancelled" delivery.
 * In the transaction of the change that caused it; `actor` is the staff member who acted (null when the
 * requester or a customer closed it: Rightsdesk records the cancellation).
 */
export async function cancelCaseTasks(
  tx: Tx,
  caseId: string,
  why: CancelReason,
  actor: Actor | null,
  now: Date,
): Promise<number> {
  const tasks = await tx.fulfilmentTask.findMany({
    where: { caseId, state: { in: [...UNFINISHED_STATES] } },
    orderBy: { system: { name: "asc" } },
    select: { id: true, state: true, systemId: true, tokenHash: true, system: { select: { reach: true } } },
  });
  if (tasks.length === 0) return 0;
  for (const task of tasks) {
    await tx.fulfilmentTask.update({
      where: { id: task.id },
      data: {
        state: "NOT_APPLICABLE",
        reason: null,
        finishedBy: CANCELLED_BY[why],
        finishedById: actor?.id ?? null,
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
    ...(actor ? staffEvent(actor) : { actorKind: "SYSTEM" as const }),
    caseId,
    data: { taskIds: tasks.map((task) => task.id), systemIds: tasks.map((task) => task.systemId), why },
  });
  return tasks.length;
}
