import { env } from "@/lib/config/env";
import { currentConnection, db } from "@/lib/db/client";
import { pendingMigrationNames } from "@/lib/db/migrations/status";
import { outboxSettingsFromEnv, transportFromEnv } from "@/lib/email/setup";
import { startOutboxWorker } from "@/lib/email/worker";
import { logger } from "@/lib/logging/logger";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { maintenanceHandlers } from "./maintenance-commands";
import { startMaintenanceSocket } from "./maintenance-socket";
import { startPeriodicSweeps } from "./periodic-sweeps";

/** Background work that lives in the server process. A bad start stops the process with the reason. */
export async function startServerJobs(): Promise<void> {
  try {
    await start();
  } catch (error) {
    console.error(`Rightsdesk cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function start(): Promise<void> {
  const config = env();
  const pending = await pendingMigrationNames(db());
  if (pending.length > 0) {
    console.error(
      `Refusing to start: ${pending.length} pending migration(s) (${pending.join(", ")}). ` +
        (config.isEmbedded ? "Start with `npm start`, which applies them." : "Run `npm run db:migrate` first."),
    );
    process.exit(1);
  }
  await ensureDeadlinePolicies(db());
  // Backups and retention runs from the command line go through this process (it holds the data directory).
  if (config.isEmbedded) {
    await startMaintenanceSocket(config.dataDir, maintenanceHandlers(currentConnection(), config.dataDir));
  }
  if (!config.WORKER_IN_SERVER) return;
  startOutboxWorker(db(), transportFromEnv(config), outboxSettingsFromEnv(config), config.OUTBOX_POLL_MS);
  startPeriodicSweeps(db(), config.SWEEP_INTERVAL_MS);
  logger.info("outbox worker and periodic sweeps started in the server process");
}
