import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { assignCaseSchema } from "@/lib/domain/cases/case-forms";
import { statusAfterWork } from "@/lib/domain/cases/workflow";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "./change-case";

const WORKING_ROLES = ["ADMIN", "PRIVACY_OFFICER", "ANALYST"];

/**
 * Assigns (or reassigns, or unassigns) a case. Analysts may take a case for themselves or give it back,
 * not hand it to others. The new assignee is told by email unless they assigned it to themselves.
 */
export function assignCase(input: z.input<typeof assignCaseSchema>, actor: Actor) {
  return changeCase({ actor, action: "assign", schema: assignCaseSchema, input }, async ({ tx, data, found }) => {
    if (actor.role === "ANALYST" && data.assigneeId !== null && data.assigneeId !== actor.id) {
      throw new AppError("FORBIDDEN", "problems.analystsAssignThemselves");
    }
    if (data.assigneeId === found.assigneeId) throw new AppError("CONFLICT", "problems.alreadyAssigned");
    const assignee = data.assigneeId
      ? await tx.user.findUnique({
          where: { id: data.assigneeId },
          select: { id: true, email: true, role: true, disabled: true, locale: true },
        })
      : null;
    if (data.assigneeId && (!assignee || assignee.disabled || !WORKING_ROLES.includes(assignee.role))) {
      throw new AppError("VALIDATION", "problems.checkFields", {
        assigneeId: ["choose_active_staff"],
      });
    }
    const status = statusAfterWork(found.status);
    await tx.case.update({ where: { id: found.id }, data: { assigneeId: data.assigneeId, status } });
    await recordAuditEvent(tx, {
      type: "case.assigned",
      ...staffEvent(actor),
      caseId: found.id,
      data: {
        changes: {
          assigneeId: { from: found.assigneeId, to: data.assigneeId },
          ...(status !== found.status ? { status: { from: found.status, to: status } } : {}),
        },
      },
    });
    if (assignee && assignee.id !== actor.id) {
      await enqueueEmail(tx, {
        template: "staff-assignment",
        to: assignee.email,
        locale: assignee.locale,
        caseId: found.id,
        payload: { reference: found.reference, caseId: found.id, assignedByName: actor.name },
      });
    }
    return { assigneeId: data.assigneeId };
  });
}
