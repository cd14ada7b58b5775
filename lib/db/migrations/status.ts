import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { Prisma } from "../generated/client";
import { queryRows, type Queryable } from "../typed-rows";

/** Whether the migrations table exists. */
const presentRow = z.object({ present: z.boolean() });

/** A finished migration. */
const migrationNameRow = z.object({ migration_name: z.string() });

/** Which migrations exist and which the database has applied; no schema engine needed (the app uses it). */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** Migration folder names in the order they apply (their timestamp prefix sorts them). */
export function migrationNames(dir = MIGRATIONS_DIR): string[] {
  // Read at run time from the checkout; the server bundle must not trace the project for it.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

/** Names of migrations recorded as finished in the database (empty when it was never migrated). */
export async function appliedMigrationNames(client: Queryable): Promise<string[]> {
  const exists = await queryRows(
    client,
    presentRow,
    Prisma.sql`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return [];
  const rows = await queryRows(
    client,
    migrationNameRow,
    Prisma.sql`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

/** Migrations on disk that the database has not applied yet. */
export async function pendingMigrationNames(client: Queryable, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied = new Set(await appliedMigrationNames(client));
  return migrationNames(dir).filter((name) => !applied.has(name));
}
