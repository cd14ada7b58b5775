import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Regime, RequestType, SystemReach } from "@/lib/db/generated/enums";
import type { SystemFilters } from "@/lib/domain/systems/system-forms";
import { systemProblems } from "./system-problems";

export const SYSTEM_PAGE_SIZE = 200;

export interface SystemRow {
  id: string;
  name: string;
  description: string | null;
  reach: SystemReach;
  requestTypes: RequestType[];
  /** Empty: every regime. */
  regimes: Regime[];
  dataCategories: string[];
  /** Staff owners and outside owners. */
  owners: number;
  active: boolean;
  /** Its tasks still waiting for someone (OPEN or FAILED). */
  unfinishedTasks: number;
}

const fold = (text: string) => text.normalize("NFKC").toLowerCase();

/**
 * The registry for its page, by name: with search text, the systems whose name, description, data
 * categories, webhook URL or outside owners' addresses contain it (case and width ignored). At most
 * SYSTEM_PAGE_SIZE.
 */
export async function listSystems(filters: SystemFilters, actor: Actor): Promise<{ rows: SystemRow[]; more: boolean }> {
  if (!can(actor.role, "systems:read")) throw systemProblems.forbidden();
  const where = filters.active === "all" ? {} : { active: filters.active === "active" };
  const systems = (await db().dataSystem.findMany({ where })).sort((a, b) => a.name.localeCompare(b.name));
  const needle = fold(filters.q);
  const found = needle
    ? systems.filter((s) =>
        [s.name, s.description ?? "", s.webhookUrl ?? "", ...s.dataCategories, ...s.ownerEmails].some((text) =>
          fold(text).includes(needle),
        ),
      )
    : systems;
  const page = found.slice(0, SYSTEM_PAGE_SIZE);
  const counts = await db().fulfilmentTask.groupBy({
    by: ["systemId"],
    where: { systemId: { in: page.map((s) => s.id) }, state: { in: ["OPEN", "FAILED"] } },
    _count: { _all: true },
  });
  const unfinishedOf = new Map(counts.map((c) => [c.systemId, c._count._all]));
  return {
    more: found.length > page.length,
    rows: page.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      reach: s.reach,
      requestTypes: s.requestTypes,
      regimes: s.regimes,
      dataCategories: s.dataCategories,
      owners: s.ownerIds.length + s.ownerEmails.length,
      active: s.active,
      unfinishedTasks: unfinishedOf.get(s.id) ?? 0,
    })),
  };
}
