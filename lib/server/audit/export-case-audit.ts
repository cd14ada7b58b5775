import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { caseReferenceSchema } from "@/lib/domain/cases/case-fields";
import { csvCell } from "@/lib/domain/csv";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/server/parse-input";
import { recordAuditEvent } from "./record-audit-event";
import { staffEvent } from "./staff-event";

const exportSchema = z.object({
  reference: caseReferenceSchema,
  format: z.enum(["json", "csv"]).default("json"),
});

export type AuditExportFormat = z.infer<typeof exportSchema>["format"];

/** One audit event as handed to a regulator: everything the chain covers, plus who the actor was. */
export interface ExportedAuditEvent {
  id: string;
  time: string;
  type: string;
  actorKind: string;
  /** The staff member's email, or the actor's id when the account is gone; null for system events. */
  actor: string | null;
  data: unknown;
  ip: string | null;
  userAgent: string | null;
  prevHash: string | null;
  hash: string | null;
}

export interface CaseAuditExport {
  reference: string;
  format: AuditExportFormat;
  exportedAt: string;
  events: ExportedAuditEvent[];
}

/**
 * A case's audit history in chain order (seal order; events not sealed yet last, by id, without hashes), for
 * a regulator. Staff who read cases may export it; the
 * export is itself audited (format and count only) in the same transaction as the read.
 */
export async function exportCaseAudit(input: unknown, actor: Actor): Promise<CaseAuditExport> {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const { reference, format } = parseInput(exportSchema, input);
  return db().$transaction(async (tx) => {
    const found = await tx.case.findUnique({ where: { reference }, select: { id: true, assigneeId: true } });
    if (!found || !canSeeCase(actor, found.assigneeId)) throw new AppError("NOT_FOUND", "problems.noCaseWithReference");
    const events = await tx.auditEvent.findMany({
      where: { caseId: found.id },
      orderBy: [{ chainSeq: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      include: { actor: { select: { email: true } } },
    });
    await recordAuditEvent(tx, {
      type: "case.audit_exported",
      ...staffEvent(actor),
      caseId: found.id,
      data: { format, events: events.length },
    });
    return {
      reference,
      format,
      exportedAt: new Date().toISOString(),
      events: events.map((e) => ({
        id: e.id.toString(),
        time: e.createdAt.toISOString(),
        type: e.type,
        actorKind: e.actorKind,
        actor: e.actor?.email ?? e.actorId,
        data: e.data,
        ip: e.ip,
        userAgent: e.userAgent,
        prevHash: e.prevHash,
        hash: e.hash,
      })),
    };
  });
}

const CSV_COLUMNS = [
  "id",
  "time",
  "type",
  "actorKind",
  "actor",
  "data",
  "ip",
  "userAgent",
  "prevHash",
  "hash",
] as const;

/** RFC 4180 CSV (CRLF line ends), one row per event, `data` as JSON text. */
export function auditExportCsv(exported: CaseAuditExport): string {
  const rows = exported.events.map((e) =>
    CSV_COLUMNS.map((column) => csvCell(column === "data" ? JSON.stringify(e.data) : e[column])).join(","),
  );
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}
