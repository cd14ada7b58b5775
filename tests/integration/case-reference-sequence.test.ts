import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import { MIGRATIONS_DIR, applyMigrations } from "@/lib/db/migrations";
import { appliedMigrationNames } from "@/lib/db/migrations/status";
import { queryRows } from "@/lib/db/typed-rows";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const SEQUENCE_MIGRATION = "20261207170000_case_reference_sequence";
const numberRow = z.object({ next: z.number().int() });

/** A database as it was before references came from a sequence, with each year's counter as given. */
async function databaseBeforeTheSequence(counters: Record<number, number>): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "rd-before-sequence-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  rmSync(path.join(dir, SEQUENCE_MIGRATION), { recursive: true });
  const database = await createTestDatabase({ migrationsDir: dir });
  for (const [year, last] of Object.entries(counters)) {
    await database.prisma.$executeRaw`INSERT INTO "ReferenceCounter" (year, last) VALUES (${Number(year)}, ${last})`;
  }
  await applyMigrations(database.connection.adapter.factory, {
    alreadyApplied: await appliedMigrationNames(database.prisma),
  });
  return database;
}

const nextNumber = async (database: TestDatabase) =>
  (await queryRows(database.prisma, numberRow, Prisma.sql`SELECT nextval('case_reference_number')::int AS next`))[0]!
    .next;

describe("the migration to a sequence of case references", () => {
  const databases: TestDatabase[] = [];
  let withCounters: TestDatabase;
  let withoutCounters: TestDatabase;

  beforeAll(async () => {
    withCounters = await databaseBeforeTheSequence({ 2025: 812, 2026: 41 });
    withoutCounters = await databaseBeforeTheSequence({});
    databases.push(withCounters, withoutCounters);
  });

  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it("continues after the highest number any year's counter gave, so no reference repeats", async () => {
    expect(await nextNumber(withCounters)).toBe(813);
    expect(await nextNumber(withCounters)).toBe(814);
  });

  it("starts at 1 on a database that never numbered a case", async () => {
    expect(await nextNumber(withoutCounters)).toBe(1);
  });

  it("removes the counter table", async () => {
    await expect(withCounters.prisma.$queryRaw`SELECT * FROM "ReferenceCounter"`).rejects.toThrow(/ReferenceCounter/);
  });
});
