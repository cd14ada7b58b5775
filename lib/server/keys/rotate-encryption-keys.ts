import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { decryptField, encryptField, keyIdOf } from "@/lib/crypto/field-encryption";
import type { FieldKeys } from "@/lib/crypto/field-keys";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { OperatorError } from "@/lib/errors/operator-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";
import { countEncryptedValues, valuesNotUnder, type KeyCensus } from "./count-encrypted-values";
import { ENCRYPTED_FIELDS, ENCRYPTED_TABLES, type EncryptedField, type EncryptedTable } from "./encrypted-columns";

/** Rows per transaction: small enough that the app's own requests never wait long behind a batch. */
export const KEY_ROTATION_BATCH = 200;
/** Full passes before giving up: values that keep reappearing under an old key mean a process still writes with it. */
const MAX_PASSES = 20;

const optionsSchema = z.object({ batchSize: z.number().int().min(1).max(10_000).default(KEY_ROTATION_BATCH) });

export interface KeyRotationResult {
  /** The id (not secret: 8 hex digits of the key's SHA-256) of the key every value is under now. */
  currentKeyId: string;
  /** Other key ids values were found under when the run started. */
  previousKeyIds: string[];
  /** Values re-encrypted by this run, per field. */
  reencrypted: Record<EncryptedField, number>;
  /** Values already under the current key when the run started, per field. */
  alreadyCurrent: Record<EncryptedField, number>;
  /** Transactions that re-encrypted something. */
  batches: number;
  ms: number;
}

const FIRST_ID = "00000000-0000-0000-0000-000000000000";
/** A row to re-encrypt: its id and the stored value of each of its table's encrypted fields, by field name. */
const encryptedRow = z.object({ id: z.string() }).catchall(z.string().nullable());
const zeroPerField = () => Object.fromEntries(ENCRYPTED_FIELDS.map((f) => [f, 0])) as Record<EncryptedField, number>;

/**
 * Re-encrypts every encrypted field under the current key while the app keeps running: each batch locks
 * its rows (`FOR UPDATE SKIP LOCKED`, keyset by id), decrypts with whichever readable key made the value,
 * encrypts under the current key, checks the new value decrypts, and writes it in the same transaction, so
 * no value is ever unreadable and a case someone is changing is simply taken on the next pass. Passes repeat
 * until a count finds no value under any other key. Values already under the current key are not touched,
 * so running it again changes nothing. Case versions are not bumped: the data means the same, and a staff
 * form open on the case stays valid. Records one `keys.rotated` audit event with key ids and counts.
 */
export async function rotateEncryptionKeys(
  prisma: Db,
  keys: FieldKeys,
  options: { batchSize?: number } = {},
): Promise<KeyRotationResult> {
  const { batchSize } = parseInput(optionsSchema, options);
  const started = performance.now();
  const census = await countEncryptedValues(prisma);
  assertReadable(census, keys);
  const alreadyCurrent = zeroPerField();
  for (const field of ENCRYPTED_FIELDS) alreadyCurrent[field] = census[field][keys.current.id] ?? 0;
  const previousKeyIds = [...new Set(Object.values(census).flatMap(Object.keys))]
    .filter((id) => id !== keys.current.id)
    .sort();

  const reencrypted = zeroPerField();
  let batches = 0;
  for (let pass = 1; ; pass++) {
    let changedThisPass = 0;
    for (const table of ENCRYPTED_TABLES) {
      let after = FIRST_ID;
      for (;;) {
        const batch = await reencryptBatch(prisma, table, keys, after, batchSize);
        if (batch.rows > 0) batches++;
        for (const [field, n] of Object.entries(batch.changed)) reencrypted[field as EncryptedField] += n;
        changedThisPass += batch.rows;
        if (batch.rows < batchSize || !batch.lastId) break;
        after = batch.lastId;
      }
    }
    const left = valuesNotUnder(await countEncryptedValues(prisma), keys.current.id);
    if (left === 0) break;
    if (pass >= MAX_PASSES) {
      throw new OperatorError(
        `${left} values are still under another key after ${pass} passes: rows stayed locked, or a process ` +
          `still writes with an old key (restart every instance with the new DATA_ENCRYPTION_KEY). Run it again.`,
      );
    }
    // Rows locked by a transaction in progress were skipped; they are free once it ends.
    if (changedThisPass === 0) await sleep(100 * pass);
  }

  await prisma.$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "keys.rotated",
      actorKind: "SYSTEM",
      data: { currentKeyId: keys.current.id, previousKeyIds, reencrypted, alreadyCurrent, batches },
    }),
  );
  return {
    currentKeyId: keys.current.id,
    previousKeyIds,
    reencrypted,
    alreadyCurrent,
    batches,
    ms: Math.round(performance.now() - started),
  };
}

/** Refuses before writing anything when a value is under a key this process cannot read. */
function assertReadable(census: KeyCensus, keys: FieldKeys): void {
  const readable = new Set(keys.readable.map((k) => k.id));
  const unknown = new Set<string>();
  for (const byKey of Object.values(census)) {
    for (const id of Object.keys(byKey)) if (!readable.has(id)) unknown.add(id);
  }
  if (unknown.has("")) throw new OperatorError("Some encrypted values are not in the expected format.");
  if (unknown.size > 0) {
    throw new OperatorError(
      `Values are encrypted under key ${[...unknown].sort().join(", ")}, which is not configured: ` +
        `add it to DATA_ENCRYPTION_OLD_KEYS and run again.`,
    );
  }
}

function reencrypt(stored: string, keys: FieldKeys): string {
  const plaintext = decryptField(stored, keys.readable);
  const next = encryptField(plaintext, keys.current);
  if (decryptField(next, [keys.current]) !== plaintext) throw new Error("a re-encrypted value did not decrypt");
  return next;
}

/** One transaction: the next rows after `after` with a value under another key, locked, re-encrypted, written. */
async function reencryptBatch(prisma: Db, table: EncryptedTable, keys: FieldKeys, after: string, batchSize: number) {
  const columns = Object.entries(table.fields) as [EncryptedField, string][];
  // Table and column names come from the fixed list of encrypted columns; values are bound parameters.
  const currentPrefix = `v1.${keys.current.id}.%`;
  const notCurrent = Prisma.join(
    columns.map(([, c]) => {
      const column = Prisma.raw(`"${c}"`);
      return Prisma.sql`(${column} IS NOT NULL AND ${column} NOT LIKE ${currentPrefix})`;
    }),
    " OR ",
  );
  return prisma.$transaction(async (tx) => {
    const rows = await queryRows(
      tx,
      encryptedRow,
      Prisma.sql`SELECT id::text AS id, ${Prisma.raw(columns.map(([field, c]) => `"${c}" AS "${field}"`).join(", "))}
       FROM ${Prisma.raw(`"${table.table}"`)}
       WHERE id > ${after}::uuid AND (${notCurrent})
       ORDER BY id LIMIT ${batchSize}::int
       FOR UPDATE SKIP LOCKED`,
    );
    const changed: Partial<Record<EncryptedField, number>> = {};
    if (rows.length === 0) return { rows: 0, lastId: null, changed };
    const values = columns.map(([field]) =>
      rows.map((row) => {
        const stored = row[field] ?? null;
        if (stored === null || keyIdOf(stored) === keys.current.id) return stored;
        changed[field] = (changed[field] ?? 0) + 1;
        return reencrypt(stored, keys);
      }),
    );
    await tx.$executeRawUnsafe(
      `UPDATE "${table.table}" AS t SET ${columns.map(([, c], i) => `"${c}" = v.c${i}`).join(", ")}
       FROM unnest($1::uuid[], ${columns.map((_, i) => `$${i + 2}::text[]`).join(", ")})
         AS v(id, ${columns.map((_, i) => `c${i}`).join(", ")})
       WHERE t.id = v.id`,
      rows.map((r) => r.id),
      ...values,
    );
    return { rows: rows.length, lastId: rows.at(-1)!.id, changed };
  });
}
