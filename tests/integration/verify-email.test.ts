import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/config/env";
import { hashToken } from "@/lib/crypto/tokens";
import { type AppError } from "@/lib/errors/app-error";
import { expireUnverifiedRequests } from "@/lib/server/intake/expire-unverified-requests";
import { resendVerification } from "@/lib/server/intake/resend-verification";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyByCode, verifyByLink } from "@/lib/server/intake/verify-email";
import { uploadPath } from "@/lib/server/uploads/upload-store";
import { lastEmailPayload } from "../support/outbox";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const T0 = new Date("2026-06-01T09:00:00Z");
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
let ip = 0;

describe("verifying the requester's email", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  async function submitted(request = correctionRequest(), files: { filename: string; bytes: Buffer }[] = []) {
    const { caseId } = await submitRequest({ request, files, channel: "WEB", ip: `198.51.100.${++ip}` }, T0);
    const { token, code } = await lastEmailPayload<{ token: string; code: string }>(
      database.prisma,
      caseId!,
      "requester-verification",
    );
    return { caseId: caseId!, token, code, request };
  }

  it("the link verifies: the case enters the queue and the requester gets the reference, due date and status link", async () => {
    const { caseId, token } = await submitted();
    await expect(verifyByLink({ token }, later(1))).resolves.toMatchObject({ verified: true, alreadyVerified: false });
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { requester: true } });
    expect(row.status).toBe("NEW");
    expect(row.requester.emailVerifiedAt).not.toBeNull();
    const ack = await lastEmailPayload<{ reference: string; dueDate: string; statusToken: string }>(
      database.prisma,
      caseId,
      "requester-acknowledgement",
    );
    expect(ack.reference).toBe(row.reference);
    expect(ack.dueDate).toBe(row.dueDate);
    const link = await database.prisma.statusLink.findUniqueOrThrow({
      where: { tokenHash: hashToken(ack.statusToken) },
    });
    expect(link.caseId).toBe(caseId);
    // Clicking again is harmless.
    await expect(verifyByLink({ token }, later(2))).resolves.toMatchObject({ alreadyVerified: true });
  });

  it("the 6-digit code verifies too; 5 wrong codes lock it", async () => {
    const ok = await submitted();
    await expect(verifyByCode({ caseId: ok.caseId, code: ok.code }, later(1))).resolves.toMatchObject({
      verified: true,
    });

    const { caseId, code } = await submitted();
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i <= 5; i++) {
      const error = (await verifyByCode({ caseId, code: wrong }, later(1)).catch((e: unknown) => e)) as AppError;
      expect(error.fieldErrors?.code).toEqual([i < 5 ? "code_wrong" : "code_locked"]);
    }
    const locked = (await verifyByCode({ caseId, code }, later(1)).catch((e: unknown) => e)) as AppError;
    expect(locked.message).toMatch(/Too many wrong codes/);
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("UNVERIFIED");
  });

  it("expires after 24 hours; a new link and code work and the old ones do not", async () => {
    const { caseId, token, code } = await submitted();
    const error = (await verifyByLink({ token }, later(25)).catch((e: unknown) => e)) as AppError;
    expect(error.message).toMatch(/expired/);
    await resendVerification({ caseId }, later(25));
    const fresh = await lastEmailPayload<{ token: string; code: string }>(
      database.prisma,
      caseId,
      "requester-verification",
    );
    expect(fresh.token).not.toBe(token);
    await expect(verifyByLink({ token }, later(26)).catch((e: AppError) => e.status)).resolves.toBe(404);
    await expect(verifyByCode({ caseId, code: fresh.code }, later(26))).resolves.toMatchObject({ verified: true });
    expect(code).toMatch(/^\d{6}$/);
  });

  it("limits new codes to 3", async () => {
    const { caseId } = await submitted();
    for (let i = 0; i < 3; i++) await resendVerification({ caseId }, later(1));
    const error = (await resendVerification({ caseId }, later(1)).catch((e: unknown) => e)) as AppError;
    expect(error.status).toBe(429);
  });

  it("flags a second open request of the same type from the same verified address", async () => {
    const request = correctionRequest();
    const first = await submitted(request);
    await verifyByLink({ token: first.token }, later(1));
    const second = await submitted({ ...request });
    await verifyByLink({ token: second.token }, later(2));
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: second.caseId } });
    expect(row.possibleDuplicateOfId).toBe(first.caseId);
  });

  it("closes unconfirmed requests after 7 days, tells the requester once, and purges their personal data", async () => {
    const { caseId, request } = await submitted(
      correctionRequest({
        relationship: "GUARDIAN",
        subject: { name: "Kid Example", dateOfBirth: "2015-01-01", relationship: "Mother" },
      }),
      [{ filename: "proof.pdf", bytes: PDF_BYTES }],
    );
    const upload = await database.prisma.upload.findFirstOrThrow({ where: { caseId } });
    expect(await expireUnverifiedRequests(database.prisma, later(24 * 6))).toBe(0);
    expect(await expireUnverifiedRequests(database.prisma, later(24 * 7 + 1))).toBeGreaterThanOrEqual(1);
    expect(await expireUnverifiedRequests(database.prisma, later(24 * 7 + 2))).toBe(0);

    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { requester: true } });
    expect(row).toMatchObject({
      status: "CLOSED",
      outcome: "EXPIRED",
      details: {},
      subjectName: null,
      subjectDateOfBirthEncrypted: null,
    });
    expect(row.requester).toMatchObject({ name: "", phoneEncrypted: null, postalAddressEncrypted: null });
    expect(row.requester.email).not.toBe(request.requester.email);
    expect(existsSync(uploadPath(env().dataDir, caseId, upload.id))).toBe(false);
    const notes = await database.prisma.outboxEmail.findMany({ where: { caseId, template: "requester-expired" } });
    expect(notes.map((n) => n.to)).toEqual([request.requester.email]);
  });
});
