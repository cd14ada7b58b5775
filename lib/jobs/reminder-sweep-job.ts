import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { runReminderSweep } from "@/lib/server/deadlines/run-reminder-sweep";

/** Runs the deadline reminder sweep now and then every `intervalMs`, until stopped. */
export function startReminderSweep(prisma: Db, intervalMs: number): { stop(): void } {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runReminderSweep(prisma);
      if (result.emails > 0) logger.info("deadline reminders queued", { ...result });
    } catch (error) {
      logger.error("reminder sweep failed", { error });
    } finally {
      running = false;
    }
  };
  void pass();
  const timer = setInterval(() => void pass(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
