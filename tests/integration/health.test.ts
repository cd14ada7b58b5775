// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import type { StaffRole } from "@/lib/auth/roles";
import { resetEnvForTests } from "@/lib/config/env";
import { connect, setConnection } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { checkHealth } from "@/lib/server/health/check-health";
import { createStaff } from "../support/staff";
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

  describe("GET /api/health: the status for anyone, the report for monitoring and staff", () => {
    const TOKEN = "health-token-for-monitoring-0123456789";
    beforeAll(() => {
      process.env.HEALTH_TOKEN = TOKEN;
      resetEnvForTests();
    });
    afterAll(() => {
      delete process.env.HEALTH_TOKEN;
      resetEnvForTests();
    });
    let unreachable: ReturnType<typeof connect> | undefined;
    function cutOffTheDatabase() {
      unreachable = connect({ kind: "postgres", url: "postgresql://nobody@127.0.0.1:1/none" });
      setConnection(unreachable);
    }
    afterEach(async () => {
      setConnection(database.connection);
      await unreachable?.prisma.$disconnect();
      unreachable = undefined;
    });

    async function health(headers: Record<string, string> = {}) {
      const url = "http://localhost/api/health";
      const response = await inRequestScope(url, headers, () => GET(new Request(url, { headers })));
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }
    const cookieFor = async (role: StaffRole) => ({ cookie: await sessionCookieFor(await createStaff(database.prisma, { role })) });

    it("tells an anonymous caller the status only, with the load balancer's HTTP codes", async () => {
      expect(await health()).toEqual({ status: 200, body: { status: "ok" } });
      expect(await health({ authorization: "Bearer not-the-health-token-000000000000" })).toEqual({
        status: 200,
        body: { status: "ok" },
      });
      const failed = await database.prisma.$transaction((tx) =>
        enqueueEmail(tx, { template: "staff-test-email", to: "b@example.com", payload: { requestedBy: "B" } }),
      );
      await database.prisma.outboxEmail.update({ where: { id: failed }, data: { status: "FAILED" } });
      expect(await health()).toEqual({ status: 200, body: { status: "degraded" } });
      await database.prisma.outboxEmail.update({ where: { id: failed }, data: { status: "SENT" } });

      cutOffTheDatabase();
      expect(await health()).toEqual({ status: 503, body: { status: "unavailable" } });
    });

    it("gives the full report for the health token, even while the database is unreachable", async () => {
      const withToken = await health({ authorization: `Bearer ${TOKEN}` });
      expect(withToken.status).toBe(200);
      expect(withToken.body).toMatchObject({ status: "ok", migrations: { pending: [] }, outbox: { failed: 0 } });
      expect(withToken.body.version).toMatch(/^\d+\.\d+\.\d+/);

      cutOffTheDatabase();
      expect(await health({ authorization: `Bearer ${TOKEN}` })).toMatchObject({
        status: 503,
        body: { status: "unavailable", database: { reachable: false } },
      });
    });

    it("gives the full report to administrators, privacy officers and auditors, not to analysts", async () => {
      for (const role of ["ADMIN", "PRIVACY_OFFICER", "AUDITOR"] as const) {
        const { body } = await health(await cookieFor(role));
        expect(Object.keys(body).sort(), role).toEqual(["database", "migrations", "outbox", "status", "version"]);
      }
      expect(await health(await cookieFor("ANALYST"))).toEqual({ status: 200, body: { status: "ok" } });
    });
  });
});
