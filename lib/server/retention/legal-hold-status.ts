import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";
import { loadRetentionPolicy } from "./retention-policy-store";

const DAY_MS = 86_400_000;

/**
 * What the case page shows about retention: the hold, when the case was anonymized, or, for a closed
 * case, when its personal data is due to go under the current policy.
 */
export async function legalHoldStatus(caseId: string, actor: Actor) {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const found = await db().case.findUnique({
    where: { id: caseId },
    select: { id: true, version: true, legalHold: true, anonymizedAt: true, closedAt: true, assigneeId: true },
  });
  if (!found || !canSeeCase(actor, found.assigneeId)) throw new AppError("NOT_FOUND", "problems.noSuchCase");
  const policy = await loadRetentionPolicy(db());
  return {
    caseId: found.id,
    version: found.version,
    legalHold: found.legalHold,
    anonymizedAt: found.anonymizedAt,
    anonymizesAt:
      found.closedAt && !found.anonymizedAt
        ? new Date(found.closedAt.getTime() + policy.closedCaseDays * DAY_MS)
        : null,
    canChange: can(actor.role, "cases:hold") && !found.anonymizedAt,
  };
}
