import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { isUnfinished } from "@/lib/domain/fulfilment/task-rules";
import { logger } from "@/lib/logging/logger";
import { loadFulfilmentPolicy } from "@/lib/server/fulfilment/load-fulfilment-policy";
import { activeSigningSecrets } from "@/lib/server/systems/system-secrets";
import { deliveryBody, loadTasksForBodies } from "@/lib/server/webhooks/delivery-body";
import { postToTarget, type PostOutcome } from "@/lib/server/webhooks/safe-target";
import { onWebhookQueued } from "@/lib/server/webhooks/wake";
import {
  recordDelivered,
  recordOutcome,
  type ClaimedRow,
  type DeliveryOutcome,
  type PassContext,
} from "./webhook-outcome";
import { MAX_RETRY_DELAY_MS, signatureHeader } from "@/lib/server/webhooks/delivery-rules";

/**
 * The webhook worker: posts queued WebhookDelivery rows (lib/server/webhooks/enqueue-delivery.ts) to their
 * systems, signed per Standard Webhooks with every active signing secret of the system. At least once,
 * never twice at the same time: rows are claimed under FOR UPDATE SKIP LOCKED with a lease (`lockedUntil`),
 * and the `webhook-id` is the row's id on every attempt, so a receiver drops a repeat by it.
 *
 * Outcomes (written by ./webhook-outcome.ts; the rules in lib/server/webhooks/delivery-rules.ts): 2xx → DELIVERED (and a JSON answer in the result shape finishes the task: synchronous systems);
 * 408, 429, 5xx, a timeout or a closed connection → retried with exponential backoff and jitter until
 * FulfilmentPolicy.maxDeliveryAttempts, then FAILED; any other answer (4xx, a 3xx redirect, which is never
 * followed) or a refused target (SSRF rule, lib/server/webhooks/safe-target.ts) → FAILED at once. A failed
 * task.created delivery puts its OPEN task in FAILED (back to staff) with the answer's first 1 KB.
 */

export interface WebhookSettings {
  appUrl: string;
  /** First retry delay; each further retry waits about twice as long (with jitter), up to `retryCapMs`. */
  retryBaseMs: number;
  /** The longest wait between two attempts (a day in service; the fault check keeps it short). */
  retryCapMs: number;
  leaseMs: number;
  batchSize: number;
  timeoutMs: number;
  /** Deliveries of one batch in flight at once. */
  concurrency: number;
  /** Loopback targets are refused in production. */
  production: boolean;
}

export function webhookSettingsFrom(config: { APP_URL: string; NODE_ENV: string }): WebhookSettings {
  return {
    appUrl: config.APP_URL,
    retryBaseMs: 30_000,
    retryCapMs: MAX_RETRY_DELAY_MS,
    leaseMs: 120_000,
    batchSize: 50,
    timeoutMs: 10_000,
    concurrency: 16,
    production: config.NODE_ENV === "production",
  };
}

const claimedRow = z.object({
  id: z.string(),
  systemId: z.string(),
  taskId: z.string().nullable(),
  eventType: z.string(),
  attempts: z.number().int(),
});

/** Room left on a lease for recording an outcome after the post's own time limit. */
const LEASE_MARGIN_MS = 5_000;

/** Claims due deliveries: PENDING and due, or SENDING whose lease ran out (a worker died mid-send). */
export async function claimDueDeliveries(
  prisma: Db,
  settings: WebhookSettings,
  now = new Date(),
): Promise<ClaimedRow[]> {
  const leaseUntil = new Date(now.getTime() + settings.leaseMs);
  return queryRows(
    prisma,
    claimedRow,
    Prisma.sql`
    UPDATE "WebhookDelivery" SET status = 'SENDING', "lockedUntil" = ${leaseUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "WebhookDelivery"
      WHERE (status = 'PENDING' AND "nextAttemptAt" <= ${now})
         OR (status = 'SENDING' AND "lockedUntil" < ${now})
      ORDER BY urgent DESC, "nextAttemptAt"
      LIMIT ${settings.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "systemId"::text AS "systemId", "taskId"::text AS "taskId", "eventType", attempts`,
  );
}

async function deliverOne(ctx: PassContext, row: ClaimedRow): Promise<DeliveryOutcome> {
  const system = ctx.systems.get(row.systemId);
  const task = row.taskId ? ctx.tasks.get(row.taskId) : undefined;
  const now = new Date();
  let outcome: PostOutcome;
  if (!system?.webhookUrl || system.secrets.length === 0) {
    outcome = {
      kind: "failed",
      error: !system?.webhookUrl ? "no webhook URL" : "no signing secret",
      latencyMs: 0,
      retry: false,
    };
  } else if (row.eventType === "task.created" && (!task || task.case.anonymizedAt || task.case.status === "CLOSED")) {
    outcome = { kind: "failed", error: "case closed", latencyMs: 0, retry: false };
  } else if (row.eventType === "task.cancelled" && task && isUnfinished(task.state)) {
    // Staff gave the task again since: the old "stop" must not reach the system after the new "start".
    outcome = { kind: "failed", error: "task open again", latencyMs: 0, retry: false };
  } else if (row.eventType === "task.created" && (!system.active || system.reach !== "WEBHOOK")) {
    // Deactivating a system (or switching it to MANUAL) is how an administrator cuts it off: what was
    // queued for it is not sent, and its tasks come back to staff.
    outcome = { kind: "failed", error: "system switched off", latencyMs: 0, retry: false };
  } else if (row.eventType === "task.created" && task && !isUnfinished(task.state)) {
    // Waived, cancelled or done while this waited for a retry: the system must not start work nobody wants
    // any more, nor get it after the task.cancelled telling it to stop.
    outcome = { kind: "failed", error: "task no longer open", latencyMs: 0, retry: false };
  } else {
    const body = JSON.stringify(deliveryBody(row, task, ctx.settings.appUrl, now));
    const headers = {
      "webhook-id": row.id,
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": signatureHeader(system.secrets, row.id, now, body),
      "user-agent": "Rightsdesk-Webhooks/1",
    };
    outcome = await postToTarget(system.webhookUrl, ctx.rules, headers, body, ctx.settings.timeoutMs);
  }
  return recordOutcome(ctx, row, outcome);
}

export interface WebhookRunResult {
  delivered: number;
  retry: number;
  failed: number;
}

/** Claims and posts one batch; returns what happened so callers can loop while there is work. */
export async function runWebhooksOnce(prisma: Db, settings: WebhookSettings): Promise<WebhookRunResult> {
  const result: WebhookRunResult = { delivered: 0, retry: 0, failed: 0 };
  const claimedAt = Date.now();
  const claimed = await claimDueDeliveries(prisma, settings, new Date(claimedAt));
  if (claimed.length === 0) return result;
  const now = new Date();
  const policy = await loadFulfilmentPolicy(prisma);
  const systemIds = [...new Set(claimed.map((r) => r.systemId))];
  const taskIds = [...new Set(claimed.flatMap((r) => (r.taskId ? [r.taskId] : [])))];
  const [systemRows, taskRows] = await Promise.all([
    prisma.dataSystem.findMany({
      where: { id: { in: systemIds } },
      select: { id: true, webhookUrl: true, active: true, reach: true },
    }),
    loadTasksForBodies(prisma, taskIds),
  ]);
  const systems: PassContext["systems"] = new Map();
  for (const s of systemRows) systems.set(s.id, { ...s, secrets: await activeSigningSecrets(prisma, s.id, now) });
  const ctx: PassContext = {
    prisma,
    settings,
    maxAttempts: policy.maxDeliveryAttempts,
    rules: {
      allowedPrivateHosts: policy.allowedPrivateHosts,
      allowLoopback: !settings.production,
      httpsOnly: settings.production,
    },
    systems,
    tasks: new Map(taskRows.map((t) => [t.id, t])),
    delivered: [],
  };
  // Once an outcome cannot be recorded, no further row is sent (each is sent again when its lease runs out).
  // Nor is a row whose lease would run out before its post could end (its name lookup and its request each
  // have the time limit; a slow batch, a DNS outage): another
  // worker could claim it meanwhile and send it at the same time. Those go back to the queue at once.
  const leaseEnds = claimedAt + settings.leaseMs;
  const unsent: ClaimedRow[] = [];
  let next = 0;
  let unrecorded: { error: unknown } | undefined;
  await Promise.all(
    Array.from({ length: Math.min(settings.concurrency, claimed.length) }, async () => {
      while (next < claimed.length && !unrecorded) {
        const row = claimed[next++]!;
        if (Date.now() + 2 * settings.timeoutMs + LEASE_MARGIN_MS > leaseEnds) {
          unsent.push(row);
          continue;
        }
        try {
          result[await deliverOne(ctx, row)]++;
        } catch (error) {
          unrecorded ??= { error };
        }
      }
    }),
  );
  // The plain deliveries of the batch in one statement. Should it fail (the database went away), they stay
  // SENDING and are sent again, under the same webhook-id, once their lease runs out: at least once.
  await recordDelivered(prisma, ctx.delivered);
  await releaseUnsent(prisma, unsent);
  if (unrecorded) throw unrecorded.error;
  return result;
}

/** Rows claimed but not sent (their lease was too short to send them safely): due again at once, uncounted. */
async function releaseUnsent(prisma: Db, rows: ClaimedRow[]): Promise<void> {
  for (const row of rows) {
    await prisma.webhookDelivery.updateMany({
      where: { id: row.id, status: "SENDING", attempts: row.attempts },
      data: { status: "PENDING", lockedUntil: null, attempts: { decrement: 1 } },
    });
  }
}

export interface RunningWebhookWorker {
  stop(): Promise<void>;
}

/**
 * Polls for due deliveries until stopped; a full batch is followed at once by the next one. A delivery
 * queued in this process wakes it at once (and, as the queuing transaction may not have committed yet, it
 * looks again after 50, 200 and 500 ms before going back to polling).
 */
export function startWebhookWorker(prisma: Db, settings: WebhookSettings, pollMs: number): RunningWebhookWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  let followUps: number[] = [];
  const unsubscribe = onWebhookQueued(() => {
    followUps = [50, 200, 500];
    wake?.();
  });
  const loop = (async () => {
    while (!stopped) {
      let busy = false;
      try {
        const r = await runWebhooksOnce(prisma, settings);
        busy = r.delivered + r.retry + r.failed >= settings.batchSize;
      } catch (error) {
        logger.error("webhook worker pass failed", { error });
      }
      if (!busy && !stopped) {
        const delay = followUps.shift() ?? pollMs;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, delay);
        });
        wake = undefined;
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
