// npm run worker: the outbox worker on its own (for PostgreSQL deployments with several processes;
// the embedded database can be opened by one process only, where the server runs the worker itself).
import { env } from "@/lib/config/env";
import { db, disconnect } from "@/lib/db/client";
import { outboxSettingsFromEnv, transportFromEnv } from "@/lib/email/setup";
import { startOutboxWorker } from "@/lib/email/worker";
import { logger } from "@/lib/logging/logger";

const config = env();
const transport = transportFromEnv(config);
const worker = startOutboxWorker(db(), transport, outboxSettingsFromEnv(config), config.OUTBOX_POLL_MS);
logger.info("outbox worker started", { smtp: Boolean(config.SMTP_URL) });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void (async () => {
      await worker.stop();
      transport.close();
      await disconnect();
      process.exit(0);
    })();
  });
}
