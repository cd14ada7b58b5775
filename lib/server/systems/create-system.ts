import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { systemFieldsSchema, systemNameKey } from "@/lib/domain/systems/system-schema";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { enabledStaffIds } from "./enabled-staff";
import { lockSystemNames } from "./lock-system-names";
import { systemProblems } from "./system-problems";
import { ensureWebhookSecrets, type NewSecret } from "./system-secrets";

/**
 * An administrator or privacy officer registers a system that holds personal data. A WEBHOOK system gets
 * its signing secret and API token here, returned in clear to be shown once (only the encrypted secret
 * and the token's hash are kept). Audited with ids, codes and counts: owners' addresses are personal data.
 */
export async function createSystem(
  input: z.input<typeof systemFieldsSchema>,
  actor: Actor,
  now = new Date(),
): Promise<{ systemId: string; secrets: NewSecret[] }> {
  if (!can(actor.role, "systems:manage")) throw systemProblems.forbidden();
  const fields = parseInput(systemFieldsSchema, input);
  return db().$transaction(async (tx) => {
    const taken = await lockSystemNames(tx);
    if (taken.has(systemNameKey(fields.name))) throw systemProblems.duplicateName();
    const enabled = await enabledStaffIds(tx, fields.ownerIds);
    if (fields.ownerIds.some((id) => !enabled.has(id))) throw systemProblems.unknownOwners();
    const system = await tx.dataSystem.create({ data: fields, select: { id: true } });
    const secrets = fields.reach === "WEBHOOK" ? await ensureWebhookSecrets(tx, system.id, actor.id, now) : [];
    await recordAuditEvent(tx, {
      type: "system.created",
      ...staffEvent(actor),
      data: {
        systemId: system.id,
        reach: fields.reach,
        active: fields.active,
        locale: fields.locale,
        requestTypes: fields.requestTypes,
        regimes: fields.regimes,
        ownerIds: fields.ownerIds,
        ownerEmails: fields.ownerEmails.length,
        dataCategories: fields.dataCategories.length,
        secretIds: secrets.map((s) => s.id),
      },
    });
    return { systemId: system.id, secrets };
  });
}
