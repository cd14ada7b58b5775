import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { runReminderSweep } from "@/lib/server/deadlines/run-reminder-sweep";
import { expireUnverifiedRequests } from "@/lib/server/intake/expire-unverified-requests";

/** One pass of the periodic work: deadline reminders, then expiry of unconfirmed requests. */
export async function runPeriodicSweeps(prisma: Db, now = new Date()) {
  const reminders = await runReminderSweep(prisma, now);
  const expired = await expireUnverifiedRequests(prisma, now);
  // Rate-limit windows are a day at most; older counters only take space.
  await prisma.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * 86_400_000) } } });
  return { reminders, expired };
}

/** Runs the periodic sweeps now and then every `intervalMs`, until stopped. */
export function startPeriodicSweeps(prisma: Db, intervalMs: number): { stop(): void } {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const { reminders, expired } = await runPeriodicSweeps(prisma);
      if (reminders.emails > 0 || expired > 0) logger.info("periodic sweep", { ...reminders, expired });
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
