import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { caseReferenceSchema } from "@/lib/domain/cases/case-fields";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";

/** A case's status and clock by its reference: one read through the unique index on reference. */
export async function getCaseSummary(reference: string, actor: Actor) {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const parsed = caseReferenceSchema.safeParse(reference);
  if (!parsed.success)
    throw new AppError("VALIDATION", "problems.invalidReference", {
      reference: parsed.error.issues.map((i) => i.message),
    });
  const found = await db().case.findUnique({
    where: { reference: parsed.data },
    select: {
      reference: true,
      type: true,
      status: true,
      regime: true,
      channel: true,
      receivedAt: true,
      dueAt: true,
      outcome: true,
      assigneeId: true,
    },
  });
  if (!found || !canSeeCase(actor, found.assigneeId)) throw new AppError("NOT_FOUND", "problems.noCaseWithReference");
  const { assigneeId: _assigneeId, ...summary } = found;
  return summary;
}
