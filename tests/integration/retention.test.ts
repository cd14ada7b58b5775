import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { runPeriodicSweeps } from "@/lib/jobs/periodic-sweeps";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { addCaseNote } from "@/lib/server/cases/add-case-note";
import { assignCase } from "@/lib/server/cases/assign-case";
import { logCase } from "../support/log-case";
import { resolveCase } from "@/lib/server/cases/resolve-case";
import { extendDeadline } from "@/lib/server/deadlines/extend-deadline";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { expireUnverifiedRequests } from "@/lib/server/intake/expire-unverified-requests";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyByLink } from "@/lib/server/intake/verify-email";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";
import { ANONYMIZED_RECIPIENT, REMOVED_TEXT } from "@/lib/server/retention/anonymize-expired-cases";
import { previewRetention } from "@/lib/server/retention/preview-retention";
import { runNightlyRetention } from "@/lib/server/retention/run-nightly-retention";
import { runRetention } from "@/lib/server/retention/run-retention";
import { setLegalHold } from "@/lib/server/retention/set-legal-hold";
import { updateRetentionPolicy } from "@/lib/server/retention/update-retention-policy";
import { respondToRouting } from "@/lib/server/routing/respond-to-routing";
import { replyAsRequester } from "@/lib/server/status/reply-as-requester";
import { sendStatusLinks } from "@/lib/server/status/send-status-links";
import { confirmAndRoute, registerCustomer, type RegisteredCustomer } from "../support/customers";
import { lastEmailPayload } from "../support/outbox";
import { PDF_BYTES } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { sealAudit } from "../support/audit-seal";

const DAY = 86_400_000;
let ip = 0;

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Every text, JSON and text-array column of every table whose value contains `needle` ("Table.column"). */
async function columnsContaining(prisma: Db, needle: string): Promise<string[]> {
  const columns = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema()
      AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
        OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))
    ORDER BY table_name, column_name`;
  expect(columns.length).toBeGreaterThan(40);
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`,
      `%${needle}%`,
    );
    if (row!.n > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}

/** Files under a directory (recursively) whose content contains `needle`, and every file's path. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile());
}

/** A digest of every table's rows, to show that a run changed nothing. */
async function tableDigests(prisma: Db, except: string[] = []): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const digests: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    if (except.includes(table)) continue;
    const [row] = await prisma.$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
    );
    digests[table] = row!.digest ?? "empty";
  }
  return digests;
}

describe("retention: anonymizing closed cases, deleting old documents, legal hold", () => {
  let database: TestDatabase;
  let officer: Actor;
  let admin: Actor;
  let analyst: Actor;
  let auditor: Actor;
  let customer: RegisteredCustomer;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    admin = await createStaff(database.prisma, { role: "ADMIN" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    customer = await registerCustomer(database.prisma, { name: "Acme Cloud", contactEmails: ["privacy@acme.example"] });
  });
  afterAll(() => database.drop());

  /**
   * A web request through its whole life, leaving personal data everywhere a case can hold it: an agent's
   * request about a principal (subject fields), the customer named as typed, an encrypted phone and
   * address, documents with the request and with a reply, staff questions and the reply, an internal note,
   * an extension, a routing the customer declined with a note, status links asked for by email, and a
   * closure text. Every piece of text carries the case's own marker.
   */
  async function fullCase(marker: string) {
    const email = `${marker}@example.com`;
    const { caseId } = await submitRequest({
      request: {
        type: "CORRECTION",
        relationship: "AUTHORIZED_AGENT",
        subject: { name: `Principal ${marker}`, email: `principal-${marker}@example.com` },
        customerName: `Typed customer ${marker}`,
        details: { dataItem: `Address ${marker}`, currentValue: `Old ${marker}`, correctedValue: `New ${marker}` },
        requester: {
          name: `Requester ${marker}`,
          email,
          phone: "+44 20 7946 0000",
          postalAddress: `1 Lantern Row ${marker}`,
          country: "IE",
          locale: "en",
        },
      },
      files: [{ filename: `authorization-${marker}.pdf`, bytes: PDF_BYTES }],
      channel: "WEB",
      ip: `198.51.100.${++ip}`,
    });
    const id = caseId!;
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, id, "requester-verification");
    await verifyByLink({ token });
    const { statusToken } = await lastEmailPayload<{ statusToken: string }>(
      database.prisma,
      id,
      "requester-acknowledgement",
    );
    await assignCase({ caseId: id, assigneeId: officer.id }, officer);
    await sendMessageToRequester({ caseId: id, body: `Please confirm ${marker}.`, asksFor: "CLARIFICATION" }, officer);
    await replyAsRequester({ token: statusToken, body: `Confirmed by ${email}` }, [
      { filename: `proof-${marker}.pdf`, bytes: PDF_BYTES },
    ]);
    await addCaseNote({ caseId: id, body: `Phoned ${email} about ${marker}` }, officer);
    await extendDeadline({ caseId: id, reason: `Several systems hold ${marker}'s data` }, officer);
    await sendStatusLinks({ email }, `198.51.100.${++ip}`);
    await confirmAndRoute(database.prisma, id, customer, officer);
    const routed = await lastEmailPayload<{ token: string }>(database.prisma, id, "customer-routed-request");
    await respondToRouting({
      token: routed.token,
      response: "DECLINE",
      declineReason: "NOT_OUR_DATA_SUBJECT",
      note: `We have no record of ${email}`,
    });
    await resolveCase(
      { caseId: id, outcome: "FULFILLED", summary: `Corrected the address of ${marker}.`, confirmUnticked: true },
      officer,
    );
    return { id, email, marker };
  }

  /** A case logged from an email and closed at once, for the register and the simpler rules. */
  async function closedCase(marker: string, type = "ACCESS") {
    const logged = await logCase(
      {
        type,
        regime: "UK_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - DAY).toISOString(),
        requester: { email: `${marker}@example.com`, name: `Requester ${marker}` },
      },
      officer,
    );
    await assignCase({ caseId: logged.id, assigneeId: officer.id }, officer);
    await resolveCase(
      { caseId: logged.id, outcome: "PARTIALLY_FULFILLED", summary: `Sent ${marker} their data.` },
      officer,
    );
    return logged.id;
  }

  /**
   * Moves a closure into the past, with its emails (delivered by then) and the status-link emails the
   * person asked for before it.
   */
  async function closedDaysAgo(caseId: string, days: number, email?: string) {
    const closedAt = new Date(Date.now() - days * DAY);
    await database.prisma.case.update({ where: { id: caseId }, data: { closedAt } });
    await database.prisma.outboxEmail.updateMany({ where: { caseId }, data: { status: "SENT", sentAt: closedAt } });
    if (email) {
      await database.prisma.outboxEmail.updateMany({
        where: { caseId: null, to: email },
        data: { createdAt: closedAt, status: "SENT", sentAt: closedAt },
      });
    }
  }

  /** Everything stored about one case, to compare before and after a run. */
  async function caseRecord(caseId: string) {
    const found = await database.prisma.case.findUniqueOrThrow({
      where: { id: caseId },
      include: {
        requester: true,
        uploads: { orderBy: { id: "asc" } },
        messages: { orderBy: { id: "asc" } },
        notes: { orderBy: { id: "asc" } },
        emails: { orderBy: { id: "asc" } },
        routings: { orderBy: { id: "asc" } },
        statusLinks: { orderBy: { id: "asc" } },
        verification: true,
        clockStops: { orderBy: { id: "asc" } },
      },
    });
    return found;
  }
  const uploadDir = (caseId: string) => path.join(env().dataDir, "uploads", caseId);
  const register = () =>
    database.prisma.case.groupBy({
      by: ["type", "outcome", "regime", "channel", "status"],
      _count: { _all: true },
      orderBy: [{ type: "asc" }, { outcome: "asc" }, { regime: "asc" }, { channel: "asc" }, { status: "asc" }],
    });

  it("anonymizes closed cases past the period, deletes older documents, and leaves held and recent cases alone", async () => {
    const expired = await fullCase("zq-expired-7f3a");
    const held = await fullCase("zq-held-52c1");
    const documentsOnly = await fullCase("zq-documents-9b0e");
    const recent = await closedCase("zq-recent-31d4");
    const open = await logCase(
      {
        type: "DELETION",
        regime: "EU_GDPR",
        channel: "POST",
        receivedAt: new Date(Date.now() - DAY).toISOString(),
        requester: { email: "zq-open-8e21@example.com", name: "Requester zq-open-8e21" },
      },
      officer,
    );
    // An unconfirmed request that expired long ago (its personal data was purged then; its expiry email
    // still names the address until retention removes it).
    const unconfirmed = await submitRequest({
      request: {
        type: "ACCESS",
        relationship: "SELF",
        details: { scope: "Everything" },
        requester: { name: "Requester zq-unconfirmed-4a6c", email: "zq-unconfirmed-4a6c@example.com", country: "GB" },
      },
      channel: "WEB",
      ip: `198.51.100.${++ip}`,
    });
    expect(await expireUnverifiedRequests(database.prisma, new Date(Date.now() + 8 * DAY))).toBe(1);

    await closedDaysAgo(expired.id, 1100, expired.email);
    // One email of it never went out (the address bounced): retention deletes it rather than keep it.
    const bounced = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { caseId: expired.id, template: "requester-resolved" },
    });
    await database.prisma.outboxEmail.update({
      where: { id: bounced.id },
      data: { status: "FAILED", sentAt: null, lastError: `550 ${expired.email}: mailbox unavailable` },
    });
    await closedDaysAgo(held.id, 1200, held.email);
    await closedDaysAgo(documentsOnly.id, 200, documentsOnly.email);
    await closedDaysAgo(recent, 10);
    await closedDaysAgo(unconfirmed.caseId!, 1500);

    // Only officers and administrators may hold a case, with a reason.
    expect((await appError(setLegalHold({ caseId: held.id, hold: true, reason: "Litigation" }, analyst))).code).toBe(
      "FORBIDDEN",
    );
    expect((await appError(setLegalHold({ caseId: held.id, hold: true, reason: "Litigation" }, auditor))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await appError(setLegalHold({ caseId: held.id, hold: true, reason: "" }, officer))).fieldErrors?.reason,
    ).toBeDefined();
    await setLegalHold({ caseId: held.id, hold: true, reason: `Claim filed by ${held.email}` }, officer);
    expect((await appError(setLegalHold({ caseId: held.id, hold: true, reason: "Again, please" }, admin))).code).toBe(
      "CONFLICT",
    );
    const holdEvent = await database.prisma.auditEvent.findFirstOrThrow({
      where: { caseId: held.id, type: "case.legal_hold_placed" },
    });
    expect(holdEvent.data).toMatchObject({ changes: { legalHold: { from: false, to: true } } });
    expect(JSON.stringify(holdEvent.data)).not.toContain(held.email);

    const preview = await previewRetention(database.prisma);
    const references = await database.prisma.case.findMany({
      where: { id: { in: [unconfirmed.caseId!, expired.id] } },
      orderBy: { closedAt: "asc" },
      select: { reference: true },
    });
    expect(preview.toAnonymize).toEqual({ count: 2, references: references.map((r) => r.reference) });
    expect(preview.heldPastPeriod).toBe(1);
    // The expired case's two documents and the documents-only case's two; the held case keeps its own.
    expect(preview.uploadsToDelete).toEqual({ cases: 2, files: 4 });

    const untouched = {
      held: await caseRecord(held.id),
      documentsOnly: await caseRecord(documentsOnly.id),
      recent: await caseRecord(recent),
      open: await caseRecord(open.id),
    };
    const expiredBefore = await caseRecord(expired.id);
    const expiredEvents = await database.prisma.auditEvent.count({ where: { caseId: expired.id } });
    const registerBefore = await register();
    expect(filesUnder(uploadDir(expired.id))).toHaveLength(2);
    expect(filesUnder(uploadDir(documentsOnly.id))).toHaveLength(2);

    const result = await runRetention(database.prisma);
    expect(result).toMatchObject({ anonymized: 2, casesWithUploadsDeleted: 1, uploadsDeleted: 2, emailsScrubbed: 1 });

    // The register counts every case as before: type, outcome, regime, channel and status are kept.
    expect(await register()).toEqual(registerBefore);

    // The anonymized case keeps its skeleton...
    const after = await caseRecord(expired.id);
    for (const field of [
      "reference",
      "type",
      "status",
      "outcome",
      "regime",
      "channel",
      "receivedAt",
      "dueAt",
      "dueDate",
      "originalDueAt",
      "extendedAt",
      "closedAt",
      "denialReason",
      "customerId",
      "routingState",
      "relationship",
      "assigneeId",
      "identityVerifiedAt",
      "requesterId",
    ] as const) {
      expect(after[field], field).toEqual(expiredBefore[field]);
    }
    expect(after.anonymizedAt).toBeInstanceOf(Date);
    expect(after.clockStops).toEqual(expiredBefore.clockStops);
    expect(after.messages.map((m) => [m.author, m.createdAt])).toEqual(
      expiredBefore.messages.map((m) => [m.author, m.createdAt]),
    );
    expect(after.emails.map((e) => [e.template, e.sentAt])).toEqual(
      expiredBefore.emails
        .filter((e) => e.status !== "PENDING" && e.status !== "FAILED")
        .map((e) => [e.template, e.sentAt]),
    );
    // ...and nothing personal.
    expect(after).toMatchObject({
      details: {},
      subjectName: null,
      subjectEmail: null,
      subjectDateOfBirthEncrypted: null,
      subjectRelationship: null,
      customerNameGiven: null,
      closureText: null,
      extensionReason: null,
      requester: { name: "", phoneEncrypted: null, postalAddressEncrypted: null, region: null },
      uploads: [],
      statusLinks: [],
      verification: null,
    });
    expect(after.requester.email).toMatch(/^anonymized-.*@invalid$/);
    expect(new Set([...after.messages, ...after.notes].map((m) => m.body))).toEqual(new Set([REMOVED_TEXT]));
    expect(after.routings.map((r) => [r.contactEmails, r.responseNote, r.state])).toEqual([
      [[], null, "DECLINED_BY_CONTROLLER"],
    ]);
    expect(new Set(after.emails.map((e) => e.to))).toEqual(new Set([ANONYMIZED_RECIPIENT]));
    expect(after.emails.every((e) => JSON.stringify(e.payload) === "{}")).toBe(true);
    expect(existsSync(uploadDir(expired.id))).toBe(false);

    // One system event per case, with counts only; the trail before it is whole.
    expect(await database.prisma.auditEvent.count({ where: { caseId: expired.id } })).toBe(expiredEvents + 1);
    const anonymized = await database.prisma.auditEvent.findFirstOrThrow({
      where: { caseId: expired.id, type: "case.anonymized" },
    });
    expect(anonymized).toMatchObject({ actorKind: "SYSTEM", actorId: null });
    expect(anonymized.data).toMatchObject({
      removed: { messages: 2, notes: 1, uploads: 2, routings: 1, statusLinks: 2, verification: 1 },
    });
    await sealAudit(database.prisma);
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, unsealed: { count: 0 } });

    // The held, recent and open cases are as they were; the documents-only case lost its documents only.
    expect(await caseRecord(held.id)).toEqual(untouched.held);
    expect(await caseRecord(recent)).toEqual(untouched.recent);
    expect(await caseRecord(open.id)).toEqual(untouched.open);
    expect(filesUnder(uploadDir(held.id))).toHaveLength(2);
    expect(await caseRecord(documentsOnly.id)).toEqual({ ...untouched.documentsOnly, uploads: [] });
    expect(filesUnder(uploadDir(documentsOnly.id))).toEqual([]);
    const documentsEvent = await database.prisma.auditEvent.findFirstOrThrow({
      where: { caseId: documentsOnly.id, type: "case.uploads_deleted" },
    });
    expect(documentsEvent.data).toEqual({ reason: "retention", uploads: { AGENT_AUTHORIZATION: 1, REPLY: 1 } });

    // Nothing in the database names the person any more (rate-limit counters hold a hash of the address).
    for (const needle of [expired.marker, "zq-unconfirmed-4a6c"]) {
      expect(await columnsContaining(database.prisma, needle), needle).toEqual([]);
    }
    // Nor does any file under DATA_DIR (uploads, mail).
    for (const file of filesUnder(env().dataDir)) {
      expect(readFileSync(file, "latin1"), file).not.toContain(expired.marker);
    }
    // The held case is still fully there, the documents-only case keeps its text.
    expect(await columnsContaining(database.prisma, held.marker)).toContain("Requester.email");
    expect(await columnsContaining(database.prisma, documentsOnly.marker)).toContain("CaseMessage.body");
    await sealAudit(database.prisma);
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, unsealed: { count: 0 } });
  });

  it("changes nothing when run again, and can be dry-run first", async () => {
    const before = await tableDigests(database.prisma, ["AuditEvent"]);
    const events = await database.prisma.auditEvent.count();
    expect((await previewRetention(database.prisma)).toAnonymize).toEqual({ count: 0, references: [] });
    const again = await runRetention(database.prisma);
    expect(again).toMatchObject({ anonymized: 0, casesWithUploadsDeleted: 0, uploadsDeleted: 0, emailsScrubbed: 0 });
    expect(await tableDigests(database.prisma, ["AuditEvent"])).toEqual(before);
    // Only the run's own record was added.
    const added = await database.prisma.auditEvent.findMany({ where: { id: { gt: BigInt(events) } } });
    expect(added.map((e) => e.type)).toEqual(["retention.run"]);
    await sealAudit(database.prisma);
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, unsealed: { count: 0 } });
  });

  it("anonymizes a case once its hold is lifted, and refuses a hold on an anonymized case", async () => {
    const id = await closedCase("zq-lifted-6d2f");
    await closedDaysAgo(id, 1500);
    await setLegalHold({ caseId: id, hold: true, reason: "Regulator inquiry pending" }, officer);
    expect((await runRetention(database.prisma)).anonymized).toBe(0);
    await setLegalHold({ caseId: id, hold: false, reason: "Inquiry closed, no action" }, admin);
    expect((await runRetention(database.prisma)).anonymized).toBe(1);
    const conflict = await appError(setLegalHold({ caseId: id, hold: true, reason: "Another inquiry" }, officer));
    expect(conflict.code).toBe("CONFLICT");
    const notes = await database.prisma.caseNote.findMany({ where: { caseId: id } });
    expect(notes.map((n) => n.body)).toEqual([REMOVED_TEXT, REMOVED_TEXT]);
  });

  it("splits the work between two runs at once, in batches, anonymizing each case once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const id = await closedCase(`zq-batch-${i}`, i % 2 ? "ACCESS" : "DELETION");
      await closedDaysAgo(id, 1200 + i);
      ids.push(id);
    }
    const [first, second] = await Promise.all([
      runRetention(database.prisma, new Date(), { batchSize: 2 }),
      runRetention(database.prisma, new Date(), { batchSize: 2 }),
    ]);
    expect(first.anonymized + second.anonymized).toBe(7);
    const events = await database.prisma.auditEvent.groupBy({
      by: ["caseId"],
      where: { caseId: { in: ids }, type: "case.anonymized" },
      _count: { _all: true },
    });
    expect(events.map((e) => e._count._all)).toEqual(ids.map(() => 1));
    expect(await database.prisma.case.count({ where: { id: { in: ids }, anonymizedAt: null } })).toBe(0);
    await sealAudit(database.prisma);
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, unsealed: { count: 0 } });
  });

  it("runs from the periodic sweep once a retention day", async () => {
    const now = new Date(Date.now() + 400 * DAY);
    const first = await runNightlyRetention(database.prisma, now);
    expect(first).not.toBeNull();
    expect(await runNightlyRetention(database.prisma, now)).toBeNull();
    expect((await runPeriodicSweeps(database.prisma, now)).retention).toBeNull();
  });

  it("lets administrators set the periods, validated and audited with the values before and after", async () => {
    expect(
      (
        await appError(
          updateRetentionPolicy({ closedCaseDays: 100, unverifiedDays: 7, uploadsAfterClosureDays: 90 }, officer),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const invalid = await appError(
      updateRetentionPolicy({ closedCaseDays: "ten", unverifiedDays: 0, uploadsAfterClosureDays: 2.5 }, admin),
    );
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual([
      "closedCaseDays",
      "unverifiedDays",
      "uploadsAfterClosureDays",
    ]);
    const longer = await appError(
      updateRetentionPolicy({ closedCaseDays: 365, unverifiedDays: 7, uploadsAfterClosureDays: 400 }, admin),
    );
    expect(longer.fieldErrors).toEqual({
      uploadsAfterClosureDays: ["documents_outlive_data"],
    });

    expect(
      await updateRetentionPolicy(
        { closedCaseDays: "730", unverifiedDays: "2", uploadsAfterClosureDays: "120" },
        admin,
      ),
    ).toEqual({
      changed: ["closedCaseDays", "unverifiedDays"],
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "settings.retention_policy_updated" },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ actorId: admin.id, actorKind: "STAFF" });
    expect(event.data).toEqual({
      changes: { closedCaseDays: { from: 1095, to: 730 }, unverifiedDays: { from: 7, to: 2 } },
    });
    expect(
      await updateRetentionPolicy({ closedCaseDays: 730, unverifiedDays: 2, uploadsAfterClosureDays: 120 }, admin),
    ).toEqual({
      changed: [],
    });

    // Unconfirmed requests now expire after two days instead of seven.
    const { caseId } = await submitRequest({
      request: {
        type: "ACCESS",
        relationship: "SELF",
        details: { scope: "Everything" },
        requester: { name: "Requester zq-short-0c9d", email: "zq-short-0c9d@example.com", country: "GB" },
      },
      channel: "WEB",
      ip: `198.51.100.${++ip}`,
    });
    expect(await expireUnverifiedRequests(database.prisma, new Date(Date.now() + DAY))).toBe(0);
    expect(await expireUnverifiedRequests(database.prisma, new Date(Date.now() + 3 * DAY))).toBe(1);
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId! } })).outcome).toBe("EXPIRED");
  });
});
