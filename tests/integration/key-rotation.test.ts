import { randomBytes } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/config/env";
import { encryptionKeyFrom } from "@/lib/crypto/field-encryption";
import { fieldKeys, reloadFieldKeys } from "@/lib/crypto/field-keys";
import { maintenanceHandlers } from "@/lib/jobs/maintenance-commands";
import { askRunningServer, startMaintenanceSocket } from "@/lib/jobs/maintenance-socket";
import { revealRequester } from "@/lib/server/cases/reveal-requester";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { countEncryptedValues } from "@/lib/server/keys/count-encrypted-values";
import { encryptedColumns } from "@/lib/server/keys/encrypted-columns";
import { retireOldKeys } from "@/lib/server/keys/retire-old-keys";
import { rotateEncryptionKeys } from "@/lib/server/keys/rotate-encryption-keys";
import type { KeyRotationRun } from "@/lib/server/keys/run-key-rotation";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const NOW = new Date("2026-06-01T09:00:00Z");
const newKey = () => randomBytes(32).toString("base64");
const idOf = (base64: string) => encryptionKeyFrom(base64).id;

/** What this process encrypts with (current) and may read besides (old), as an operator would set them. */
function useKeys(current: string | undefined, old: string[] = []) {
  if (current === undefined) delete process.env.DATA_ENCRYPTION_KEY;
  else process.env.DATA_ENCRYPTION_KEY = current;
  process.env.DATA_ENCRYPTION_OLD_KEYS = old.join(",");
  reloadFieldKeys();
}

let ip = 0;
async function submit(n: number, label = "") {
  const person = correctionRequest({
    requester: {
      name: "Alex Example",
      email: `alex-${randomBytes(6).toString("hex")}@example.com`,
      phone: `+44 20 7946 ${String(1000 + n)}`,
      postalAddress: `${n} Rotation Lane${label}, London`,
      country: "GB",
      locale: "en",
    },
  });
  const { caseId } = await submitRequest({ request: person, files: [], channel: "WEB", ip: `198.51.100.${++ip % 250}` }, NOW);
  return caseId!;
}

async function submitGuardian(dateOfBirth: string) {
  const request = correctionRequest({
    type: "GUARDIAN_INQUIRY",
    relationship: "GUARDIAN",
    details: { question: "What do you hold about my daughter?" },
    subject: { name: "Sam Example", dateOfBirth, relationship: "Mother" },
  });
  const files = [{ filename: "birth certificate.pdf", bytes: PDF_BYTES }];
  const { caseId } = await submitRequest({ request, files, channel: "WEB", ip: `198.51.100.${++ip % 250}` }, NOW);
  return caseId!;
}

describe("rotating the data encryption key", () => {
  let database: TestDatabase;
  /** The key every stored value is under when a test ends (the tests share one database). */
  let settled = newKey();
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    useKeys(undefined);
    await database.drop();
  });

  /** Every stored encrypted value, raw from the tables. */
  async function storedValues(): Promise<string[]> {
    const values: string[] = [];
    for (const { table, column } of encryptedColumns()) {
      const rows = await database.prisma.$queryRawUnsafe<{ v: string }[]>(
        `SELECT "${column}" AS v FROM "${table}" WHERE "${column}" IS NOT NULL ORDER BY id`,
      );
      values.push(...rows.map((r) => r.v));
    }
    return values;
  }

  /** The whole rows of every table that could hold the plaintext, as text. */
  async function tablesAsText(): Promise<string> {
    const rows = await database.prisma.$queryRawUnsafe<{ t: string }[]>(
      `SELECT r::text AS t FROM "Requester" r UNION ALL SELECT c::text FROM "Case" c
       UNION ALL SELECT a::text FROM "AuditEvent" a UNION ALL SELECT o::text FROM "OutboxEmail" o`,
    );
    return rows.map((r) => r.t).join("\n");
  }

  it("covers every encrypted column of the schema", async () => {
    const columns = await database.prisma.$queryRawUnsafe<{ table: string; column: string }[]>(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name LIKE '%Encrypted' ORDER BY 1, 2`,
    );
    const registered = encryptedColumns().map(({ table, column }) => ({ table, column }));
    expect(columns).toEqual(expect.arrayContaining(registered));
    expect(registered).toEqual(expect.arrayContaining(columns));
  });

  it("re-encrypts phone, address and date of birth from key A to key B; the app reads them throughout, and a rerun changes nothing", async () => {
    const keyA = settled;
    const keyB = newKey();
    settled = keyB;
    const before = (await storedValues()).length;
    const officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    const reveal = (caseId: string) => revealRequester({ caseId }, officer);

    useKeys(keyA);
    const cases = [await submit(1), await submit(2), await submit(3)];
    const guardianCase = await submitGuardian("2014-05-01");
    const plaintext = /7946 100[1-3]|Rotation Lane|2014-05-01/;
    expect(await tablesAsText()).not.toMatch(plaintext);
    const underA = await storedValues();
    expect(underA.length).toBe(before + 3 * 2 + 3); // phone and address per request, the guardian's too, a birth date
    expect(underA.every((v) => v.startsWith(`v1.${idOf(keyA)}.`))).toBe(true);

    // B becomes current with A still readable: values under A read as before, new ones are written under B.
    useKeys(keyB, [keyA]);
    expect(await reveal(cases[0]!)).toMatchObject({ phone: "+44 20 7946 1001", postalAddress: "1 Rotation Lane, London" });
    const caseUnderB = await submit(4);
    expect(await reveal(caseUnderB)).toMatchObject({ phone: "+44 20 7946 1004" });

    const result = await rotateEncryptionKeys(database.prisma, fieldKeys(), { batchSize: 2 });
    expect(result).toMatchObject({
      currentKeyId: idOf(keyB),
      previousKeyIds: [idOf(keyA)],
      reencrypted: { phone: 4, postalAddress: 4, subjectDateOfBirth: 1 },
      alreadyCurrent: { phone: 1, postalAddress: 1, subjectDateOfBirth: 0 },
    });
    expect(result.batches).toBeGreaterThanOrEqual(3); // four requesters two at a time, and the case

    const afterRotation = await storedValues();
    expect(afterRotation).toHaveLength(underA.length + 2);
    expect(afterRotation.every((v) => v.startsWith(`v1.${idOf(keyB)}.`))).toBe(true);
    expect(afterRotation.some((v) => v.includes(idOf(keyA)))).toBe(false);
    expect(await tablesAsText()).not.toMatch(/7946 100[1-4]|Rotation Lane|2014-05-01/);

    const expected = async () => {
      for (const [i, id] of cases.entries()) {
        expect(await reveal(id)).toMatchObject({
          phone: `+44 20 7946 100${i + 1}`,
          postalAddress: `${i + 1} Rotation Lane, London`,
        });
      }
      expect(await reveal(guardianCase)).toMatchObject({ subjectDateOfBirth: "2014-05-01" });
    };
    await expected();
    // A removed entirely: nothing needs it any more.
    useKeys(keyB);
    await expected();

    const rerun = await rotateEncryptionKeys(database.prisma, fieldKeys(), { batchSize: 2 });
    expect(rerun).toMatchObject({
      reencrypted: { phone: 0, postalAddress: 0, subjectDateOfBirth: 0 },
      alreadyCurrent: { phone: 5, postalAddress: 5, subjectDateOfBirth: 1 },
      previousKeyIds: [],
      batches: 0,
    });
    expect(await storedValues()).toEqual(afterRotation);

    const events = await database.prisma.auditEvent.findMany({ where: { type: "keys.rotated" }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[0]!.data).toMatchObject({ currentKeyId: idOf(keyB), reencrypted: result.reencrypted });
    expect(JSON.stringify(events.map((e) => e.data))).not.toMatch(/7946|Rotation Lane|2014-05-01/);
  });

  it("refuses, writing nothing, when values are under a key it was not given; retiring keys waits for the rotation", async () => {
    const keyB = settled;
    const keyC = newKey();
    settled = keyC;
    useKeys(keyB);
    await submit(50);
    const before = await storedValues();
    useKeys(keyC);
    await expect(rotateEncryptionKeys(database.prisma, fieldKeys())).rejects.toThrow(
      new RegExp(`under key ${idOf(keyB)}, which is not configured`),
    );
    expect(await storedValues()).toEqual(before);

    useKeys(keyC, [keyB]);
    await expect(retireOldKeys(database.prisma)).rejects.toThrow(/still under an old key/);
    await rotateEncryptionKeys(database.prisma, fieldKeys());
    expect(await retireOldKeys(database.prisma)).toEqual({ retiredKeyIds: [], stillInEnvironment: [idOf(keyB)] });
  });

  it("leaves nothing on the old key when new requests arrive during the rotation", async () => {
    const keyA = settled;
    const keyB = newKey();
    settled = keyB;
    useKeys(keyA);
    for (let n = 0; n < 24; n++) await submit(100 + n);
    const phonesUnderA = (await countEncryptedValues(database.prisma)).phone[idOf(keyA)];
    useKeys(keyB, [keyA]);

    let rotationDone = false;
    const rotation = rotateEncryptionKeys(database.prisma, fieldKeys(), { batchSize: 5 }).finally(() => {
      rotationDone = true;
    });
    const during: string[] = [];
    let acceptedWhileRotating = 0;
    while (!rotationDone || during.length < 5) {
      during.push(await submit(200 + during.length, " (during)"));
      if (!rotationDone) acceptedWhileRotating++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = await rotation;
    expect(acceptedWhileRotating).toBeGreaterThan(0);
    expect(result.reencrypted.phone).toBe(phonesUnderA);

    const census = await countEncryptedValues(database.prisma);
    expect([...new Set(Object.values(census).flatMap(Object.keys))]).toEqual([idOf(keyB)]);
    useKeys(keyB);
    const officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    expect(await revealRequester({ caseId: during.at(-1)! }, officer)).toMatchObject({
      postalAddress: `${200 + during.length - 1} Rotation Lane (during), London`,
    });
  });

  it("on the embedded default's secrets file: the server generates the new key, switches to it, re-encrypts, and retires the old key when asked", async () => {
    const dataDir = env().dataDir;
    const secretsFile = path.join(dataDir, "secrets.json");
    const fileKeys = () =>
      JSON.parse(readFileSync(secretsFile, "utf8")) as { DATA_ENCRYPTION_KEY: string; DATA_ENCRYPTION_OLD_KEYS?: string[] };
    // Bring the earlier tests' values under the file's key first, as an operator moving to it would.
    useKeys(undefined, [settled]);
    const original = fileKeys().DATA_ENCRYPTION_KEY;
    await rotateEncryptionKeys(database.prisma, fieldKeys());
    useKeys(undefined);
    const caseId = await submit(300);

    const server = await startMaintenanceSocket(dataDir, maintenanceHandlers(database.connection, dataDir));
    try {
      const ask = async (command: "keys-rotate" | "keys-retire-old") => {
        const answer = await askRunningServer(dataDir, command);
        if (!answer?.ok) throw new Error(answer ? answer.error : "no answer");
        return answer.result;
      };
      const first = (await ask("keys-rotate")) as KeyRotationRun;
      const rotated = fileKeys();
      expect(rotated.DATA_ENCRYPTION_KEY).not.toBe(original);
      expect(rotated.DATA_ENCRYPTION_OLD_KEYS).toEqual([original]);
      expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
      expect(first).toMatchObject({
        keySource: "secrets-file",
        newKeyGenerated: true,
        currentKeyId: idOf(rotated.DATA_ENCRYPTION_KEY),
        oldKeyIds: [idOf(original)],
        previousKeyIds: [idOf(original)],
      });
      expect(first.reencrypted.phone).toBeGreaterThan(0);
      // The process switched keys: new writes go under the new key at once.
      expect(fieldKeys().current.id).toBe(idOf(rotated.DATA_ENCRYPTION_KEY));
      const values = await storedValues();
      expect(values.every((v) => v.startsWith(`v1.${idOf(rotated.DATA_ENCRYPTION_KEY)}.`))).toBe(true);

      // Asked again before the old key is retired, it resumes the same rotation: no new key, nothing to do.
      const again = (await ask("keys-rotate")) as KeyRotationRun;
      expect(again).toMatchObject({ newKeyGenerated: false, reencrypted: { phone: 0, postalAddress: 0 } });
      expect(fileKeys()).toEqual(rotated);

      expect(await ask("keys-retire-old")).toEqual({ retiredKeyIds: [idOf(original)], stillInEnvironment: [] });
      expect(fileKeys().DATA_ENCRYPTION_OLD_KEYS).toBeUndefined();
      expect(fieldKeys().readable.map((k) => k.id)).toEqual([idOf(rotated.DATA_ENCRYPTION_KEY)]);
      const officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
      expect(await revealRequester({ caseId }, officer)).toMatchObject({ phone: "+44 20 7946 1300" });
      expect(await storedValues()).toEqual(values);
    } finally {
      await server.close();
    }
  });
});
