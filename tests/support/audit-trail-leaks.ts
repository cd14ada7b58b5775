import { decryptField, type EncryptionKey } from "@/lib/crypto/field-encryption";
import type { Db } from "@/lib/db/client";

/*
 * The audit trail is append-only and outlives the personal data it refers to (retention anonymizes cases,
 * never events), so no event may hold an email, a name or text someone typed (SECURITY.md, "Audit trail").
 * This scan reads every event's data and looks in it for the personal data the same database holds:
 * requesters' and subjects' emails, names, phone numbers and addresses (decrypted), what requesters,
 * staff and customer contacts typed (request details, messages, notes, reasons, file names, the customer
 * name given), and staff accounts' emails and names. It runs on every integration test file's database
 * before it is dropped (tests/support/test-database.ts) and on the e2e run's database at its end
 * (e2e/support/audit-scan-teardown.ts).
 *
 * Left out on purpose: the company's own settings (sender, supervisory authority, email texts, deadline
 * sources), which their audit events record before and after by design.
 */

export interface AuditLeak {
  eventId: string;
  eventType: string;
  /** Where the value came from, e.g. "Requester.email". */
  source: string;
  value: string;
}

/** Shorter values (initials, "yes", a short first name) would be found by chance in ids and codes. */
const MIN_LENGTH = 5;
/** Codes and dates are structure, not something a person typed: events hold enum values and dates legitimately. */
const NOT_PERSONAL = [/^[A-Z0-9_]+$/, /^\d{4}-\d\d-\d\d(T[\d:.]+Z)?$/];

type Row = { source: string; value: string | null };

/** Every string leaf (and key) of a JSON value. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsOf(item, out);
    }
  }
  return out;
}

/** The database or a transaction on it: the scan only reads. */
type Reader = Pick<Db, "$queryRaw">;

async function personalValues(prisma: Reader, keys: EncryptionKey[]): Promise<Map<string, string>> {
  const plain = await prisma.$queryRaw<Row[]>`
    SELECT 'Requester.email' AS source, email AS value FROM "Requester"
    UNION ALL SELECT 'Requester.name', name FROM "Requester"
    UNION ALL SELECT 'Case.subjectName', "subjectName" FROM "Case"
    UNION ALL SELECT 'Case.subjectEmail', "subjectEmail" FROM "Case"
    UNION ALL SELECT 'Case.subjectRelationship', "subjectRelationship" FROM "Case"
    UNION ALL SELECT 'Case.customerNameGiven', "customerNameGiven" FROM "Case"
    UNION ALL SELECT 'Case.closureText', "closureText" FROM "Case"
    UNION ALL SELECT 'Case.extensionReason', "extensionReason" FROM "Case"
    UNION ALL SELECT 'Case.details', d.value FROM "Case" c, jsonb_path_query(c.details, 'strict $.**') j,
      LATERAL (SELECT j #>> '{}' AS value WHERE jsonb_typeof(j) = 'string') d
    UNION ALL SELECT 'CaseMessage.body', body FROM "CaseMessage"
    UNION ALL SELECT 'CaseNote.body', body FROM "CaseNote"
    UNION ALL SELECT 'Upload.filename', filename FROM "Upload"
    UNION ALL SELECT 'CustomerRouting.responseNote', "responseNote" FROM "CustomerRouting"
    UNION ALL SELECT 'CustomerRouting.contactEmails', unnest("contactEmails") FROM "CustomerRouting"
    UNION ALL SELECT 'CloudCustomer.contactEmails', unnest("contactEmails") FROM "CloudCustomer"
    UNION ALL SELECT 'CloudCustomer.notes', notes FROM "CloudCustomer"
    UNION ALL SELECT 'OutboxEmail.to', "to" FROM "OutboxEmail"
    UNION ALL SELECT 'User.email', email FROM "User"
    UNION ALL SELECT 'User.name', name FROM "User"`;
  const encrypted = await prisma.$queryRaw<Row[]>`
    SELECT 'Requester.phone' AS source, "phoneEncrypted" AS value FROM "Requester"
    UNION ALL SELECT 'Requester.postalAddress', "postalAddressEncrypted" FROM "Requester"`;
  const values = new Map<string, string>();
  const add = (source: string, value: string | null) => {
    const text = value?.trim();
    if (!text || text.length < MIN_LENGTH || NOT_PERSONAL.some((pattern) => pattern.test(text))) return;
    if (!values.has(text.toLowerCase())) values.set(text.toLowerCase(), source);
  };
  for (const row of plain) add(row.source, row.value);
  for (const row of encrypted) {
    if (!row.value) continue;
    // A value under a key this scan was not given (a test that rotated keys) cannot be read: skip it.
    try {
      add(row.source, decryptField(row.value, keys));
    } catch {
      continue;
    }
  }
  return values;
}

/** Whether `value` occurs in `text` as a whole (not inside a longer word or address, e.g. "ann" in "annual"). */
function occursIn(text: string, value: string): boolean {
  const word = /[a-z0-9]/;
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + value.length] ?? " ";
    if (!(word.test(value[0]!) && word.test(before)) && !(word.test(value.at(-1)!) && word.test(after))) return true;
  }
  return false;
}

/** The audit events whose data holds personal data found elsewhere in the same database. */
export async function findPersonalDataInAuditTrail(prisma: Reader, keys: EncryptionKey[]): Promise<AuditLeak[]> {
  const events = await prisma.$queryRaw<{ id: bigint; type: string; data: unknown }[]>`
    SELECT id, type, data FROM "AuditEvent" WHERE data <> '{}'::jsonb ORDER BY id`;
  if (events.length === 0) return [];
  const texts = events.map((event) => stringsOf(event.data).join("\n").toLowerCase());
  // One pass over all events first: most values occur nowhere, and this keeps large seeded databases quick.
  const everything = texts.join("\n");
  const leaks: AuditLeak[] = [];
  for (const [value, source] of await personalValues(prisma, keys)) {
    if (!occursIn(everything, value)) continue;
    events.forEach((event, i) => {
      if (occursIn(texts[i]!, value)) leaks.push({ eventId: String(event.id), eventType: event.type, source, value });
    });
  }
  return leaks;
}

/** A test failure message listing each leak once per event type and source. */
export function describeLeaks(leaks: AuditLeak[]): string {
  const lines = new Map<string, string>();
  for (const leak of leaks) {
    const key = `${leak.eventType} ${leak.source}`;
    if (!lines.has(key)) lines.set(key, `  ${leak.eventType} (event ${leak.eventId}) holds ${leak.source} "${leak.value}"`);
  }
  return `Personal data in the audit trail (${leaks.length} occurrences):\n${[...lines.values()].join("\n")}`;
}
