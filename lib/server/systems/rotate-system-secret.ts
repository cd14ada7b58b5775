import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { rotateSystemSecretSchema } from "@/lib/domain/systems/system-forms";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { systemProblems } from "./system-problems";
import { activeSecrets, makeSystemSecret, SECRET_OVERLAP_MS, type NewSecret } from "./system-secrets";

const lockedSystemRow = z.object({ reach: z.string() });

/**
 * "Rotate": makes a new signing secret or API token for a WEBHOOK system, returned in clear to be shown
 * once, and retires the ones working now after the overlap (SECRET_OVERLAP_MS, 24 h): until then both
 * verify, so the system can switch without missing a delivery or a result. A secret already retiring
 * keeps its earlier time. `retireNow` (the secret leaked) ends every working one at once instead: signing
 * and the result API then use only the new one. The system row is locked, so two rotations at once queue.
 */
export async function rotateSystemSecret(
  input: z.input<typeof rotateSystemSecretSchema>,
  actor: Actor,
  now = new Date(),
): Promise<{ secret: NewSecret; retiresAt: Date; retiredIds: string[] }> {
  if (!can(actor.role, "systems:manage")) throw systemProblems.forbidden();
  const { systemId, kind, retireNow } = parseInput(rotateSystemSecretSchema, input);
  return db().$transaction(async (tx) => {
    const locked = await queryRows(
      tx,
      lockedSystemRow,
      Prisma.sql`SELECT reach::text AS reach FROM "DataSystem" WHERE id = ${systemId}::uuid FOR UPDATE`,
    );
    const system = locked[0];
    if (!system) throw systemProblems.noSuchSystem();
    if (system.reach !== "WEBHOOK") throw new AppError("CONFLICT", "problems.systemNotWebhook");
    const retiresAt = retireNow ? now : new Date(now.getTime() + SECRET_OVERLAP_MS);
    const working = await activeSecrets(tx, systemId, kind, now);
    const retiring = working.filter((s) => s.retiresAt === null || s.retiresAt > retiresAt).map((s) => s.id);
    if (retiring.length) {
      await tx.systemSecret.updateMany({ where: { id: { in: retiring } }, data: { retiresAt } });
    }
    const secret = await makeSystemSecret(tx, systemId, kind, actor.id, now);
    await recordAuditEvent(tx, {
      type: "system.secret_rotated",
      ...staffEvent(actor),
      data: {
        systemId,
        kind,
        secretId: secret.id,
        retiredIds: retiring,
        retiresAt: retiresAt.toISOString(),
        retiredAtOnce: retireNow === true,
      },
    });
    return { secret, retiresAt, retiredIds: retiring };
  });
}
