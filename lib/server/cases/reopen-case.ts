import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { reopenCaseSchema } from "@/lib/domain/cases/case-forms";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { recomputeCaseDeadline } from "@/lib/server/deadlines/case-deadline";
import { revokeLinksOnReopen } from "@/lib/server/routing/revoke-links-on-reopen";
import { writeNote } from "./add-case-note";
import { changeCase } from "./change-case";

/**
 * Reopens a closed case with a reason (kept as an internal note, referred to by the audit event). The
 * deadline stays the one the law set; reminders start again if it is still ahead. Links sent to a
 * customer stop working: the case is ours again, and a late answer through them must not close it.
 */
export function reopenCase(input: z.input<typeof reopenCaseSchema>, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "reopen", schema: reopenCaseSchema, input }, async ({ tx, data, found }) => {
    const revokedRoutingIds = await revokeLinksOnReopen(tx, found.id, now);
    await tx.case.update({
      where: { id: found.id },
      data: {
        status: "IN_PROGRESS",
        outcome: null,
        closedAt: null,
        denialReason: null,
        closureText: null,
        duplicateOfId: null,
        ...(revokedRoutingIds.length ? { routingState: "REVOKED" as const } : {}),
      },
    });
    await recomputeCaseDeadline(tx, found.id, now);
    const note = await writeNote(tx, found.id, data.reason, actor, "reopen-reason");
    await recordAuditEvent(tx, {
      type: "case.reopened",
      ...staffEvent(actor),
      caseId: found.id,
      data: {
        changes: {
          status: { from: "CLOSED", to: "IN_PROGRESS" },
          outcome: { from: found.outcome, to: null },
          ...(revokedRoutingIds.length ? { routingState: { from: found.routingState, to: "REVOKED" } } : {}),
        },
        reasonNoteId: note.id,
        revokedRoutingIds,
      },
    });
    return { status: "IN_PROGRESS" as const };
  });
}
