import "server-only";
import type { AppEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { outboxSettingsFromEnv, transportFromEnv } from "@/lib/email/setup";
import { startOutboxWorker } from "@/lib/email/worker";
import { startAuditSealer } from "./audit-sealer";
import { startPeriodicSweeps } from "./periodic-sweeps";
import { startWebhookWorker, webhookSettingsFrom } from "./webhook-worker";

export interface BackgroundJobs {
  /** Stops polling and waits for the batch and the sweep pass in progress, then closes the mail transport. */
  stop(): Promise<void>;
}

/**
 * The background work: the outbox worker, the webhook worker, the periodic sweeps and the audit sealer. The web server runs it
 * in its own process unless WORKER_IN_SERVER=false; `npm run worker` runs it alone. Any number of copies may run on
 * one PostgreSQL database: outbox rows and webhook deliveries are claimed with leases under FOR UPDATE SKIP LOCKED, and every
 * sweep claims its rows the same way or inserts a unique row first (reminders, the daily digest); one
 * sealer at a time holds the sealer's lock, the others skip their round.
 */
export function startBackgroundJobs(prisma: Db, config: AppEnv): BackgroundJobs {
  const transport = transportFromEnv(config);
  const worker = startOutboxWorker(prisma, transport, outboxSettingsFromEnv(config), config.OUTBOX_POLL_MS);
  const webhooks = startWebhookWorker(prisma, webhookSettingsFrom(config), config.OUTBOX_POLL_MS);
  const sweeps = startPeriodicSweeps(prisma, config.SWEEP_INTERVAL_MS);
  const sealer = startAuditSealer(prisma, config.AUDIT_SEAL_INTERVAL_MS);
  return {
    async stop() {
      await Promise.all([worker.stop(), webhooks.stop(), sweeps.stop(), sealer.stop()]);
      transport.close();
    },
  };
}
