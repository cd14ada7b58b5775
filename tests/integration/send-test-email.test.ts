import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { sendTestEmail } from "@/lib/server/email/send-test-email";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createStaff } from "../support/staff";

describe("sending a test email", () => {
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
    expect(error.fieldErrors?.to?.[0]).toMatch(/valid email/);
    expect(await database.prisma.auditEvent.count()).toBe(before);
  });
});
