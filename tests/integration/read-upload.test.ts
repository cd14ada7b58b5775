// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/uploads/[id]/route";
import { type AppError } from "@/lib/errors/app-error";
import { getCaseDetail } from "@/lib/server/cases/get-case-detail";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyByLink } from "@/lib/server/intake/verify-email";
import { replyAsRequester } from "@/lib/server/status/reply-as-requester";
import { readUpload } from "@/lib/server/uploads/read-upload";
import { lastEmailPayload } from "../support/outbox";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** JPEG magic bytes followed by markup: what a file called x.html may really hold. */
const JPEG_WITH_MARKUP = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from("<script>alert(1)</script>"),
]);

describe("uploaded documents", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const download = async (id: string, cookie: string) => {
    const url = `http://localhost/api/v1/uploads/${id}`;
    return inRequestScope(url, { cookie }, () =>
      GET(new NextRequest(url, { headers: { cookie } }), { params: Promise.resolve({ id }) }),
    );
  };

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

  it("download as <reference>-<n>.<extension of the detected type>: a JPEG called x.html is a .jpg, never sniffed", async () => {
    const { caseId } = await submitRequest({
      request: correctionRequest(),
      files: [
        { filename: "evidence.pdf", bytes: PDF_BYTES },
        { filename: "x.html", bytes: JPEG_WITH_MARKUP },
      ],
      channel: "WEB",
      ip: "203.0.113.10",
    });
    const { reference } = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId! } });
    const uploads = await database.prisma.upload.findMany({ where: { caseId: caseId! }, orderBy: { number: "asc" } });
    expect(uploads.map((u) => [u.number, u.filename])).toEqual([
      [1, "evidence.pdf"],
      [2, "x.html"],
    ]);
    const officer = await createStaff(database.prisma);
    const response = await download(uploads[1]!.id, await sessionCookieFor(officer));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${reference}-2.jpg"`);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(JPEG_WITH_MARKUP)).toBe(true);
    // The case page links each document under that name; what the uploader called it is only shown as text.
    const detail = await getCaseDetail(caseId!, officer);
    expect(detail.uploads.map((u) => [u.downloadName, u.filename])).toEqual([
      [`${reference}-1.pdf`, "evidence.pdf"],
      [`${reference}-2.jpg`, "x.html"],
    ]);
  });

  it("keep their number: files sent later continue it, even after earlier ones were deleted", async () => {
    const { caseId } = await submitRequest({
      request: correctionRequest(),
      files: [{ filename: "first.pdf", bytes: PDF_BYTES }],
      channel: "WEB",
      ip: "203.0.113.11",
    });
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, caseId!, "requester-verification");
    await verifyByLink({ token });
    const { statusToken } = await lastEmailPayload<{ statusToken: string }>(
      database.prisma,
      caseId!,
      "requester-acknowledgement",
    );
    await replyAsRequester({ token: statusToken, body: "Two more." }, [
      { filename: "second.pdf", bytes: PDF_BYTES },
      { filename: "third.jpg", bytes: JPEG_WITH_MARKUP },
    ]);
    // As when staff verify a guardian's authority and the proof is deleted.
    await database.prisma.upload.deleteMany({ where: { caseId: caseId!, number: { in: [1, 3] } } });
    await replyAsRequester({ token: statusToken, body: "One more." }, [{ filename: "fourth.pdf", bytes: PDF_BYTES }]);
    const numbers = await database.prisma.upload.findMany({ where: { caseId: caseId! }, orderBy: { number: "asc" } });
    expect(numbers.map((u) => [u.number, u.filename])).toEqual([
      [2, "second.pdf"],
      [4, "fourth.pdf"],
    ]);
  });
});
