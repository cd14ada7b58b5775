import "server-only";
import type { Db } from "@/lib/db/client";
import { DELIVERY_FAILED_REASON_PREFIX } from "@/lib/domain/fulfilment/delivery-errors";
import { finishingSchema } from "@/lib/domain/fulfilment/task-rules";
import { logger } from "@/lib/logging/logger";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { bumpCaseVersion } from "@/lib/server/cases/lock-case";
import { finishTask, lockTaskWithCase } from "@/lib/server/fulfilment/finish-task";
import { resultFiles } from "@/lib/server/fulfilment/task-files";
import type { TaskForBody } from "@/lib/server/webhooks/delivery-body";
import { excerptOf, isRetryableStatus, webhookRetryDelayMs } from "@/lib/server/webhooks/delivery-rules";
import type { PostOutcome, TargetRules } from "@/lib/server/webhooks/safe-target";
import type { WebhookSettings } from "./webhook-worker";

/**
 * What the webhook worker writes once a post is over (lib/jobs/webhook-worker.ts runs the loop): DELIVERED
 * (plain ones of a batch together, recordDelivered; a synchronous system's result finishes its task), a
 * retry with backoff, or FAILED, a failed task.created giving its task back to staff with the answer's
 * first 1 KB. Each write names the claim it belongs to (id, SENDING, attempts), so a claim that lost its
 * lease writes nothing.
 */

/** A claimed delivery, as the worker's claim returns it. */
export interface ClaimedRow {
  id: string;
  systemId: string;
  taskId: string | null;
  eventType: string;
  attempts: number;
}

export type DeliveryOutcome = "delivered" | "retry" | "failed";

export interface PassContext {
  prisma: Db;
  settings: WebhookSettings;
  maxAttempts: number;
  rules: TargetRules;
  systems: Map<string, { webhookUrl: string | null; active: boolean; reach: string; secrets: string[] }>;
  tasks: Map<string, TaskForBody>;
  /** Plain 2xx outcomes, recorded together at the end of the pass in one statement. */
  delivered: { id: string; attempts: number; status: number; latencyMs: number; at: Date }[];
}

export async function recordOutcome(ctx: PassContext, row: ClaimedRow, outcome: PostOutcome): Promise<DeliveryOutcome> {
  const { prisma, settings } = ctx;
  const now = new Date();
  const mine = { id: row.id, status: "SENDING" as const, attempts: row.attempts };
  if (outcome.kind === "answered" && outcome.status >= 200 && outcome.status < 300) {
    const answer = row.eventType === "task.created" && row.taskId ? syncResult(outcome.body) : null;
    if (!answer) {
      ctx.delivered.push({
        id: row.id,
        attempts: row.attempts,
        status: outcome.status,
        latencyMs: outcome.latencyMs,
        at: now,
      });
      return "delivered";
    }
    await prisma.$transaction(async (tx) => {
      const updated = await tx.webhookDelivery.updateMany({
        where: mine,
        data: {
          status: "DELIVERED",
          deliveredAt: now,
          lockedUntil: null,
          lastStatusCode: outcome.status,
          lastLatencyMs: outcome.latencyMs,
          lastError: null,
        },
      });
      if (updated.count === 0 || !answer || !row.taskId || row.eventType !== "task.created") return;
      // A synchronous system answered with the result: finish the task as if it had called the result API.
      try {
        await tx.$executeRaw`SAVEPOINT sync_result`;
        resultFiles(answer, []);
        const locked = await lockTaskWithCase(tx, row.taskId);
        await finishTask(tx, locked, answer, { kind: "SYSTEM", systemId: row.systemId }, now);
        await bumpCaseVersion(tx, locked.caseId);
      } catch (error) {
        await tx.$executeRaw`ROLLBACK TO SAVEPOINT sync_result`;
        const code = (error as { code?: string }).code ?? "ERROR";
        await tx.webhookDelivery.update({
          where: { id: row.id },
          data: { lastError: `result in answer refused: ${code}` },
        });
      }
    });
    return "delivered";
  }
  const status = outcome.kind === "answered" ? outcome.status : null;
  const error = outcome.kind === "answered" ? `HTTP ${outcome.status}` : outcome.error;
  const retryable = outcome.kind === "answered" ? isRetryableStatus(outcome.status) : outcome.retry;
  const givingUp = !retryable || row.attempts >= ctx.maxAttempts;
  const excerpt = outcome.kind === "answered" ? excerptOf(outcome.body) : null;
  await prisma.$transaction(async (tx) => {
    const updated = await tx.webhookDelivery.updateMany({
      where: mine,
      data: {
        status: givingUp ? "FAILED" : "PENDING",
        lockedUntil: null,
        lastStatusCode: status,
        lastLatencyMs: outcome.latencyMs,
        lastError: error.slice(0, 500),
        nextAttemptAt: givingUp
          ? now
          : new Date(
              now.getTime() + webhookRetryDelayMs(row.attempts, settings.retryBaseMs, Math.random, settings.retryCapMs),
            ),
      },
    });
    if (updated.count === 0 || !givingUp || !row.taskId || row.eventType !== "task.created") return;
    // Back to staff: the task FAILED with what the system said (not a finishing by anyone, so not finishTask).
    const failed = await tx.fulfilmentTask.updateMany({
      where: { id: row.taskId, state: "OPEN" },
      data: {
        state: "FAILED",
        reason: `${DELIVERY_FAILED_REASON_PREFIX}${error}`.slice(0, 500),
        responseExcerpt: excerpt,
        remindAt: null,
        escalateAt: null,
        version: { increment: 1 },
      },
    });
    if (failed.count === 0) return;
    const task = await tx.fulfilmentTask.findUniqueOrThrow({ where: { id: row.taskId }, select: { caseId: true } });
    // A change to the case like any other: a case page opened before it cannot act on the task unseen.
    await bumpCaseVersion(tx, task.caseId);
    await recordAuditEvent(tx, {
      type: "task.delivery_failed",
      actorKind: "SYSTEM",
      caseId: task.caseId,
      data: {
        taskId: row.taskId,
        systemId: row.systemId,
        deliveryId: row.id,
        attempts: row.attempts,
        ...(status ? { statusCode: status } : {}),
      },
    });
  });
  logger.warn("webhook delivery failed", { deliveryId: row.id, attempt: row.attempts, givingUp, error });
  return givingUp ? "failed" : "retry";
}

/** A 2xx answer's body as a result, when it is JSON in the result API's shape. */
function syncResult(body: string) {
  if (!body.trim().startsWith("{")) return null;
  try {
    const parsed = finishingSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function recordDelivered(prisma: Db, rows: PassContext["delivered"]): Promise<void> {
  if (rows.length === 0) return;
  await prisma.$executeRaw`
    UPDATE "WebhookDelivery" AS d
    SET status = 'DELIVERED', "deliveredAt" = u.at, "lockedUntil" = NULL, "lastStatusCode" = u.code,
        "lastLatencyMs" = u.ms, "lastError" = NULL
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.attempts)}::int[], ${rows.map((r) => r.status)}::int[],
                ${rows.map((r) => r.latencyMs)}::int[], ${rows.map((r) => r.at)}::timestamptz[]) AS u(id, attempts, code, ms, at)
    WHERE d.id = u.id AND d.status = 'SENDING' AND d.attempts = u.attempts`;
}
