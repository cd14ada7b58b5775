// npm run sweep: runs the periodic sweeps once (deadline reminders, the routing clock's customer reminders and
// escalations, expiry of unconfirmed requests, the daily digest from DIGEST_HOUR_UTC, retention once a day)
// against the configured database and prints what it queued (safe to run beside the server on PostgreSQL; it
// sends each reminder once).
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { runPeriodicSweeps } from "@/lib/jobs/periodic-sweeps";

const config = env();
const connection = connect(databaseTarget(config.DATABASE_URL, config.dataDir));
try {
  const started = performance.now();
  const result = await runPeriodicSweeps(connection.prisma);
  console.log(JSON.stringify({ ...result, ms: Math.round(performance.now() - started) }));
} finally {
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}
