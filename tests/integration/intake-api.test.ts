import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/requests/route";
import { requestSchema } from "@/lib/domain/intake/request-schema";
import { messages } from "@/lib/i18n/messages";
import { correctionRequest } from "../support/requests";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { fromClient } from "../support/client";

let ip = 0;
function post(body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/v1/requests", {
      method: "POST",
      headers: { "content-type": "application/json", ...fromClient(`192.0.2.${++ip % 250}`), ...headers },
      body,
    }),
  );
}

describe("POST /api/v1/requests", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    process.env.INTAKE_LIMIT_PER_IP_HOUR = "100000";
    process.env.INTAKE_LIMIT_PER_EMAIL_DAY = "100000";
    // The fuzzer repeats addresses; the cap on one mailbox's emails has its own test below.
    process.env.VERIFICATION_EMAILS_PER_ADDRESS_DAY = "100000";
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("accepts a valid request with 202 and sends the verification email", async () => {
    const response = await post(JSON.stringify(correctionRequest()));
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({
      status: "verification_sent",
      message: messages.en.verify.checkEmail,
    });
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

  it("answers a body over 64 KB with 413 and its own error code, whether its length is declared or not", async () => {
    const big = JSON.stringify({ ...correctionRequest(), padding: "x".repeat(70_000) });
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const undeclared = await POST(
      new Request("http://localhost/api/v1/requests", {
        method: "POST",
        headers: { "content-type": "application/json", ...fromClient("192.0.2.251") },
        body: streamed,
        duplex: "half",
      } as RequestInit),
    );
    for (const response of [await post(big, { "content-length": String(big.length) }), undeclared]) {
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: { code: "PAYLOAD_TOO_LARGE", message: "The request body is larger than 65536 bytes." },
      });
    }
    // Bad input is still VALIDATION.
    expect(((await (await post("{not json")).json()) as { error: { code: string } }).error.code).toBe("VALIDATION");
  });

  it("accepts only ISO 3166-1 countries, in either case, and stores them in upper case", async () => {
    const before = await database.prisma.case.count();
    for (const country of ["XX", "ZZ", "uk", "EU", "I"]) {
      const request = correctionRequest();
      const response = await post(JSON.stringify({ ...request, requester: { ...request.requester, country } }));
      expect(response.status, country).toBe(400);
      const body = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
      expect(body.error.code).toBe("VALIDATION");
      expect(body.error.fieldErrors).toEqual({ "requester.country": ["invalid_country"] });
    }
    expect(await database.prisma.case.count()).toBe(before);

    const request = correctionRequest();
    const response = await post(JSON.stringify({ ...request, requester: { ...request.requester, country: "ie" } }));
    expect(response.status).toBe(202);
    const requester = await database.prisma.requester.findFirstOrThrow({
      where: { email: request.requester.email },
    });
    expect(requester.country).toBe("IE");
  });

  // 10,000 bodies take about 45 s embedded and 36 s on PostgreSQL (2 shared cores); FUZZ_RUNS=300 for a
  // quick local run.
  const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 10_000);
  it(
    `never answers ${fuzzRuns} fuzzed bodies with a 5xx, and writes nothing for invalid ones`,
    async () => {
      const tables = () =>
        Promise.all([
          database.prisma.case.count(),
          database.prisma.requester.count(),
          database.prisma.outboxEmail.count(),
          database.prisma.auditEvent.count(),
          database.prisma.caseVerification.count(),
        ]);
      const before = await tables();
      const valid = correctionRequest();
      const text = fc.oneof(
        fc.string(),
        fc.string({ unit: "grapheme" }),
        fc.constantFrom("", " ", "\u0000", "<script>"),
      );
      const mutated = fc.oneof(
        fc
          .record({
            path: fc.constantFrom("type", "relationship", "details", "requester", "customerName", "subject", "website"),
            value: fc.jsonValue({ maxDepth: 2 }),
          })
          .map(({ path, value }) => ({ ...valid, [path]: value })),
        fc
          .record({
            field: fc.constantFrom("name", "email", "phone", "postalAddress", "country", "locale", "extra"),
            value: fc.oneof(text, fc.jsonValue({ maxDepth: 1 })),
          })
          .map(({ field, value }) => ({ ...valid, requester: { ...valid.requester, [field]: value } })),
        fc
          .record({ field: fc.constantFrom("dataItem", "currentValue", "correctedValue"), value: text })
          .map(({ field, value }) => ({ ...valid, details: { ...valid.details, [field]: value } })),
      );
      let written = 0;
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 3 }), mutated), async (body) => {
          const response = await post(JSON.stringify(body));
          expect(response.status).toBeLessThan(500);
          // A filled honeypot field gets the same 202 as a person, and nothing is written.
          const website = (body as { website?: unknown } | null)?.website;
          if (typeof website === "string" && website !== "") return;
          if (!requestSchema.safeParse(body).success) expect(response.status).toBeGreaterThanOrEqual(400);
          if (response.status === 202) written++;
        }),
        { numRuns: fuzzRuns },
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(`intake fuzz: ${fuzzRuns} bodies in ${seconds.toFixed(1)} s`);
      // Exactly the accepted valid bodies wrote a case, a requester, a verification and its email and event.
      const after = await tables();
      expect(after.map((count, i) => count - before[i]!)).toEqual([written, written, written, written, written]);
    },
    Math.max(60_000, fuzzRuns * 50),
  );

  it("past a mailbox's verification emails of the day, records the request and says so in the requester's language", async () => {
    process.env.VERIFICATION_EMAILS_PER_ADDRESS_DAY = "2";
    const { resetEnvForTests } = await import("@/lib/config/env");
    resetEnvForTests();
    const request = correctionRequest();
    request.requester.locale = "zh";
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await (await post(JSON.stringify(request))).json());
    expect(answers.map((a: { status: string }) => a.status)).toEqual([
      "verification_sent",
      "verification_sent",
      "verification_held",
    ]);
    expect(answers[0]).toMatchObject({ message: messages.zh.verify.checkEmail });
    expect(answers[2]).toMatchObject({ message: messages.zh.verify.heldSendAgain });
    const cases = await database.prisma.case.findMany({
      where: { requester: { email: request.requester.email } },
      include: { emails: true },
    });
    expect(cases.map((c) => c.emails.length).sort()).toEqual([0, 1, 1]);
  });

  it("limits by IP with 429 and Retry-After", async () => {
    process.env.INTAKE_LIMIT_PER_IP_HOUR = "2";
    const { resetEnvForTests } = await import("@/lib/config/env");
    resetEnvForTests();
    const headers = fromClient("198.18.0.1");
    const responses = [];
    for (let i = 0; i < 3; i++) responses.push(await post(JSON.stringify(correctionRequest()), headers));
    expect(responses.map((r) => r.status)).toEqual([202, 202, 429]);
    expect(Number(responses[2]!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
