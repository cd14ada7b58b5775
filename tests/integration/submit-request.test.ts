import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/config/env";
import { hashCode } from "@/lib/crypto/tokens";
import { decryptField, encryptionKeyFrom } from "@/lib/crypto/field-encryption";
import { DEFAULT_POLICIES } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { uploadPath } from "@/lib/server/uploads/upload-store";
import { refusal } from "../support/refusal";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { said } from "../support/said";

const NOW = new Date("2026-06-01T09:00:00Z");
let ipCounter = 0;
const submit = (request: unknown, files = [] as { filename: string; bytes: Buffer }[]) =>
  submitRequest({ request, files, channel: "WEB", ip: `203.0.113.${++ipCounter % 250}` }, NOW);

async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string[] | undefined>> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(400);
  return (error as AppError).fieldErrors ?? {};
}

describe("submitting a request", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("writes the case unverified with the clock started, encrypted contact details, and a verification email", async () => {
    const request = correctionRequest();
    const { caseId } = await submit(request);
    const row = await database.prisma.case.findUniqueOrThrow({
      where: { id: caseId! },
      include: { requester: true, verification: true },
    });
    expect(row).toMatchObject({ status: "UNVERIFIED", channel: "WEB", regime: "UK_GDPR", type: "CORRECTION" });
    expect(row.receivedAt.toISOString()).toBe(NOW.toISOString());
    expect(row.dueDate).toBe("2026-07-01");
    expect(row.details).toMatchObject({ dataItem: "Postal address", correctedValue: "2 New Street" });

    // No plaintext phone or address in the table; the key decrypts them.
    const [raw] = await database.prisma.$queryRawUnsafe<Record<string, string>[]>(
      `SELECT "phoneEncrypted", "postalAddressEncrypted" FROM "Requester" WHERE id = '${row.requesterId}'`,
    );
    expect(JSON.stringify(raw)).not.toMatch(/7946|New Street/);
    expect(decryptField(raw!.phoneEncrypted!, [encryptionKeyFrom(env().DATA_ENCRYPTION_KEY)])).toBe("+44 20 7946 0000");

    const email = await database.prisma.outboxEmail.findFirstOrThrow({ where: { caseId: caseId! } });
    expect(email).toMatchObject({ template: "requester-verification", to: request.requester.email });
    const { code } = email.payload as { code: string };
    expect(row.verification?.codeHash).toBe(hashCode(code, caseId!));
    expect(await database.prisma.auditEvent.count({ where: { caseId: caseId!, type: "case.submitted" } })).toBe(1);
  });

  it("stores a guardian's proof outside the web root and the minor's date of birth encrypted", async () => {
    const { caseId } = await submit(
      correctionRequest({
        type: "GUARDIAN_INQUIRY",
        relationship: "GUARDIAN",
        details: { question: "What do you hold about my son?" },
        subject: { name: "Sam Example", dateOfBirth: "2014-05-01", relationship: "Father" },
      }),
      [{ filename: "birth certificate.pdf", bytes: PDF_BYTES }],
    );
    const upload = await database.prisma.upload.findFirstOrThrow({ where: { caseId: caseId! } });
    expect(upload).toMatchObject({
      purpose: "GUARDIANSHIP_PROOF",
      contentType: "application/pdf",
      filename: "birth certificate.pdf",
    });
    expect(existsSync(uploadPath(env().dataDir, caseId!, upload.id))).toBe(true);
    const row = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId! } });
    expect(row.subjectDateOfBirthEncrypted).toMatch(/^v1\./);
    expect(row.subjectName).toBe("Sam Example");
  });

  it("refuses a guardian request about an adult, and a minor filing for themselves", async () => {
    const adult = await fieldErrors(
      submit(
        correctionRequest({
          relationship: "GUARDIAN",
          subject: { name: "Grown Up", dateOfBirth: "2000-01-01", relationship: "Mother" },
        }),
      ),
    );
    expect(adult["subject.dateOfBirth"]).toEqual(["subject_is_adult"]);
    const minor = await fieldErrors(submit(correctionRequest({ subjectIsMinor: true })));
    expect(minor.subjectIsMinor).toEqual(["minor_needs_guardian"]);
  });

  it("asks for grounds of an objection, except to direct marketing", async () => {
    const objection = (details: object) => correctionRequest({ type: "OBJECTION", details });
    const errors = await fieldErrors(submit(objection({ processing: "Profiling for ads", directMarketing: false })));
    expect(errors["details.grounds"]).toEqual(["grounds_required"]);
    await expect(submit(objection({ processing: "Marketing emails", directMarketing: true }))).resolves.toMatchObject({
      accepted: true,
    });
  });

  it("checks files by their content, not their name, and writes nothing on bad input", async () => {
    const before = await database.prisma.case.count();
    const errors = await fieldErrors(
      submit(correctionRequest(), [{ filename: "scan.pdf", bytes: Buffer.from("MZ\x90\x00 not a pdf") }]),
    );
    expect(errors.files).toEqual(["file_type_not_allowed"]);
    const tooMany = await fieldErrors(
      submit(
        correctionRequest(),
        Array.from({ length: 4 }, () => ({ filename: "a.pdf", bytes: PDF_BYTES })),
      ),
    );
    expect(tooMany.files).toContain("too_many_files");
    const markup = await fieldErrors(
      submit(correctionRequest({ requester: { ...correctionRequest().requester, name: "<script>alert(1)</script>" } })),
    );
    expect(markup["requester.name"]).toEqual(["invalid_characters"]);
    expect(await database.prisma.case.count()).toBe(before);
  });

  it("answers a filled honeypot like a success and writes nothing", async () => {
    const before = await database.prisma.case.count();
    await expect(submit(correctionRequest({ website: "http://spam.example" }))).resolves.toMatchObject({
      accepted: true,
      caseId: null,
    });
    expect(await database.prisma.case.count()).toBe(before);
  });

  it("opens the next case under a policy changed since the last one, even by another process", async () => {
    const dueDateOf = async (caseId: string | null) =>
      (await database.prisma.case.findUniqueOrThrow({ where: { id: caseId! } })).dueDate;
    expect(await dueDateOf((await submit(correctionRequest())).caseId)).toBe("2026-07-01");
    // Written straight to the table, as another instance or an administrator's edit would.
    const policy = { ...DEFAULT_POLICIES.UK_GDPR, rule: { unit: "MONTHS", length: 2, extension: 1 } };
    await database.prisma.deadlinePolicy.upsert({ where: { regime: "UK_GDPR" }, create: policy, update: policy });
    expect(await dueDateOf((await submit(correctionRequest())).caseId)).toBe("2026-08-03");
    await database.prisma.deadlinePolicy.update({
      where: { regime: "UK_GDPR" },
      data: { rule: DEFAULT_POLICIES.UK_GDPR.rule },
    });
    expect(await dueDateOf((await submit(correctionRequest())).caseId)).toBe("2026-07-01");
  });

  it("numbers references from one sequence under the year they were received, past six digits too", async () => {
    const year = NOW.getUTCFullYear();
    const referenceOf = async (caseId: string | null) =>
      (await database.prisma.case.findUniqueOrThrow({ where: { id: caseId! } })).reference;
    await database.prisma.$executeRaw`SELECT setval('case_reference_number', 41)`;
    expect(await referenceOf((await submit(correctionRequest())).caseId)).toBe(`DSR-${year}-000042`);
    expect(await referenceOf((await submit(correctionRequest())).caseId)).toBe(`DSR-${year}-000043`);
    await database.prisma.$executeRaw`SELECT setval('case_reference_number', 999999)`;
    expect(await referenceOf((await submit(correctionRequest())).caseId)).toBe(`DSR-${year}-1000000`);
  });

  it("limits submissions per email address from one client; a stranger naming it from elsewhere cannot use that up", async () => {
    const person = correctionRequest();
    const limit = env().INTAKE_LIMIT_PER_EMAIL_DAY;
    // Someone else files in the person's name from ever new client addresses, more times than the limit...
    for (let i = 0; i <= limit + 1; i++) {
      const stranger = submitRequest({ request: person, channel: "API", ip: `198.18.7.${i}` }, NOW);
      await expect(stranger).resolves.toMatchObject({ accepted: true });
    }
    // ...and the person can still file from their own, up to their own limit.
    const fromPerson = () => submitRequest({ request: person, channel: "WEB", ip: "192.0.2.201" }, NOW);
    for (let i = 0; i < limit; i++) await expect(fromPerson()).resolves.toMatchObject({ accepted: true });
    const error = await refusal(fromPerson());
    expect(error.status).toBe(429);
    expect(said(error)).toMatch(/Try again tomorrow/);
  });

  it("sends one mailbox at most a day's verification emails; past that the request is recorded without one", async () => {
    const cap = env().VERIFICATION_EMAILS_PER_ADDRESS_DAY;
    const name = `pat.${Math.random().toString(36).slice(2)}`;
    // One inbox under several spellings (a +tag, capitals), from different clients.
    const spelling = (i: number) => (i % 2 ? `${name}+dsr${i}@example.com` : `${name.toUpperCase()}@Example.com`);
    const fileAs = (i: number) =>
      submit(correctionRequest({ requester: { ...correctionRequest().requester, email: spelling(i) } }));
    for (let i = 0; i < cap; i++) await expect(fileAs(i)).resolves.toMatchObject({ verificationEmailHeld: false });

    const held = await fileAs(cap);
    expect(held).toMatchObject({ accepted: true, verificationEmailHeld: true });
    const row = await database.prisma.case.findUniqueOrThrow({
      where: { id: held.caseId! },
      include: { verification: true },
    });
    expect(row.status).toBe("UNVERIFIED");
    expect(row.verification).not.toBeNull();
    expect(await database.prisma.outboxEmail.count({ where: { caseId: held.caseId! } })).toBe(0);
    const sent = await database.prisma.outboxEmail.count({
      where: { template: "requester-verification", to: { startsWith: name, mode: "insensitive" } },
    });
    expect(sent).toBe(cap);
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { caseId: held.caseId!, type: "case.submitted" },
    });
    expect(event.data).toMatchObject({ verificationEmail: "held", uploads: 0 });
  });
});
