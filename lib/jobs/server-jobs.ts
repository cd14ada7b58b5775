import "server-only";
import { env, type AppEnv } from "@/lib/config/env";
import { currentConnection, db } from "@/lib/db/client";
import { pendingMigrationNames } from "@/lib/db/migrations/status";
import { logger } from "@/lib/logging/logger";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { startBackgroundJobs } from "./background-jobs";
import { maintenanceHandlers } from "./maintenance-commands";
import { startMaintenanceSocket } from "./maintenance-socket";

/** Background work that lives in the server process. A bad start stops the process with the reason. */
export async function startServerJobs(): Promise<void> {
  try {
    await startJobsInServer(env());
  } catch (error) {
    console.error(`Rightsdesk cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/**
 * What a web server starts beside serving pages: the maintenance socket on the embedded database, and the
 * outbox worker, periodic sweeps and audit sealer unless WORKER_IN_SERVER=false (a deployment whose dedicated
 * `npm run worker` processes do that work). Returns what it started, so it can be stopped.
 */
export async function startJobsInServer(config: AppEnv): Promise<{ stop(): Promise<void> }> {
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
  const socket = config.isEmbedded
    ? await startMaintenanceSocket(config.dataDir, maintenanceHandlers(currentConnection(), config.dataDir))
    : undefined;
  const jobs = config.WORKER_IN_SERVER ? startBackgroundJobs(db(), config) : undefined;
  if (jobs) logger.info("outbox worker, periodic sweeps and audit sealer started in the server process");
  return {
    async stop() {
      await jobs?.stop();
      await socket?.close();
    },
  };
}
