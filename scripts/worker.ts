// npm run worker: the background work on its own, the outbox worker, the periodic sweeps (deadline
// reminders, the routing clock, expiry of unconfirmed requests, the daily digest, retention) and the audit
// sealer. For PostgreSQL
// deployments with several processes, where web servers run with WORKER_IN_SERVER=false; any number of
// workers may run at once. The embedded database can be opened by one process only: there the server runs
// this work itself.
import { env } from "@/lib/config/env";
import { db, disconnect } from "@/lib/db/client";
import { startBackgroundJobs } from "@/lib/jobs/background-jobs";
import { logger } from "@/lib/logging/logger";

const config = env();
if (config.isEmbedded) {
  console.error(
    "npm run worker needs DATABASE_URL (PostgreSQL): the embedded database is opened by the server alone, " +
      "which runs the outbox worker and the sweeps itself.",
  );
  process.exit(1);
}
const jobs = startBackgroundJobs(db(), config);
logger.info("outbox worker, periodic sweeps and audit sealer started", { smtp: Boolean(config.SMTP_URL) });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void (async () => {
      await jobs.stop();
      await disconnect();
      process.exit(0);
    })();
  });
}
