import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can, type Permission } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db/client";
import { canSeeCase, checkAction, roleMayTake, type CaseAction } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";
import { rethrowCalendarError } from "@/lib/server/deadlines/calendar-error";
import { parseInput } from "@/lib/server/parse-input";
import { bumpCaseVersion, lockCase } from "./lock-case";

type CaseInput = { caseId: string; expectedVersion?: number };
export type LockedCase = Awaited<ReturnType<typeof lockCase>>;

/** What a change is: a workflow action (role, case visibility and status checked) or a bare permission. */
type Guard = { action: CaseAction } | { permission: Permission };

function roleAllows(actor: Actor, guard: Guard): boolean {
  return "action" in guard ? roleMayTake(actor.role, guard.action) : can(actor.role, guard.permission);
}

/**
 * The skeleton of every use-case that changes one case: check the role (failing closed), validate,
 * then in one transaction lock the case (checking the version the caller saw), check that the action
 * is open for this case's status and visible to this actor, apply the change, which writes its own
 * audit event and emails, and bump the version.
 */
export async function changeCase<S extends z.ZodType<CaseInput>, R>(
  options: Guard & { actor: Actor; schema: S; input: unknown },
  change: (context: { tx: Tx; data: z.infer<S>; found: LockedCase }) => Promise<R>,
): Promise<R & { version: number }> {
  const { actor } = options;
  if (!roleAllows(actor, options)) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const data = parseInput(options.schema, options.input);
  try {
    return await db().$transaction(async (tx) => {
      const found = await lockCase(tx, data.caseId, data.expectedVersion);
      if (!canSeeCase(actor, found.assigneeId)) {
        throw new AppError("FORBIDDEN", "problems.caseAssignedElsewhere");
      }
      if ("action" in options) {
        const check = checkAction(options.action, actor, {
          status: found.status,
          outcome: found.outcome,
          assigneeId: found.assigneeId,
          anonymized: found.anonymizedAt !== null,
        });
        if (!check.allowed) throw new AppError("CONFLICT", check.reason);
      }
      const result = await change({ tx, data, found });
      const version = await bumpCaseVersion(tx, data.caseId);
      return { ...result, version };
    });
  } catch (error) {
    rethrowCalendarError(error);
  }
}
