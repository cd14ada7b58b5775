/**
 * Every column written through lib/crypto/field-encryption.ts, by table. Key rotation re-encrypts exactly
 * these; a test compares the list with the schema's `…Encrypted` columns, so a new one cannot be missed.
 */
import "server-only";
export const ENCRYPTED_TABLES = [
  { table: "Requester", fields: { phone: "phoneEncrypted", postalAddress: "postalAddressEncrypted" } },
  { table: "Case", fields: { subjectDateOfBirth: "subjectDateOfBirthEncrypted" } },
  // A WEBHOOK system's `whsec_` signing key (lib/server/systems/system-secrets.ts): not personal, but secret.
  { table: "SystemSecret", fields: { signingSecret: "secretEncrypted" } },
] as const;

export type EncryptedTable = (typeof ENCRYPTED_TABLES)[number];
type FieldsOf<T> = T extends { fields: infer F } ? keyof F & string : never;
export type EncryptedField = FieldsOf<EncryptedTable>;

export const ENCRYPTED_FIELDS = ENCRYPTED_TABLES.flatMap((t) => Object.keys(t.fields)) as EncryptedField[];

/** The table and column of each field, flat. */
export function encryptedColumns(): { table: string; field: EncryptedField; column: string }[] {
  return ENCRYPTED_TABLES.flatMap(({ table, fields }) =>
    Object.entries(fields).map(([field, column]) => ({ table, field: field as EncryptedField, column })),
  );
}
