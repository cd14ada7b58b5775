// npm run db:seed:bulk -- --cases 100000: fills the configured database (embedded or PostgreSQL) with
// realistic cases for trying the queue and for benchmarks. Options: --cases <n> (default 10000),
// --days <spread of receipt dates> (default 120), --no-audit (skip the cases' audit events), --seed <n>.
import { parseArgs } from "node:util";
import { seedCases } from "@/bench/support/seed-cases";
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect } from "@/lib/db/client";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "10000" },
    days: { type: "string", default: "120" },
    "no-audit": { type: "boolean", default: false },
    seed: { type: "string" },
  },
});
const count = Number(values.cases);
const spreadDays = Number(values.days);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(spreadDays) || spreadDays < 1) {
  console.error("Usage: npm run db:seed:bulk -- --cases <number> [--days <number>] [--no-audit] [--seed <number>]");
  process.exit(2);
}

const config = env();
const target = databaseTarget(config.DATABASE_URL, config.dataDir);
await migrateTarget(target);
const connection = connect(target);
try {
  const where = target.kind === "postgres" ? "PostgreSQL" : `the embedded database in ${target.dataDir}`;
  console.log(`Seeding ${count} cases into ${where}...`);
  const result = await seedCases(connection, count, {
    spreadDays,
    auditEvents: !values["no-audit"],
    seed: values.seed === undefined ? undefined : Number(values.seed),
  });
  const byStatus = await connection.prisma.case.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } });
  console.log(
    `Seeded ${result.cases} cases and ${result.auditEvents} audit events in ${result.seconds} s ` +
      `(${Math.round(result.cases / result.seconds)} cases/s).`,
  );
  console.log(`Cases by status now: ${byStatus.map((s) => `${s.status} ${s._count}`).join(", ")}`);
  console.log(`References ${result.references[0]} … ${result.references.at(-1)}`);
} finally {
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}
