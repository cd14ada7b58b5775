import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPeriodicSweeps } from "@/lib/jobs/periodic-sweeps";
import { hitRateLimits } from "@/lib/server/rate-limit/hit-rate-limit";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("periodic sweeps", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("drop rate-limit counters older than two days and keep current ones", async () => {
    const now = new Date("2026-06-10T12:00:00Z");
    const rule = {
      key: "intake:ip:203.0.113.1",
      limit: 10,
      windowMs: 3_600_000,
      message: "problems.tooManyFromNetwork",
    } as const;
    await hitRateLimits(database.prisma, [rule], new Date("2026-06-01T12:00:00Z"));
    await hitRateLimits(database.prisma, [rule], now);
    await runPeriodicSweeps(database.prisma, now);
    const left = await database.prisma.rateLimitBucket.findMany();
    expect(left.map((b) => b.windowStart.toISOString())).toEqual(["2026-06-10T12:00:00.000Z"]);
  });
});
