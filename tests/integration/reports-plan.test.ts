import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCases } from "@/bench/support/seed-cases";
import { queryPlan } from "../support/query-plan";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The dashboard's period figures must read the period, not the whole history: with years of closed
 * cases behind a few months of work, each aggregate of the default period (the last 12 weeks) is served
 * from an index on the instant it counts by. The SQL below is what lib/server/reports/ asks.
 */
describe("the reports' query plans", () => {
  let database: TestDatabase;
  const DAY = 86_400_000;
  const now = new Date();

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedCases(database.connection, 1_000, { now, auditEvents: false, seed: 11 });
    await seedCases(database.connection, 30_000, {
      now,
      receivedBefore: new Date(now.getTime() - 180 * DAY),
      spreadDays: 4 * 365,
      auditEvents: false,
      seed: 12,
    });
    await database.prisma.$executeRawUnsafe(`ANALYZE "Case"`);
  }, 300_000);
  afterAll(() => database.drop());

  const plan = (sql: string) => queryPlan(database.prisma, sql);
  const period = (column: string) =>
    `c."${column}" >= '${new Date(now.getTime() - 84 * DAY).toISOString()}'::timestamptz AND c."${column}" < '${now.toISOString()}'::timestamptz`;

  it("counts the period's extensions from the extension-time index", async () => {
    const text = await plan(
      `SELECT c.regime::text AS regime, count(*)::int FROM "Case" c WHERE ${period("extendedAt")} GROUP BY 1`,
    );
    expect(text).not.toMatch(/Seq Scan on "Case"/);
    expect(text).toMatch(/"Case_extendedAt_idx"/);
  });

  it("counts requests received and denials in the period from their indexes", async () => {
    expect(await plan(`SELECT c.type, count(*) FROM "Case" c WHERE ${period("receivedAt")} GROUP BY 1`)).not.toMatch(
      /Seq Scan on "Case"/,
    );
    expect(
      await plan(
        `SELECT c."denialReason", count(*) FROM "Case" c WHERE ${period("closedAt")} AND c.outcome = 'DENIED' GROUP BY 1`,
      ),
    ).not.toMatch(/Seq Scan on "Case"/);
  });
});
