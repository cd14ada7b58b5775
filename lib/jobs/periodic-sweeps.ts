import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { runReminderSweep } from "@/lib/server/deadlines/run-reminder-sweep";
import { queueDailyDigest } from "@/lib/server/digest/queue-daily-digest";
import { expireUnverifiedRequests } from "@/lib/server/intake/expire-unverified-requests";
import { runRoutingSweep } from "@/lib/server/routing/run-routing-sweep";

/**
 * One pass of the periodic work: deadline reminders, the routing clock (customer reminders and
 * escalations), expiry of unconfirmed requests, and the daily digest (from DIGEST_HOUR_UTC, once per day).
 */
export async function runPeriodicSweeps(prisma: Db, now = new Date()) {
  const reminders = await runReminderSweep(prisma, now);
  const routing = await runRoutingSweep(prisma, now);
  const expired = await expireUnverifiedRequests(prisma, now);
  // Rate-limit windows are a day at most; older counters only take space.
  await prisma.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * 86_400_000) } } });
  const digest = await queueDailyDigest(prisma, now);
  return { reminders, routing, expired, digest };
}

/** Runs the periodic sweeps now and then every `intervalMs`, until stopped. */
export function startPeriodicSweeps(prisma: Db, intervalMs: number): { stop(): void } {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const { reminders, routing, expired, digest } = await runPeriodicSweeps(prisma);
      if (reminders.emails > 0 || expired > 0) logger.info("periodic sweep", { ...reminders, expired });
      if (routing.reminded + routing.escalated > 0) logger.info("routing sweep", { ...routing });
      if (digest.queued) logger.info("daily digest queued", { ...digest });
    } catch (error) {
      logger.error("periodic sweep failed", { error });
    } finally {
      running = false;
    }
  };
  void pass();
  const timer = setInterval(() => void pass(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
