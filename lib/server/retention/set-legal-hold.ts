import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { setLegalHoldSchema } from "@/lib/domain/retention/legal-hold";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { writeNote } from "@/lib/server/cases/add-case-note";
import { changeCase } from "@/lib/server/cases/change-case";

/**
 * Places a case on legal hold (litigation, a regulator's inquiry) or lifts it. While on hold, retention
 * neither anonymizes the case nor deletes its documents. The reason is free text and may name people, so
 * it is kept as an internal note the audit event refers to by id. An anonymized case has nothing left
 * to hold.
 */
export function setLegalHold(input: z.input<typeof setLegalHoldSchema>, actor: Actor) {
  return changeCase(
    { actor, permission: "cases:hold", schema: setLegalHoldSchema, input },
    async ({ tx, data, found }) => {
      if (found.anonymizedAt) {
        throw new AppError("CONFLICT", "problems.anonymizedNothingToHold");
      }
      if (found.legalHold === data.hold) {
        throw new AppError("CONFLICT", data.hold ? "problems.alreadyOnHold" : "problems.notOnHold");
      }
      await tx.case.update({ where: { id: found.id }, data: { legalHold: data.hold } });
      const note = await writeNote(
        tx,
        found.id,
        data.reason,
        actor,
        data.hold ? "legal_hold_placed" : "legal_hold_lifted",
      );
      await recordAuditEvent(tx, {
        type: data.hold ? "case.legal_hold_placed" : "case.legal_hold_lifted",
        ...staffEvent(actor),
        caseId: found.id,
        data: { changes: { legalHold: { from: found.legalHold, to: data.hold } }, noteId: note.id },
      });
      return { legalHold: data.hold };
    },
  );
}
