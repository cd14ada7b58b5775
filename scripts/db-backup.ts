// npm run db:backup: a consistent dump of the embedded database (plain SQL from pg_dump compiled to
// WebAssembly) into DATA_DIR/backups/<timestamp>.sql. While the server runs, the server takes it on its own
// connection (see lib/jobs/maintenance-socket.ts); otherwise this process opens the data directory itself.
// On PostgreSQL it prints the pg_dump command to use instead and exits with code 2 (nothing was written).
import { existsSync } from "node:fs";
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { maintenanceHandlers } from "@/lib/jobs/maintenance-commands";
import { askRunningServer } from "@/lib/jobs/maintenance-socket";
import type { BackupResult } from "@/lib/server/backup/write-backup";

const config = env();
const target = databaseTarget(config.DATABASE_URL, config.dataDir);

if (target.kind === "postgres") {
  console.log(`The database is PostgreSQL (DATABASE_URL): back it up with PostgreSQL's own tools, for example

  pg_dump --format=custom --no-owner --no-privileges --file="rightsdesk-$(date -u +%Y%m%dT%H%M%SZ).dump" "$DATABASE_URL"

and restore into a new, empty database with

  pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" <file>.dump

(pg_dump takes a consistent snapshot while the app keeps running.)`);
  process.exit(2);
}

function report(result: BackupResult, by: string): void {
  const size = result.bytes >= 1e6 ? `${(result.bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(result.bytes / 1e3)} kB`;
  console.log(`Backup written ${by}: ${result.file} (${size} in ${(result.ms / 1000).toFixed(1)} s)`);
}

try {
  const answer = await askRunningServer(config.dataDir, "backup");
  if (answer) {
    if (!answer.ok) throw new Error(answer.error);
    report(answer.result as BackupResult, "by the running server");
  } else {
    if (!existsSync(target.dataDir)) throw new Error(`there is no embedded database in ${target.dataDir}`);
    const connection = connect(target);
    try {
      report((await maintenanceHandlers(connection, config.dataDir).backup()) as BackupResult, "(no server running)");
    } finally {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
    }
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
