import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { bulkAssignSchema } from "@/lib/domain/cases/case-forms";
import { roleMayTake } from "@/lib/domain/cases/workflow";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/server/parse-input";
import { assignCase } from "./assign-case";

/**
 * Assigns several cases, each in its own transaction through assignCase (role, status and version
 * checks included): one refused case does not undo the others, and the result names it with its refusal
 * (`error`, which the action words with `describeAppError`; `reason` is its key, for logs).
 */
export async function bulkAssignCases(input: z.input<typeof bulkAssignSchema>, actor: Actor) {
  if (!roleMayTake(actor.role, "assign")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const data = parseInput(bulkAssignSchema, input);
  const references = new Map(
    (await db().case.findMany({ where: { id: { in: data.caseIds } }, select: { id: true, reference: true } })).map(
      (c) => [c.id, c.reference],
    ),
  );
  let assigned = 0;
  const failed: { reference: string; reason: string; error: AppError }[] = [];
  for (const caseId of data.caseIds) {
    try {
      await assignCase({ caseId, assigneeId: data.assigneeId }, actor);
      assigned += 1;
    } catch (error) {
      if (!isAppError(error)) throw error;
      const reason = error.fieldErrors ? Object.values(error.fieldErrors).flat().join(" ") : error.key;
      failed.push({ reference: references.get(caseId) ?? caseId, reason, error });
    }
  }
  return { assigned, failed };
}
