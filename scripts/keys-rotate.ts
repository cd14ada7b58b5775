// npm run keys:rotate: re-encrypts every encrypted field (phone numbers, postal addresses, dates of birth)
// under the current data encryption key, in batches, while the app keeps running; prints the counts as JSON.
//   Embedded default (key in DATA_DIR/secrets.json): generates the new key there first, keeping the old one
//   readable. With the server running, the server does it all (it holds the database and switches its keys).
//   DATA_ENCRYPTION_KEY set by the operator: set the new key there and the old one in DATA_ENCRYPTION_OLD_KEYS,
//   restart every instance, then run this.
// npm run keys:rotate -- --retire-old-keys: once nothing is under the old keys (and a backup taken after the
// rotation exists), removes them from secrets.json; says which ones to remove from the environment.
import { parseArgs } from "node:util";
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { maintenanceHandlers } from "@/lib/jobs/maintenance-commands";
import { askRunningServer } from "@/lib/jobs/maintenance-socket";

const { values } = parseArgs({ options: { "retire-old-keys": { type: "boolean", default: false } } });
const command = values["retire-old-keys"] ? "keys-retire-old" : "keys-rotate";
const config = env();
const target = databaseTarget(config.DATABASE_URL, config.dataDir);

function explain(result: Record<string, unknown>): string {
  if (command === "keys-retire-old") {
    const inEnvironment = result.stillInEnvironment as string[];
    return inEnvironment.length > 0
      ? `Remove key(s) ${inEnvironment.join(", ")} from DATA_ENCRYPTION_OLD_KEYS and restart every instance.`
      : "The old keys are retired.";
  }
  const old = result.oldKeyIds as string[];
  return old.length > 0
    ? `Every value is under key ${String(result.currentKeyId)}. Old key(s) ${old.join(", ")} stay readable: ` +
        "once a backup taken after this rotation exists, run npm run keys:rotate -- --retire-old-keys."
    : `Every value is under key ${String(result.currentKeyId)}.`;
}

try {
  const answer = target.kind === "embedded" ? await askRunningServer(config.dataDir, command) : null;
  let result: unknown;
  if (answer) {
    if (!answer.ok) throw new Error(answer.error);
    result = answer.result;
  } else {
    const connection = connect(target);
    try {
      result = await maintenanceHandlers(connection, config.dataDir)[command]();
    } finally {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
    }
  }
  console.log(JSON.stringify(result, null, 2));
  console.error(explain(result as Record<string, unknown>));
} catch (error) {
  console.error(`Key rotation failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
