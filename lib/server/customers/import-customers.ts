import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { readCustomerCsv, type RejectedRow } from "@/lib/domain/customers/customer-csv";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { lockCustomerNames } from "./lock-customer-names";

export interface ImportReport {
  /** Data rows in the file (the header not counted). */
  rows: number;
  /** Customers created: every row, or none. */
  imported: number;
  /** The rows that stopped the import, by line, with their reasons. */
  rejected: RejectedRow[];
}

export interface ImportInput {
  file: { name: string; bytes: Uint8Array } | null;
}

/** A file refused whole: `key` is its field error (under `errors`). */
function fileError(key: string): AppError {
  return new AppError("VALIDATION", "problems.checkFields", { file: [key] });
}

/** The import form's refusal when the report rejects rows (nothing was written): to throw after the report. */
export function importRejected(count: number): AppError {
  return new AppError("VALIDATION", "problems.importRejected", undefined, { count });
}

/**
 * A first load of the registry from a CSV file, all or nothing: a file that cannot be read (not CSV
 * text, a wrong header, over 2 MB or 5,000 rows) is refused whole; otherwise every row is checked as
 * the form checks a customer, and names already registered (under any spelling) or repeated in the
 * file are rejected rather than overwritten. One rejected row and nothing is written: the report lists
 * each with its line and reasons. With none, every customer is created in one transaction.
 */
export async function importCustomers(input: ImportInput, actor: Actor): Promise<ImportReport> {
  if (!can(actor.role, "customers:manage")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  if (!input.file || input.file.bytes.byteLength === 0) throw fileError("choose_csv_file");
  const csv = readCustomerCsv(input.file.bytes);
  if ("fatal" in csv) throw fileError(csv.fatal);
  const rows = csv.rows.length + csv.rejected.length;
  return db().$transaction(async (tx) => {
    const taken = await lockCustomerNames(tx);
    const rejected = [...csv.rejected];
    for (const row of csv.rows) {
      const existing = taken.get(row.key);
      if (existing) {
        rejected.push({
          line: row.line,
          name: row.fields.name,
          reasons: ["name: name_already_registered"],
        });
      }
    }
    if (rejected.length > 0) return { rows, imported: 0, rejected: rejected.sort((a, b) => a.line - b.line) };
    const created = await tx.cloudCustomer.createManyAndReturn({
      data: csv.rows.map(({ fields }) => ({
        name: fields.name,
        aliases: fields.aliases,
        contactEmails: fields.contactEmails,
        agreementReference: fields.agreementReference ?? null,
        active: fields.active,
        notes: fields.notes ?? null,
        locale: fields.locale,
      })),
      select: { id: true, contactEmails: true },
    });
    // Each address becomes a listed contact with its own id, as the form's customers get.
    await tx.customerContact.createMany({
      data: created.flatMap((c) => c.contactEmails.map((email, position) => ({ customerId: c.id, email, position }))),
    });
    await recordAuditEvent(tx, {
      type: "customers.imported",
      ...staffEvent(actor),
      data: { count: created.length, customerIds: created.map((c) => c.id) },
    });
    return { rows, imported: created.length, rejected: [] };
  });
}
