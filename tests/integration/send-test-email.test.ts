import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { retryFailedEmail } from "@/lib/server/email/retry-failed-email";
import { sendTestEmail } from "@/lib/server/email/send-test-email";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createStaff } from "../support/staff";
import { saidFields } from "../support/said";

describe("sending a test email, and retrying a failed one", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("queues the email and its audit event together", async () => {
    const admin = await createStaff(database.prisma, { role: "ADMIN" });
    const { outboxId } = await sendTestEmail({ to: "ops@example.com", locale: "zh" }, admin);
    const row = await database.prisma.outboxEmail.findUniqueOrThrow({ where: { id: outboxId } });
    expect(row).toMatchObject({ to: "ops@example.com", locale: "zh", status: "PENDING" });
    const audit = await database.prisma.auditEvent.findFirst({
      where: { type: "email.test_queued", actorId: admin.id },
    });
    expect(audit?.data).toEqual({ outboxId });
  });

  it("refuses other roles and changes nothing", async () => {
    const before = await database.prisma.outboxEmail.count();
    for (const role of ["PRIVACY_OFFICER", "ANALYST", "AUDITOR"] as const) {
      const staff = await createStaff(database.prisma, { role });
      const error = await sendTestEmail({ to: "ops@example.com" }, staff).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(403);
    }
    expect(await database.prisma.outboxEmail.count()).toBe(before);
  });

  it("answers a bad address with a field error and writes nothing", async () => {
    const admin = await createStaff(database.prisma, { role: "ADMIN" });
    const before = await database.prisma.auditEvent.count();
    const error = (await sendTestEmail({ to: "not-an-address" }, admin).catch((e: unknown) => e)) as AppError;
    expect(error.status).toBe(400);
    expect(saidFields(error.fieldErrors?.to)[0]).toMatch(/valid email/);
    expect(await database.prisma.auditEvent.count()).toBe(before);
  });

  describe("retrying an email the worker gave up on", () => {
    const failedEmail = async () => {
      const admin = await createStaff(database.prisma, { role: "ADMIN" });
      const { outboxId } = await sendTestEmail({ to: "ops@example.com" }, admin);
      await database.prisma.outboxEmail.update({
        where: { id: outboxId },
        data: { status: "FAILED", attempts: 5, lastError: "connection refused" },
      });
      return { admin, outboxId };
    };
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => null,
        (e: unknown) => e as AppError,
      );

    it("queues it again with fresh attempts, audited; a second retry is refused", async () => {
      const { admin, outboxId } = await failedEmail();
      await retryFailedEmail({ outboxId }, admin);
      expect(await database.prisma.outboxEmail.findUniqueOrThrow({ where: { id: outboxId } })).toMatchObject({
        status: "PENDING",
        attempts: 0,
        lastError: null,
      });
      const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "email.retry_requested" } });
      expect(audit.data).toEqual({ outboxId });
      const again = await refusal(retryFailedEmail({ outboxId }, admin));
      expect(again?.status).toBe(409);
    });

    it("refuses other roles and an unknown id, changing nothing", async () => {
      const { admin, outboxId } = await failedEmail();
      const before = await database.prisma.auditEvent.count();
      const analyst = await createStaff(database.prisma, { role: "ANALYST" });
      expect((await refusal(retryFailedEmail({ outboxId }, analyst)))?.status).toBe(403);
      const unknown = await refusal(retryFailedEmail({ outboxId: "not-an-id" }, admin));
      expect(unknown?.status).toBe(400);
      expect(unknown?.fieldErrors?.outboxId).toEqual(["unknown_email"]);
      expect(await database.prisma.outboxEmail.findUniqueOrThrow({ where: { id: outboxId } })).toMatchObject({
        status: "FAILED",
      });
      expect(await database.prisma.auditEvent.count()).toBe(before);
    });
  });
});
