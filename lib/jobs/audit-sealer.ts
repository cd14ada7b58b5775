import "server-only";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { sealAuditEvents } from "@/lib/server/audit/seal-audit-events";

/**
 * Runs the audit sealer every `intervalMs` until stopped (stopping waits for a round under way). Every
 * server and worker runs one; the sealer's own advisory lock lets one of them seal at a time and the
 * others skip the round, so the chain never forks and no writer waits for it.
 */
export function startAuditSealer(prisma: Db, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const round = async () => {
    try {
      await sealAuditEvents(prisma);
    } catch (error) {
      logger.error("audit sealing failed", { error });
    } finally {
      running = undefined;
    }
  };
  const start = () => {
    running ??= round();
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
