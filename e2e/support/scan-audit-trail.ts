// Run by the e2e run's global teardown (audit-scan-teardown.ts) while the app still runs: scans the run's
// database for personal data in the audit trail (tests/support/audit-trail-leaks.ts) and exits 1 if any.
// On PostgreSQL it reads the run's database directly. The embedded database belongs to the server process
// (one holder per data directory), so there it asks the server for a backup over its maintenance socket,
// exactly as `npm run db:backup` does, and scans a restored copy: the dump holds everything committed.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "@/lib/config/env";
import { fieldKeysFrom } from "@/lib/crypto/field-keys";
import { connect } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/adapter";
import { askRunningServer } from "@/lib/jobs/maintenance-socket";
import type { BackupResult } from "@/lib/server/backup/write-backup";
import { restoreEmbeddedDatabase } from "@/lib/server/backup/restore-embedded-database";
import { describeLeaks, findPersonalDataInAuditTrail } from "../../tests/support/audit-trail-leaks";
import { e2eRun } from "./run";

const run = e2eRun();
// The server's own keys: from the environment, else the run's DATA_DIR/secrets.json (serve.ts writes it on
// PostgreSQL too), so encrypted phone numbers and addresses are looked for as well.
const config = parseEnv({ ...process.env, NODE_ENV: "test", DATA_DIR: run.dataDir, DATABASE_URL: run.databaseUrl ?? "" });
let copy: string | undefined;

async function targetToScan(): Promise<DatabaseTarget> {
  if (run.databaseUrl) return { kind: "postgres", url: run.databaseUrl };
  const answer = await askRunningServer(run.dataDir, "backup");
  if (!answer) {
    // No server answers (it has stopped): the directory is free to open.
    if (!existsSync(path.join(run.dataDir, "db"))) throw new Error(`no e2e database in ${run.dataDir}`);
    return { kind: "embedded", dataDir: path.join(run.dataDir, "db") };
  }
  if (!answer.ok) throw new Error(`the server's backup failed: ${answer.error}`);
  copy = mkdtempSync(path.join(tmpdir(), "rightsdesk-e2e-audit-scan-"));
  await restoreEmbeddedDatabase((answer.result as BackupResult).file, path.join(copy, "db"));
  return { kind: "embedded", dataDir: path.join(copy, "db") };
}

try {
  const connection = connect(await targetToScan());
  try {
    const events = await connection.prisma.auditEvent.count();
    const leaks = await findPersonalDataInAuditTrail(connection.prisma, fieldKeysFrom(config).readable);
    if (leaks.length > 0) {
      console.error(describeLeaks(leaks));
      process.exitCode = 1;
    } else {
      console.log(`Audit trail scan: no personal data in the run's ${events} audit events.`);
    }
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }
} catch (error) {
  console.error(`Audit trail scan failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (copy) rmSync(copy, { recursive: true, force: true });
}
