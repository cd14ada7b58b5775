import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/requests/route";
import { correctionRequest } from "../support/requests";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let ip = 0;
function post(body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/v1/requests", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `192.0.2.${++ip % 250}`, ...headers },
      body,
    }),
  );
}

describe("POST /api/v1/requests", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    process.env.INTAKE_LIMIT_PER_IP_HOUR = "100000";
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("accepts a valid request with 202 and sends the verification email", async () => {
    const response = await post(JSON.stringify(correctionRequest()));
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ status: "verification_sent" });
    expect(await database.prisma.outboxEmail.count({ where: { template: "requester-verification" } })).toBe(1);
  });

  it("rejects malformed JSON, wrong types, unknown types, a wrong content type and oversize bodies, writing nothing", async () => {
    const before = await database.prisma.case.count();
    const cases: [Response, number][] = [
      [await post("{not json"), 400],
      [await post(JSON.stringify({ ...correctionRequest(), type: "TELEPORT" })), 400],
      [await post(JSON.stringify({ ...correctionRequest(), details: "everything" })), 400],
      [await post(JSON.stringify(correctionRequest()), { "content-type": "text/plain" }), 400],
      [await post(JSON.stringify({ ...correctionRequest(), padding: "x".repeat(70_000) })), 413],
    ];
    for (const [response, status] of cases) expect(response.status).toBe(status);
    const body = (await (await post(JSON.stringify({ ...correctionRequest(), type: "TELEPORT" }))).json()) as {
      error: { fieldErrors: Record<string, string[]> };
    };
    expect(Object.keys(body.error.fieldErrors)).toContain("type");
    expect(await database.prisma.case.count()).toBe(before);
  });

  it("never answers a fuzzed body with a 5xx, and writes nothing for invalid ones", async () => {
    const before = await database.prisma.case.count();
    const valid = correctionRequest();
    const mutated = fc.record({
      path: fc.constantFrom("type", "relationship", "details", "requester", "customerName", "subject", "website"),
      value: fc.jsonValue({ maxDepth: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          mutated.map(({ path, value }) => ({ ...valid, [path]: value })),
        ),
        async (body) => {
          const response = await post(JSON.stringify(body));
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
    // Only mutations that stayed valid may have created cases, each with its verification email.
    const created = (await database.prisma.case.count()) - before;
    expect(await database.prisma.outboxEmail.count({ where: { template: "requester-verification" } })).toBe(
      created + 1,
    );
  });

  it("limits by IP with 429 and Retry-After", async () => {
    process.env.INTAKE_LIMIT_PER_IP_HOUR = "2";
    const { resetEnvForTests } = await import("@/lib/config/env");
    resetEnvForTests();
    const headers = { "x-forwarded-for": "198.18.0.1" };
    const responses = [];
    for (let i = 0; i < 3; i++) responses.push(await post(JSON.stringify(correctionRequest()), headers));
    expect(responses.map((r) => r.status)).toEqual([202, 202, 429]);
    expect(Number(responses[2]!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
