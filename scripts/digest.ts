// npm run digest: queues today's (UTC) digest for the privacy officers and administrators now, whatever
// DIGEST_HOUR_UTC says (for a cron job at a time of your choosing). Still once per day: if the server's
// sweep or another run queued it already, it prints `"queued":false` and sends nothing.
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { queueDailyDigest } from "@/lib/server/digest/queue-daily-digest";

const config = env();
const connection = connect(databaseTarget(config.DATABASE_URL, config.dataDir));
try {
  const result = await queueDailyDigest(connection.prisma, new Date(), { hourUtc: 0 });
  console.log(JSON.stringify(result));
} finally {
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}
