// npm run retention -- [--dry-run]: applies the retention policy now (anonymizes closed cases past their
// period, deletes old documents; cases on legal hold are skipped) and prints what it did as JSON. With
// --dry-run it only lists what the run would do. The periodic sweep already runs it once a day; this is for
// cron setups and for checking. On the embedded database with the server running, the server runs it.
import { parseArgs } from "node:util";
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { maintenanceHandlers } from "@/lib/jobs/maintenance-commands";
import { askRunningServer } from "@/lib/jobs/maintenance-socket";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
const command = values["dry-run"] ? "retention-dry-run" : "retention";
const config = env();
const target = databaseTarget(config.DATABASE_URL, config.dataDir);

const print = (result: unknown) =>
  console.log(
    JSON.stringify(result, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), 2),
  );

try {
  const answer = target.kind === "embedded" ? await askRunningServer(config.dataDir, command) : null;
  if (answer) {
    if (!answer.ok) throw new Error(answer.error);
    print(answer.result);
  } else {
    const connection = connect(target);
    try {
      print(await maintenanceHandlers(connection, config.dataDir)[command]());
    } finally {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
    }
  }
} catch (error) {
  console.error(`Retention failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
