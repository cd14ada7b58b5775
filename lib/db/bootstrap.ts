import "server-only";
import type { DatabaseTarget } from "./adapter";
import { connect } from "./client";
import { applyMigrations } from "./migrations";
import { appliedMigrationNames, migrationNames } from "./migrations/status";

/** Opens the target, applies pending migrations, closes it. Returns the names applied. */
export async function migrateTarget(target: DatabaseTarget): Promise<string[]> {
  const connection = connect(target);
  try {
    const alreadyApplied = await appliedMigrationNames(connection.prisma);
    if (migrationNames().every((name) => alreadyApplied.includes(name))) return [];
    return await applyMigrations(connection.adapter.factory, { alreadyApplied });
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }
}
