import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { systemProblems } from "./system-problems";

/** The staff accounts a system's owners are picked from: every enabled account, by name. */
export async function staffOwnerChoices(actor: Actor): Promise<{ id: string; name: string; email: string }[]> {
  if (!can(actor.role, "systems:manage")) throw systemProblems.forbidden();
  return db().user.findMany({
    where: { disabled: false },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
