import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { readSystemCsv, type RejectedSystemRow } from "@/lib/domain/systems/system-csv";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { lockSystemNames } from "./lock-system-names";
import { systemProblems } from "./system-problems";
import { ensureWebhookSecrets, type NewSecret } from "./system-secrets";

export interface SystemImportReport {
  /** Data rows in the file (the header not counted). */
  rows: number;
  /** Systems created: every row, or none. */
  imported: number;
  /** The rows that stopped the import, by line, with their reasons. */
  rejected: RejectedSystemRow[];
  /** The WEBHOOK systems created, each with its secrets in clear: shown once, on the import's answer. */
  secrets: { systemId: string; name: string; secrets: NewSecret[] }[];
}

export interface SystemImportInput {
  file: { name: string; bytes: Uint8Array } | null;
}

function fileError(key: string): AppError {
  return new AppError("VALIDATION", "problems.checkFields", { file: [key] });
}

/**
 * A first load of the registry from a CSV file, all or nothing, as for customers: a file that cannot be
 * read is refused whole; otherwise every row is checked as the form checks a system, names already
 * registered (under any spelling) or repeated in the file are rejected, and so are staff owners that are
 * no enabled staff account. One rejected row and nothing is written: the report lists each by line. With
 * none, every system is created in one transaction, WEBHOOK ones with their secrets (shown once).
 */
export async function importSystems(
  input: SystemImportInput,
  actor: Actor,
  now = new Date(),
): Promise<SystemImportReport> {
  if (!can(actor.role, "systems:manage")) throw systemProblems.forbidden();
  if (!input.file || input.file.bytes.byteLength === 0) throw fileError("choose_csv_file");
  const csv = readSystemCsv(input.file.bytes);
  if ("fatal" in csv) throw fileError(csv.fatal);
  const rows = csv.rows.length + csv.rejected.length;
  return db().$transaction(async (tx) => {
    const taken = await lockSystemNames(tx);
    const staffEmails = [...new Set(csv.rows.flatMap((row) => row.staffOwnerEmails))];
    const staff = staffEmails.length
      ? await tx.user.findMany({
          where: { email: { in: staffEmails, mode: "insensitive" }, disabled: false },
          select: { id: true, email: true },
        })
      : [];
    const staffIdOf = new Map(staff.map((u) => [u.email.toLowerCase(), u.id]));
    const rejected = [...csv.rejected];
    for (const row of csv.rows) {
      const reasons: string[] = [];
      if (taken.has(row.key)) reasons.push("name: system_name_taken");
      const unknown = row.staffOwnerEmails.filter((email) => !staffIdOf.has(email));
      // The addresses are staff sign-in names, told back to the officer importing them.
      if (unknown.length) reasons.push("staff_owners: unknown_staff_owner");
      if (reasons.length) rejected.push({ line: row.line, name: row.fields.name, reasons });
    }
    if (rejected.length > 0) {
      return { rows, imported: 0, rejected: rejected.sort((a, b) => a.line - b.line), secrets: [] };
    }
    const created = await tx.dataSystem.createManyAndReturn({
      data: csv.rows.map(({ fields, staffOwnerEmails }) => ({
        ...fields,
        ownerIds: staffOwnerEmails.map((email) => staffIdOf.get(email)!),
      })),
      select: { id: true, name: true, reach: true },
    });
    const secrets: SystemImportReport["secrets"] = [];
    for (const system of created.filter((s) => s.reach === "WEBHOOK")) {
      secrets.push({
        systemId: system.id,
        name: system.name,
        secrets: await ensureWebhookSecrets(tx, system.id, actor.id, now),
      });
    }
    await recordAuditEvent(tx, {
      type: "system.imported",
      ...staffEvent(actor),
      data: {
        count: created.length,
        systemIds: created.map((s) => s.id),
        secretIds: secrets.flatMap((s) => s.secrets.map((secret) => secret.id)),
      },
    });
    return { rows, imported: created.length, rejected: [], secrets };
  });
}

/** The import form's refusal when the report rejects rows (nothing was written). */
export function systemImportRejected(count: number): AppError {
  return new AppError("VALIDATION", "problems.importRejected", undefined, { count });
}
