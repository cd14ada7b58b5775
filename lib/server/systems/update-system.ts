import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { updateSystemSchema } from "@/lib/domain/systems/system-forms";
import { systemNameKey } from "@/lib/domain/systems/system-schema";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { enabledStaffIds } from "./enabled-staff";
import { lockSystemNames } from "./lock-system-names";
import { systemProblems } from "./system-problems";
import { ensureWebhookSecrets, type NewSecret } from "./system-secrets";

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Fields whose values are codes, not personal data: their change is audited with from and to. */
const CODED = ["reach", "active", "locale", "requestTypes", "regimes"] as const;

/**
 * Changes a system's registration. A staff owner kept from before may stay even if the account was
 * disabled since (so an unrelated edit is not refused); a new one must be an enabled account. A system
 * switched to WEBHOOK gets the secrets it lacks, returned in clear to be shown once; one switched back to
 * MANUAL has every secret retired at once. The audit event
 * names the fields that changed, with from and to for the coded ones; owners' addresses, the description,
 * categories and the URL only by name.
 */
export async function updateSystem(
  input: z.input<typeof updateSystemSchema>,
  actor: Actor,
  now = new Date(),
): Promise<{ changed: string[]; secrets: NewSecret[] }> {
  if (!can(actor.role, "systems:manage")) throw systemProblems.forbidden();
  const { systemId, expectedUpdatedAt, ...fields } = parseInput(updateSystemSchema, input);
  return db().$transaction(async (tx) => {
    const taken = await lockSystemNames(tx);
    // The row too: a rotation at the same time (which takes only the row) waits, so secrets are made once.
    await tx.$executeRaw`SELECT 1 FROM "DataSystem" WHERE id = ${systemId}::uuid FOR UPDATE`;
    const current = await tx.dataSystem.findUnique({ where: { id: systemId } });
    if (!current) throw systemProblems.noSuchSystem();
    if (expectedUpdatedAt && current.updatedAt.getTime() !== new Date(expectedUpdatedAt).getTime()) {
      throw new AppError("CONFLICT", "problems.systemChangedMeanwhile");
    }
    const holder = taken.get(systemNameKey(fields.name));
    if (holder && holder !== systemId) throw systemProblems.duplicateName();
    const added = fields.ownerIds.filter((id) => !current.ownerIds.includes(id));
    const enabled = await enabledStaffIds(tx, added);
    if (added.some((id) => !enabled.has(id))) throw systemProblems.unknownOwners();

    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => {
      const before = current[key];
      const after = fields[key];
      return Array.isArray(before) && Array.isArray(after)
        ? !sameList(before as string[], after as string[])
        : before !== after;
    });
    const secrets =
      fields.reach === "WEBHOOK" ? await ensureWebhookSecrets(tx, systemId, actor.id, now) : ([] as NewSecret[]);
    // A system no longer reached by webhook keeps no working secret: its token could still answer tasks.
    const retired =
      current.reach === "WEBHOOK" && fields.reach === "MANUAL"
        ? await tx.systemSecret.updateManyAndReturn({
            where: { systemId, OR: [{ retiresAt: null }, { retiresAt: { gt: now } }] },
            data: { retiresAt: now },
            select: { id: true },
          })
        : [];
    if (changed.length === 0 && secrets.length === 0) return { changed, secrets };
    if (changed.length > 0) await tx.dataSystem.update({ where: { id: systemId }, data: fields });
    const changes = Object.fromEntries(
      CODED.filter((key) => changed.includes(key)).map((key) => [key, { from: current[key], to: fields[key] }]),
    );
    await recordAuditEvent(tx, {
      type: "system.updated",
      ...staffEvent(actor),
      data: {
        systemId,
        changed,
        ...(Object.keys(changes).length ? { changes } : {}),
        ...(changed.includes("ownerIds")
          ? {
              ownersAdded: added,
              ownersRemoved: current.ownerIds.filter((id) => !fields.ownerIds.includes(id)),
            }
          : {}),
        secretIds: secrets.map((s) => s.id),
        ...(retired.length ? { retiredSecretIds: retired.map((s) => s.id) } : {}),
      },
    });
    return { changed, secrets };
  });
}
