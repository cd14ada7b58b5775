// npm run audit:verify: recomputes the audit trail's hash chain on the configured database (embedded or
// PostgreSQL). Prints "chain intact (N events)" and exits 0, or names the first broken event and exits 1.
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";

const config = env();
const connection = connect(databaseTarget(config.DATABASE_URL, config.dataDir));
let exitCode = 0;
try {
  const started = performance.now();
  const result = await verifyAuditChain(connection.prisma);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.intact) {
    console.log(`chain intact (${result.events} events)`);
    if (result.head) console.log(`head: event ${result.head.id}, hash ${result.head.hash} (checked in ${seconds} s)`);
  } else {
    console.log(`chain broken at event ${result.broken.id}: ${result.broken.problem}`);
    console.log(`  ${result.broken.detail}`);
    console.log(`  ${result.events} events before it are intact (checked in ${seconds} s)`);
    exitCode = 1;
  }
} catch (error) {
  console.error(`Could not verify the audit chain: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 2;
} finally {
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}
process.exit(exitCode);
