import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PGlite } from "@electric-sql/pglite";
import { PGliteAdapterFactory } from "../pglite-adapter";
import { openSchemaEngine } from "./schema-engine";
import { MIGRATIONS_DIR, migrationNames } from "./status";

export { MIGRATIONS_DIR, migrationNames, appliedMigrationNames, pendingMigrationNames } from "./status";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    readonly migration: string,
    readonly databaseMessage: string,
  ) {
    super(`Migration ${migration} failed: ${databaseMessage}`);
  }
}

function migrationsList(dir: string, names: string[]) {
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/**
 * Applies pending migrations one at a time, so a failure names the migration that failed together with
 * the database's own error. Idempotent: with nothing pending it applies nothing.
 */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options: { schemaPath?: string; dir?: string; alreadyApplied?: string[] } = {},
): Promise<string[]> {
  const dir = options.dir ?? MIGRATIONS_DIR;
  const all = migrationNames(dir);
  const done = new Set(options.alreadyApplied ?? []);
  const { engine, explain } = await openSchemaEngine(options.schemaPath ?? SCHEMA_PATH, adapterFactory);
  const applied: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const name = all[i]!;
    if (done.has(name)) continue;
    try {
      const result = await engine.applyMigrations({
        migrationsList: migrationsList(dir, all.slice(0, i + 1)),
        filters: NO_FILTERS,
      });
      applied.push(...result.appliedMigrationNames);
    } catch (error) {
      throw new MigrationError(name, explain(error));
    }
  }
  return applied;
}

/**
 * The SQL that would bring a database migrated with prisma/migrations up to schema.prisma; empty when the
 * two agree. Runs against a scratch in-memory database, so no server or shadow database is needed.
 */
export async function diffSchemaAgainstMigrations(
  options: { schemaPath?: string; dir?: string } = {},
): Promise<string> {
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const scratch = new PGlite();
  try {
    const factory = new PGliteAdapterFactory(scratch);
    await applyMigrations(factory, { schemaPath, dir: options.dir });
    const { engine, explain } = await openSchemaEngine(schemaPath, factory);
    const files = [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }];
    try {
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      // The engine answers "-- This is an empty migration." when nothing changed: only SQL counts.
      const hasStatements = result.stdout
        .split("\n")
        .some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
      return hasStatements ? result.stdout.trim() : "";
    } catch (error) {
      throw new Error(`Schema diff failed: ${explain(error)}`);
    }
  } finally {
    await scratch.close();
  }
}
