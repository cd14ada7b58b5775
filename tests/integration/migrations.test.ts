import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  diffSchemaAgainstMigrations,
  MigrationError,
  MIGRATIONS_DIR,
  migrationNames,
} from "@/lib/db/migrations";
import { appliedMigrationNames, pendingMigrationNames } from "@/lib/db/migrations/status";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("schema.prisma and prisma/migrations agree (the diff is empty)", async () => {
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });

  it("records every migration and has none pending afterwards", async () => {
    expect(await appliedMigrationNames(database.prisma)).toEqual(migrationNames());
    expect(await pendingMigrationNames(database.prisma)).toEqual([]);
  });

  it("applies nothing the second time", async () => {
    const applied = await applyMigrations(database.connection.adapter.factory, {
      alreadyApplied: await appliedMigrationNames(database.prisma),
    });
    expect(applied).toEqual([]);
  });

  it("detects a schema change that has no migration yet", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rd-schema-"));
    const schemaPath = path.join(dir, "schema.prisma");
    const schema = readFileSync("prisma/schema.prisma", "utf8").replace(
      "model AuditEvent {",
      "model ExtraTable {\n  id Int @id\n}\n\nmodel AuditEvent {",
    );
    writeFileSync(schemaPath, schema);
    const sql = await diffSchemaAgainstMigrations({ schemaPath });
    expect(sql).toContain('CREATE TABLE "ExtraTable"');
  });

  it("names the migration that failed and quotes the database's error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rd-migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "29990101000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), 'ALTER TABLE "NoSuchTable" ADD COLUMN x INT;\n');
    const fresh = await createTestDatabase();
    try {
      const error = await applyMigrations(fresh.connection.adapter.factory, {
        dir,
        alreadyApplied: await appliedMigrationNames(fresh.prisma),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).migration).toBe("29990101000000_broken");
      expect((error as MigrationError).databaseMessage).toMatch(/NoSuchTable/);
    } finally {
      await fresh.drop();
    }
  });
});
