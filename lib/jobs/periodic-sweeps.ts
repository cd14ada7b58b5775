import "server-only";
import { SIGN_IN_FAILURE_MEMORY_MS } from "@/lib/auth/sign-in-throttle";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { runReminderSweep } from "@/lib/server/deadlines/run-reminder-sweep";
import { queueDailyDigest } from "@/lib/server/digest/queue-daily-digest";
import { expireUnverifiedRequests } from "@/lib/server/intake/expire-unverified-requests";
import { runTaskSweep } from "@/lib/server/fulfilment/run-task-sweep";
import { runNightlyRetention } from "@/lib/server/retention/run-nightly-retention";
import { runRoutingSweep } from "@/lib/server/routing/run-routing-sweep";

/**
 * One pass of the periodic work: deadline reminders, the routing clock (customer reminders and
 * escalations), the fulfilment clock (task owners' reminders and escalations), expiry of unconfirmed requests, the daily digest (from DIGEST_HOUR_UTC, once per day), and
 * retention (anonymization of closed cases and deletion of old documents, once per day from 02:00 UTC).
 */
export async function runPeriodicSweeps(prisma: Db, now = new Date()) {
  const reminders = await runReminderSweep(prisma, now);
  const routing = await runRoutingSweep(prisma, now);
  const tasks = await runTaskSweep(prisma, now);
  const expired = await expireUnverifiedRequests(prisma, now);
  // Rate-limit windows are a day at most; older counters only take space.
  await prisma.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * 86_400_000) } } });
  // Sign-in failures an address has not added to for a day are forgotten anyway (lib/auth/sign-in-throttle.ts).
  await prisma.signInThrottle.deleteMany({
    where: { lastAttemptAt: { lt: new Date(now.getTime() - SIGN_IN_FAILURE_MEMORY_MS) } },
  });
  const digest = await queueDailyDigest(prisma, now);
  const retention = await runNightlyRetention(prisma, now);
  return { reminders, routing, tasks, expired, digest, retention };
}

/** Runs the periodic sweeps now and then every `intervalMs`, until stopped (stopping waits for a pass under way). */
export function startPeriodicSweeps(prisma: Db, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const pass = async () => {
    try {
      const { reminders, routing, tasks, expired, digest, retention } = await runPeriodicSweeps(prisma);
      if (reminders.emails > 0 || expired > 0) logger.info("periodic sweep", { ...reminders, expired });
      if (routing.reminded + routing.escalated > 0) logger.info("routing sweep", { ...routing });
      if (tasks.reminded + tasks.escalated > 0) logger.info("task sweep", { ...tasks });
      if (digest.queued) logger.info("daily digest queued", { ...digest });
      if (retention) logger.info("retention run", { ...retention, policy: undefined });
    } catch (error) {
      logger.error("periodic sweep failed", { error });
    } finally {
      running = undefined;
    }
  };
  const start = () => {
    running ??= pass();
  };
  start();
  const timer = setInterval(start, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
