import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCases } from "@/bench/support/seed-cases";
import { queryPlan } from "../support/query-plan";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The queue must not read the whole case table: at scale, its default page and its overdue view are
 * served from an index in due-date order (keyset pagination continues from there). The SQL below is
 * what lib/server/cases/list-case-queue.ts asks for those views.
 */
describe("the queue's query plans", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedCases(database.connection, 20_000, { auditEvents: false, seed: 7 });
    await database.prisma.$executeRawUnsafe(`ANALYZE "Case"`);
  }, 300_000);
  afterAll(() => database.drop());

  const plan = (sql: string) => queryPlan(database.prisma, sql);
  const OPEN = `status IN ('NEW','IN_PROGRESS','AWAITING_REQUESTER','ROUTED') AND "closedAt" IS NULL`;

  it("reads the default view in due-date index order, not by a sequential scan", async () => {
    const text = await plan(`SELECT id FROM "Case" WHERE ${OPEN} ORDER BY "dueAt" ASC, id ASC LIMIT 51`);
    expect(text).not.toMatch(/Seq Scan on "Case"/);
    // The index of cases not closed: years of closed history are not walked through.
    expect(text).toMatch(/Index Scan using "Case_open_dueAt_id_idx"/);
  });

  it("continues on a later page from the keyset, still from the index", async () => {
    const text = await plan(
      `SELECT id FROM "Case" WHERE ${OPEN} AND ("dueAt" > now() OR ("dueAt" = now() AND id > '00000000-0000-0000-0000-000000000000'))
       ORDER BY "dueAt" ASC, id ASC LIMIT 51`,
    );
    expect(text).not.toMatch(/Seq Scan on "Case"/);
  });

  it("serves the overdue view and a reference search from indexes", async () => {
    expect(
      await plan(
        `SELECT id FROM "Case" WHERE ${OPEN} AND "dueAt" < now() AND "clockPausedAt" IS NULL ORDER BY "dueAt", id LIMIT 51`,
      ),
    ).not.toMatch(/Seq Scan on "Case"/);
    expect(
      await plan(`SELECT id FROM "Case" WHERE reference = 'DSR-2026-000120' ORDER BY "dueAt", id LIMIT 51`),
    ).not.toMatch(/Seq Scan on "Case"/);
  });
});
