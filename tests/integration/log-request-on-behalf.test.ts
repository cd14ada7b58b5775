import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors/app-error";
import { logRequestOnBehalf } from "@/lib/server/cases/log-request-on-behalf";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("staff log a request that came by email or post", () => {
  let database: TestDatabase;
  let analyst: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
  });
  afterAll(() => database.drop());

  const now = new Date("2026-11-20T12:00:00Z");

  it("opens a NEW case whose clock started when the letter arrived, with its details and documents", async () => {
    const created = await logRequestOnBehalf(
      {
        request: correctionRequest(),
        receipt: { channel: "POST", receivedAt: "2026-11-16T09:30:00+01:00" },
        files: [{ filename: "letter.pdf", bytes: PDF_BYTES }],
      },
      analyst,
      now,
    );
    const found = await database.prisma.case.findUniqueOrThrow({ where: { id: created.id }, include: { requester: true, uploads: true } });
    expect(found.status).toBe("NEW");
    expect(found.channel).toBe("POST");
    expect(found.regime).toBe("UK_GDPR");
    expect(found.receivedAt.toISOString()).toBe("2026-11-16T08:30:00.000Z");
    expect(found.dueDate).toBe("2026-12-16");
    expect(found.details).toMatchObject({ correctedValue: "2 New Street" });
    expect(found.requester.phoneEncrypted).not.toContain("7946");
    expect(found.uploads).toHaveLength(1);
    const email = await database.prisma.outboxEmail.findFirstOrThrow({ where: { caseId: created.id } });
    expect(email.template).toBe("requester-acknowledgement");
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { caseId: created.id } });
    expect(event.type).toBe("case.logged");
    expect(event.actorId).toBe(analyst.id);
  });

  it("checks the request with the public form's schema and writes nothing on bad input", async () => {
    const before = await database.prisma.case.count();
    const bad = await appError(
      logRequestOnBehalf(
        {
          request: correctionRequest({ requester: { name: "", email: "not-an-email", country: "GB" } }),
          receipt: { channel: "EMAIL", receivedAt: "2026-11-19T10:00:00Z" },
        },
        analyst,
        now,
      ),
    );
    expect(bad.code).toBe("VALIDATION");
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(expect.arrayContaining(["requester.email"]));
    const future = await appError(
      logRequestOnBehalf({ request: correctionRequest(), receipt: { channel: "EMAIL", receivedAt: "2026-11-21T10:00:00Z" } }, analyst, now),
    );
    expect(future.fieldErrors?.receivedAt).toEqual(["arrival_in_future"]);
    const noChannel = await appError(
      logRequestOnBehalf({ request: correctionRequest(), receipt: { receivedAt: "2026-11-19T10:00:00Z" } }, analyst, now),
    );
    expect(noChannel.fieldErrors?.channel).toBeDefined();
    expect(await database.prisma.case.count()).toBe(before);
  });

  it("is refused to auditors", async () => {
    const refused = await appError(
      logRequestOnBehalf({ request: correctionRequest(), receipt: { channel: "EMAIL", receivedAt: "2026-11-19T10:00:00Z" } }, auditor, now),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});
