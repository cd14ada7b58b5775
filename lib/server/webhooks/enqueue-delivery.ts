import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { wakeWebhookWorkers } from "./wake";

/** A Standard Webhooks message id: "msg_" and 32 base62-ish characters, the same on every attempt. */
export function newWebhookId(): string {
  return `msg_${randomBytes(24).toString("base64url").replace(/[-_]/g, "x").slice(0, 32)}`;
}

export interface QueuedDelivery {
  systemId: string;
  taskId: string | null;
  eventType: "task.created" | "task.cancelled" | "system.test";
  /** An objection to direct marketing: sent before anything else due (WebhookDelivery.urgent). */
  urgent?: boolean;
}

/** The WebhookDelivery row of a message queued at `now`, for writers that insert several in one statement. */
export function webhookDeliveryRow(delivery: QueuedDelivery, now: Date) {
  return { id: newWebhookId(), ...delivery, urgent: delivery.urgent ?? false, nextAttemptAt: now, createdAt: now };
}

/**
 * Queues a webhook message inside the caller's transaction (the outbox pattern, as for email): it exists
 * if and only if the change that caused it commits, and the worker (lib/jobs/webhook-worker.ts) posts it.
 * The body is built when sent, from the task and its case, so nothing personal is stored twice.
 */
export async function enqueueWebhookDelivery(tx: Tx, delivery: QueuedDelivery, now: Date) {
  const row = await tx.webhookDelivery.create({ data: webhookDeliveryRow(delivery, now) });
  wakeWebhookWorkers();
  return row;
}
