import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { statusAfterWork } from "@/lib/domain/cases/workflow";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { caseInput } from "./case-input";
import { changeCase } from "./change-case";

export const assignCaseSchema = z.object({
  ...caseInput,
  /** The staff member to assign, or null to leave the case unassigned. */
  assigneeId: z.preprocess(
    (v) => (v === "" || v === "none" ? null : v),
    z.union([z.string().uuid("Choose a staff member."), z.null()], { message: "Choose a staff member." }),
  ),
});

const WORKING_ROLES = ["ADMIN", "PRIVACY_OFFICER", "ANALYST"];

/**
 * Assigns (or reassigns, or unassigns) a case. Analysts may take a case for themselves or give it back,
 * not hand it to others. The new assignee is told by email unless they assigned it to themselves.
 */
export function assignCase(input: unknown, actor: Actor) {
  return changeCase({ actor, action: "assign", schema: assignCaseSchema, input }, async ({ tx, data, found }) => {
    if (actor.role === "ANALYST" && data.assigneeId !== null && data.assigneeId !== actor.id) {
      throw new AppError("FORBIDDEN", "Analysts can assign cases to themselves only.");
    }
    if (data.assigneeId === found.assigneeId) throw new AppError("CONFLICT", "The case is already assigned so.");
    const assignee = data.assigneeId
      ? await tx.user.findUnique({
          where: { id: data.assigneeId },
          select: { id: true, email: true, role: true, disabled: true },
        })
      : null;
    if (data.assigneeId && (!assignee || assignee.disabled || !WORKING_ROLES.includes(assignee.role))) {
      throw new AppError("VALIDATION", "Check the highlighted fields.", {
        assigneeId: ["Choose an active staff member who can work cases."],
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
        caseId: found.id,
        payload: { reference: found.reference, caseId: found.id, assignedByName: actor.name },
      });
    }
    return { assigneeId: data.assigneeId };
  });
}
