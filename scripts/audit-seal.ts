// npm run audit:seal [-- --batch N]: seals the audit events committed but not yet linked into the hash chain,
// now, and prints how many. The server and `npm run worker` do this every AUDIT_SEAL_INTERVAL_MS; this is for
// a stopped server (the embedded database is opened by one process at a time) or an impatient operator.
// Safe beside running sealers: only one seals at a time, the others find nothing to do.
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { sealAuditEvents } from "@/lib/server/audit/seal-audit-events";

const config = env();
const batchArg = process.argv.indexOf("--batch");
const batchSize = batchArg > 0 ? Number(process.argv[batchArg + 1]) : undefined;
if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
  console.error("usage: npm run audit:seal [-- --batch N]   (N a positive whole number)");
  process.exit(2);
}
const connection = connect(databaseTarget(config.DATABASE_URL, config.dataDir));
let exitCode = 0;
try {
  const backlog = await connection.prisma.auditEvent.count({ where: { chainSeq: null, hash: null } });
  console.log(`sealing ${backlog} unsealed event(s)`);
  console.log(`sealed ${await sealAuditEvents(connection.prisma, { batchSize })} event(s)`);
} catch (error) {
  console.error(`Could not seal the audit trail: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}
process.exit(exitCode);
