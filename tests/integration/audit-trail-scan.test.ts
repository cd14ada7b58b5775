import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptField } from "@/lib/crypto/field-encryption";
import { fieldKeys } from "@/lib/crypto/field-keys";
import type { Prisma } from "@/lib/db/generated/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { createCaseDueAt } from "../support/cases";
import { findPersonalDataInAuditTrail, type AuditLeak } from "../support/audit-trail-leaks";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The scan every test database goes through before it is dropped (tests/support/test-database.ts) must
 * find what it looks for, and nothing else: each case plants events in a transaction that is rolled back,
 * since the audit trail refuses deletes.
 */
describe("the audit trail scan for personal data", () => {
  let database: TestDatabase;
  let caseId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const officer = await createStaff(database.prisma, { email: "olive.officer@example.com" });
    const created = await createCaseDueAt(database.prisma, new Date("2026-12-01T00:00:00Z"), {
      reference: "DSR-2026-000001",
      requester: { email: "robin.requester@example.com", name: "Robin Requester" },
      assigneeId: officer.id,
    });
    caseId = created.id;
    await database.prisma.requester.update({
      where: { id: created.requesterId },
      data: { phoneEncrypted: encryptField("+44 20 7946 0000", fieldKeys().current) },
    });
    await database.prisma.caseNote.create({
      data: { caseId, authorId: officer.id, body: "Called the requester about the second account" },
    });
    // What events legitimately hold: ids, codes, dates and counts.
    await database.prisma.$transaction((tx) =>
      recordAuditEvent(tx, {
        type: "case.assigned",
        actorKind: "STAFF",
        actorId: officer.id,
        caseId,
        data: { changes: { assigneeId: { from: null, to: officer.id } }, dueDate: "2026-12-01", role: "PRIVACY_OFFICER", rows: 3 },
      }),
    );
  });
  afterAll(() => database.drop());

  /** The leaks found with these extra events in the trail (written, scanned, rolled back). */
  async function leaksWith(...data: Prisma.InputJsonObject[]): Promise<AuditLeak[]> {
    const rollback = new Error("rollback");
    let leaks: AuditLeak[] = [];
    await database.prisma
      .$transaction(async (tx) => {
        for (const one of data) await recordAuditEvent(tx, { type: "test.planted", actorKind: "SYSTEM", caseId, data: one });
        leaks = await findPersonalDataInAuditTrail(tx, fieldKeys().readable);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    return leaks;
  }

  it("finds nothing in events that hold ids, codes, dates and counts", async () => {
    expect(await leaksWith()).toEqual([]);
  });

  it.each([
    [{ filters: { q: "Robin.Requester@Example.com" } }, "Requester.email"],
    [{ searched: ["robin requester"] }, "Requester.name"],
    [{ phone: "+44 20 7946 0000" }, "Requester.phone"],
    [{ reason: "note: called the requester about the second account." }, "CaseNote.body"],
    [{ "olive.officer@example.com": true }, "User.email"],
  ])("finds %j (%s)", async (data, source) => {
    expect(await leaksWith(data)).toEqual([expect.objectContaining({ eventType: "test.planted", source })]);
  });

  it("does not take part of a longer word or address for the value", async () => {
    expect(await leaksWith({ note: "xrobin.requester@example.community" })).toEqual([]);
  });
});
