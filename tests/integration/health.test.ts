import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { checkHealth } from "@/lib/server/health/check-health";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("health report", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("reports the database, no pending migrations and the outbox backlog with its oldest age", async () => {
    await database.prisma.$transaction((tx) =>
      enqueueEmail(tx, { template: "staff-test-email", to: "a@example.com", payload: { requestedBy: "A" } }),
    );
    const later = new Date(Date.now() + 90_000);
    const report = await checkHealth(database.prisma, "embedded", later);
    expect(report.status).toBe("ok");
    expect(report.database.reachable).toBe(true);
    expect(report.migrations.pending).toEqual([]);
    expect(report.outbox.backlog).toBe(1);
    expect(report.outbox.oldestUndeliveredAgeSeconds).toBeGreaterThanOrEqual(89);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("says unavailable when the database cannot be reached", async () => {
    const unreachable = connect({ kind: "postgres", url: "postgresql://nobody@127.0.0.1:1/none" });
    const report = await checkHealth(unreachable.prisma, "postgres");
    expect(report.status).toBe("unavailable");
    expect(report.database.reachable).toBe(false);
    await unreachable.prisma.$disconnect();
  });
});
