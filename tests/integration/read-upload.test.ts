import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppError } from "@/lib/errors/app-error";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { readUpload } from "@/lib/server/uploads/read-upload";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("uploaded documents", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("are served to staff with a role that reads cases, and each opening is audited", async () => {
    const { caseId } = await submitRequest({
      request: correctionRequest(),
      files: [{ filename: "evidence.pdf", bytes: PDF_BYTES }],
      channel: "WEB",
      ip: "203.0.113.9",
    });
    const upload = await database.prisma.upload.findFirstOrThrow({ where: { caseId: caseId! } });
    const auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    const file = await readUpload({ id: upload.id }, auditor);
    expect(file.bytes.equals(PDF_BYTES)).toBe(true);
    expect(file.contentType).toBe("application/pdf");
    expect(await database.prisma.auditEvent.count({ where: { type: "upload.opened", actorId: auditor.id } })).toBe(1);

    const nobody = { ...auditor, role: "VISITOR" } as unknown as typeof auditor;
    const error = (await readUpload({ id: upload.id }, nobody).catch((e: unknown) => e)) as AppError;
    expect(error.status).toBe(403);
  });
});
