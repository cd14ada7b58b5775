import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { decryptField } from "@/lib/crypto/field-encryption";
import { fieldKeys } from "@/lib/crypto/field-keys";
import { hashToken } from "@/lib/crypto/tokens";

/**
 * A system's secrets as the webhook worker and the result API read them. (Written by the WEBHOOKS work
 * with the exact signatures the plan fixes; the SYSTEMS work owns this file and the integrator keeps one.)
 */

/** The `whsec_` signing secrets of a system not yet retired at `now`, newest first: each signs every delivery. */
export async function activeSigningSecrets(tx: Db | Tx, systemId: string, now: Date): Promise<string[]> {
  const rows = await tx.systemSecret.findMany({
    where: { systemId, kind: "WEBHOOK_SIGNING", OR: [{ retiresAt: null }, { retiresAt: { gt: now } }] },
    orderBy: { createdAt: "desc" },
    select: { secretEncrypted: true },
  });
  const keys = fieldKeys().readable;
  return rows.flatMap((r) => (r.secretEncrypted ? [decryptField(r.secretEncrypted, keys)] : []));
}

/** The active system an API token (not retired at `now`) belongs to, or null for an unknown or retired one. */
export async function systemForApiToken(tx: Db | Tx, token: string, now: Date): Promise<{ id: string } | null> {
  if (!token) return null;
  const row = await tx.systemSecret.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { kind: true, retiresAt: true, system: { select: { id: true, active: true } } },
  });
  if (!row || row.kind !== "API_TOKEN" || (row.retiresAt && row.retiresAt <= now) || !row.system.active) return null;
  return { id: row.system.id };
}
