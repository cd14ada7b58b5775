import { connect } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { runReminderSweep, type SweepResult } from "@/lib/server/deadlines/run-reminder-sweep";
import { seedCases } from "./support/seed-cases";

export interface SweepFigures {
  openCases: number;
  seedSeconds: number;
  baselineCountMs: number;
  firstPassMs: number;
  firstPass: SweepResult;
  steadyPassMs: number;
  steadyPass: SweepResult;
  ratioSteadyToBaseline: number;
}

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, Math.round((performance.now() - started) * 10) / 10];
};

/**
 * The reminder sweep over `count` open cases on a fresh embedded database. The first pass queues the
 * backlog (every case already inside a window); a steady pass is what runs every few minutes after.
 * Baseline in the same run: counting the open cases (a scan the sweep must beat by using its index).
 */
export async function benchSweep(count: number): Promise<SweepFigures> {
  const connection = connect({ kind: "embedded", dataDir: "memory" });
  const prisma = connection.prisma;
  try {
    await applyMigrations(connection.adapter.factory);
    for (let i = 0; i < 3; i++) {
      await prisma.user.create({
        data: { email: `officer${i}@example.com`, name: `Officer ${i}`, role: "PRIVACY_OFFICER", passwordHash: "x" },
      });
    }
    const seedStart = performance.now();
    // Received over the last 45 days: most deadlines lie ahead, some are near, a few have passed.
    await seedCases(connection, count, { spreadDays: 45, mix: "open", auditEvents: false });
    const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;
    await prisma.$executeRawUnsafe(`ANALYZE`);
    const [, baselineCountMs] = await time(() =>
      prisma.$queryRawUnsafe(
        `SELECT count(*) FROM "Case" WHERE status IN ('NEW','IN_PROGRESS','AWAITING_REQUESTER','ROUTED')`,
      ),
    );
    const [firstPass, firstPassMs] = await time(() => runReminderSweep(prisma));
    const [steadyPass, steadyPassMs] = await time(() => runReminderSweep(prisma));
    return {
      openCases: count,
      seedSeconds,
      baselineCountMs,
      firstPassMs,
      firstPass,
      steadyPassMs,
      steadyPass,
      ratioSteadyToBaseline: Math.round((steadyPassMs / baselineCountMs) * 100) / 100,
    };
  } finally {
    await prisma.$disconnect();
    await connection.adapter.close();
  }
}
