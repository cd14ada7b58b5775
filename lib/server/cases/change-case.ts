import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can, type Permission } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { rethrowCalendarError } from "@/lib/server/deadlines/calendar-error";
import { parseInput } from "@/lib/server/parse-input";
import { bumpCaseVersion, lockCase } from "./lock-case";

type CaseInput = { caseId: string; expectedVersion?: number };
export type LockedCase = Awaited<ReturnType<typeof lockCase>>;

/**
 * The skeleton of every use-case that changes one case: check the role (failing closed), validate,
 * then in one transaction lock the case (checking the version the caller saw), apply the change, which
 * writes its own audit event and emails, and bump the version.
 */
export async function changeCase<S extends z.ZodType<CaseInput>, R>(
  options: { actor: Actor; permission: Permission; schema: S; input: unknown },
  change: (context: { tx: Tx; data: z.infer<S>; found: LockedCase }) => Promise<R>,
): Promise<R & { version: number }> {
  if (!can(options.actor.role, options.permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
  const data = parseInput(options.schema, options.input);
  try {
    return await db().$transaction(async (tx) => {
      const found = await lockCase(tx, data.caseId, data.expectedVersion);
      const result = await change({ tx, data, found });
      const version = await bumpCaseVersion(tx, data.caseId);
      return { ...result, version };
    });
  } catch (error) {
    rethrowCalendarError(error);
  }
}
