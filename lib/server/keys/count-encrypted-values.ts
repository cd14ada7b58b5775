import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { ENCRYPTED_FIELDS, encryptedColumns, type EncryptedField } from "./encrypted-columns";

/** Per encrypted field, how many stored values name each key id ("" for a value not in the "v1." format). */
export type KeyCensus = Record<EncryptedField, Record<string, number>>;

const censusRow = z.object({ field: z.enum(ENCRYPTED_FIELDS), keyId: z.string(), values: z.number().int() });

/** Counts the stored values by the key they were encrypted under: one statement, reads only the key ids. */
export async function countEncryptedValues(prisma: Db): Promise<KeyCensus> {
  const parts = encryptedColumns().map(
    ({ table, field, column }) => `
      SELECT '${field}' AS field,
        CASE WHEN split_part("${column}", '.', 1) = 'v1' THEN split_part("${column}", '.', 2) ELSE '' END AS "keyId",
        count(*)::int AS "values"
      FROM "${table}" WHERE "${column}" IS NOT NULL GROUP BY 2`,
  );
  // Built only from the fixed list of encrypted columns: no value comes from outside.
  const rows = await queryRows(prisma, censusRow, Prisma.raw(parts.join("\n      UNION ALL")));
  const census = Object.fromEntries(ENCRYPTED_FIELDS.map((f) => [f, {}])) as KeyCensus;
  for (const row of rows) census[row.field][row.keyId] = row.values;
  return census;
}

/** How many values are not under the given key, over all fields. */
export function valuesNotUnder(census: KeyCensus, keyId: string): number {
  return Object.values(census)
    .flatMap((byKey) => Object.entries(byKey))
    .reduce((sum, [id, n]) => (id === keyId ? sum : sum + n), 0);
}
