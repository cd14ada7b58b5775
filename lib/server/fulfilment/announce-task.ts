import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueueWebhookDelivery } from "@/lib/server/webhooks/enqueue-delivery";
import { issueTaskLinks } from "./task-links";

/**
 * Tells a new task's system about it, in the transaction that made the task: a WEBHOOK system gets a
 * delivery queued; a MANUAL system's outside owners get the task link by email (its staff owners see the
 * task under "My tasks"). Called for tasks made at confirmation and for tasks staff add. `urgent` (an
 * objection to direct marketing) puts the delivery ahead of every other due one.
 */
export async function announceTask(
  tx: Tx,
  task: { id: string; caseId: string },
  system: { id: string; reach: "MANUAL" | "WEBHOOK"; ownerEmails: string[]; locale: "en" | "zh" },
  now: Date,
  options: { urgent: boolean } = { urgent: false },
): Promise<void> {
  if (system.reach === "WEBHOOK") {
    await enqueueWebhookDelivery(
      tx,
      { systemId: system.id, taskId: task.id, eventType: "task.created", urgent: options.urgent },
      now,
    );
  } else {
    // The task's clock starts for every MANUAL task (staff owners are reminded too); outside owners get the link.
    await issueTaskLinks(tx, task, system, now);
  }
}
