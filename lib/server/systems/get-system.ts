import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { systemProblems } from "./system-problems";

/**
 * One system for its page: the registration, its staff owners by name, its secrets (hints and dates only:
 * the values were shown once, when made) and how many of its tasks are in each state. `now` tells working
 * secrets from retired ones.
 */
export async function getSystem(systemId: string, actor: Actor, now = new Date()) {
  if (!can(actor.role, "systems:read")) throw systemProblems.forbidden();
  if (!/^[0-9a-f-]{36}$/i.test(systemId)) throw systemProblems.noSuchSystem();
  const system = await db().dataSystem.findUnique({ where: { id: systemId } });
  if (!system) throw systemProblems.noSuchSystem();
  const [owners, secrets, tasks] = await Promise.all([
    db().user.findMany({
      where: { id: { in: system.ownerIds } },
      select: { id: true, name: true, email: true, disabled: true },
      orderBy: { name: "asc" },
    }),
    db().systemSecret.findMany({
      where: { systemId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, kind: true, hint: true, createdAt: true, retiresAt: true },
    }),
    db().fulfilmentTask.groupBy({ by: ["state"], where: { systemId }, _count: { _all: true } }),
  ]);
  return {
    system,
    staffOwners: owners,
    secrets: secrets.map((s) => ({ ...s, working: s.retiresAt === null || s.retiresAt > now })),
    taskCounts: Object.fromEntries(tasks.map((t) => [t.state, t._count._all])) as Partial<Record<string, number>>,
  };
}

export type SystemDetail = Awaited<ReturnType<typeof getSystem>>;
