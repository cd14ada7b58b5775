import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { systemProblems } from "./system-problems";

/**
 * The staff accounts a system's owners are picked from: every enabled account, by name, and the system's
 * current owners (`keep`) even if disabled since, so saving the form does not drop them unasked.
 */
export async function staffOwnerChoices(
  actor: Actor,
  keep: readonly string[] = [],
): Promise<{ id: string; name: string; email: string; disabled: boolean }[]> {
  if (!can(actor.role, "systems:manage")) throw systemProblems.forbidden();
  return db().user.findMany({
    where: { OR: [{ disabled: false }, { id: { in: [...keep] } }] },
    select: { id: true, name: true, email: true, disabled: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
