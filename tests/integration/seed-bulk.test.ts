import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCases, type SeedResult } from "@/bench/support/seed-cases";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { correctionRequest } from "../support/requests";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { sealAudit } from "../support/audit-seal";

const OPEN = ["NEW", "IN_PROGRESS", "AWAITING_REQUESTER", "ROUTED"] as const;

describe("bulk seeding", () => {
  let database: TestDatabase;
  let seeded: SeedResult;
  beforeAll(async () => {
    database = await createTestDatabase();
    seeded = await seedCases(database.connection, 500);
  });
  afterAll(() => database.drop());

  it("writes realistic cases: every type and regime, a spread of statuses, due dates and assignments", async () => {
    const prisma = database.prisma;
    const now = new Date();
    expect(seeded.cases).toBe(500);
    expect(await prisma.case.count()).toBe(500);
    const emails = await prisma.requester.findMany({ select: { email: true } });
    expect(new Set(emails.map((r) => r.email)).size).toBe(500);

    const distinct = async (by: "type" | "regime" | "status") =>
      (await prisma.case.groupBy({ by: [by], _count: true })).map((g) => g[by]).sort();
    expect(await distinct("type")).toEqual(
      ["ACCESS", "CORRECTION", "DELETION", "GUARDIAN_INQUIRY", "OBJECTION", "OTHER", "WITHDRAWAL"].sort(),
    );
    expect(await distinct("regime")).toHaveLength(6);
    expect(await distinct("status")).toEqual(expect.arrayContaining(["UNVERIFIED", "CLOSED", ...OPEN]));

    const open = { status: { in: [...OPEN] } };
    expect(await prisma.case.count({ where: { ...open, dueAt: { lt: now } } })).toBeGreaterThan(0);
    expect(await prisma.case.count({ where: { ...open, dueAt: { gt: now } } })).toBeGreaterThan(0);
    expect(await prisma.case.count({ where: { status: "CLOSED", outcome: null } })).toBe(0);
    expect(await prisma.case.count({ where: { customerNameGiven: { not: null } } })).toBeGreaterThan(0);
    const assignees = await prisma.case.groupBy({ by: ["assigneeId"], where: { assigneeId: { not: null } } });
    expect(assignees.length).toBeGreaterThan(1);
    expect(assignees.length).toBeLessThanOrEqual(4);

    const paused = await prisma.case.findMany({
      where: { clockPausedAt: { not: null } },
      include: { clockStops: true },
    });
    expect(paused.length).toBeGreaterThan(0);
    for (const c of paused) {
      expect(c.status).toBe("AWAITING_REQUESTER");
      expect(c.clockStops.filter((s) => s.toDate === null)).toHaveLength(1);
    }
  });

  it("gives unique references and advances the counter, so a new request gets a fresh one", async () => {
    expect(new Set(seeded.references).size).toBe(500);
    for (const reference of seeded.references) expect(reference).toMatch(/^DSR-\d{4}-\d{6}$/);
    const { caseId } = await submitRequest({
      request: correctionRequest(),
      files: [],
      channel: "WEB",
      ip: "203.0.113.5",
    });
    const created = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId! } });
    expect(seeded.references).not.toContain(created.reference);
    const sameYear = seeded.references.filter((r) => r.startsWith(created.reference.slice(0, 9)));
    const highest = Math.max(0, ...sameYear.map((r) => Number(r.slice(9))));
    expect(Number(created.reference.slice(9))).toBe(highest + 1);
  });

  it("records the cases' audit events through the chain", async () => {
    expect(seeded.auditEvents).toBeGreaterThan(500);
    await sealAudit(database.prisma);
    const result = await verifyAuditChain(database.prisma);
    expect(result).toMatchObject({ intact: true });
    expect(result.events).toBeGreaterThanOrEqual(seeded.auditEvents);
  });

  it("continues the references when run again", async () => {
    const again = await seedCases(database.connection, 20, { auditEvents: false, seed: 7 });
    expect(again.references.filter((r) => seeded.references.includes(r))).toEqual([]);
    expect(await database.prisma.case.count()).toBe(521);
  });
});
