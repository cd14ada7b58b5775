import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isOpenCase,
  isOverdueCase,
  openCaseSql,
  openCaseWhere,
  overdueCaseSql,
  overdueCaseWhere,
} from "@/lib/db/case-rules";
import { CaseStatus } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import { createCaseDueAt } from "../support/cases";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const NOW = new Date("2026-06-10T08:30:00.000Z");

/** Every status, due well before, just before, at and after "now", with the clock running or stopped. */
const DUE_OFFSETS_MS = [-30 * 86_400_000, -1, 0, 1, 7 * 86_400_000];

describe("named case rules: the predicate, the Prisma filter and the SQL select the same cases", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    let n = 0;
    for (const status of Object.values(CaseStatus)) {
      for (const offset of DUE_OFFSETS_MS) {
        for (const paused of [false, true]) {
          n++;
          await createCaseDueAt(database.prisma, new Date(NOW.getTime() + offset), {
            reference: `DSR-2026-${String(n).padStart(6, "0")}`,
            requester: { email: `person${n}@example.com`, name: `Person ${n}` },
            assigneeId: null,
            status,
            clockPausedAt: paused ? new Date(NOW.getTime() - 86_400_000) : null,
          });
        }
      }
    }
  });

  afterAll(() => database.drop());

  async function idsBy(rule: {
    predicate: (c: { status: CaseStatus; dueAt: Date; clockPausedAt: Date | null }) => boolean;
    where: Prisma.CaseWhereInput;
    sql: Prisma.Sql;
  }) {
    const all = await database.prisma.case.findMany({
      select: { id: true, status: true, dueAt: true, clockPausedAt: true },
    });
    const byPredicate = all.filter(rule.predicate).map((c) => c.id);
    const byWhere = (await database.prisma.case.findMany({ where: rule.where, select: { id: true } })).map((c) => c.id);
    const bySql = (
      await database.prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c.id FROM "Case" c WHERE ${rule.sql}`)
    ).map((c) => c.id);
    return { total: all.length, byPredicate: byPredicate.sort(), byWhere: byWhere.sort(), bySql: bySql.sort() };
  }

  it("open", async () => {
    const ids = await idsBy({ predicate: isOpenCase, where: openCaseWhere, sql: openCaseSql });
    expect(ids.byPredicate.length).toBeGreaterThan(0);
    expect(ids.byPredicate.length).toBeLessThan(ids.total);
    expect(ids.byWhere).toEqual(ids.byPredicate);
    expect(ids.bySql).toEqual(ids.byPredicate);
  });

  it("overdue", async () => {
    const ids = await idsBy({
      predicate: (c) => isOverdueCase(c, NOW),
      where: overdueCaseWhere(NOW),
      sql: overdueCaseSql(NOW),
    });
    expect(ids.byPredicate.length).toBeGreaterThan(0);
    expect(ids.byPredicate.length).toBeLessThan(ids.total);
    expect(ids.byWhere).toEqual(ids.byPredicate);
    expect(ids.bySql).toEqual(ids.byPredicate);
  });

  it("open and overdue together, as the queue, the reports and the digest ask it", async () => {
    const ids = await idsBy({
      predicate: (c) => isOpenCase(c) && isOverdueCase(c, NOW),
      where: { ...openCaseWhere, ...overdueCaseWhere(NOW) },
      sql: Prisma.sql`${openCaseSql} AND ${overdueCaseSql(NOW)}`,
    });
    // 4 open statuses × 2 due instants before now (the clock running only).
    expect(ids.byPredicate).toHaveLength(8);
    expect(ids.byWhere).toEqual(ids.byPredicate);
    expect(ids.bySql).toEqual(ids.byPredicate);
  });
});
