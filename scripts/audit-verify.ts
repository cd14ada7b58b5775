// npm run audit:verify: recomputes the sealed part of the audit trail's hash chain on the configured database
// (embedded or PostgreSQL), read-only. Prints "chain intact (N sealed events)" and the head to keep elsewhere
// and exits 0, or names each altered, deleted or inserted event and exits 1. Either way it reports the
// events the sealer has not linked yet (how many, and how old the oldest is). With `-- --head N:HASH` (a head
// printed earlier and kept elsewhere) it also checks that the chain still holds that event unchanged, which
// shows the newest events cut off.
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";

const config = env();
const headArg = process.argv.indexOf("--head");
const keptHead = headArg > 0 ? /^(\d+):([0-9a-f]{64})$/.exec(process.argv[headArg + 1] ?? "") : null;
if (headArg > 0 && !keptHead) {
  console.error("usage: npm run audit:verify [-- --head POSITION:HASH]   (as a previous run printed it)");
  process.exit(2);
}
const connection = connect(databaseTarget(config.DATABASE_URL, config.dataDir));
let exitCode = 0;
try {
  const started = performance.now();
  const result = await verifyAuditChain(connection.prisma, {
    keptHead: keptHead ? { chainSeq: BigInt(keptHead[1]!), hash: keptHead[2]! } : undefined,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.intact) {
    console.log(`chain intact (${result.events} sealed events, checked in ${seconds} s)`);
    if (result.head) {
      console.log(`head: position ${result.head.chainSeq}, event ${result.head.id}, hash ${result.head.hash}`);
      console.log(
        `keep it elsewhere; check later with: npm run audit:verify -- --head ${result.head.chainSeq}:${result.head.hash}`,
      );
    }
  } else {
    console.log(
      `chain broken: ${result.problemCount} problem(s) in ${result.events} sealed events (checked in ${seconds} s)`,
    );
    for (const problem of result.problems) {
      const where = problem.id === null ? `position ${problem.position}` : `event ${problem.id}`;
      console.log(`  ${where}: ${problem.problem}: ${problem.detail}`);
    }
    if (result.problemCount > result.problems.length) {
      console.log(`  … and ${result.problemCount - result.problems.length} more`);
    }
    exitCode = 1;
  }
  const { count, oldestAt } = result.unsealed;
  console.log(
    count === 0
      ? "unsealed: none"
      : `unsealed: ${count} event(s), the oldest recorded ${((Date.now() - oldestAt!.getTime()) / 1000).toFixed(1)} s ago`,
  );
} catch (error) {
  console.error(`Could not verify the audit chain: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 2;
} finally {
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}
process.exit(exitCode);
