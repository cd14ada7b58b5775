import "server-only";
import { randomBytes } from "node:crypto";
import { decryptField, encryptField } from "@/lib/crypto/field-encryption";
import { fieldKeys } from "@/lib/crypto/field-keys";
import { hashToken } from "@/lib/crypto/tokens";
import type { Tx } from "@/lib/db/client";
import type { SystemSecretKind } from "@/lib/db/generated/enums";

/**
 * A data system's two secrets (docs/product-rules.md "Fulfilment"):
 * - the `whsec_` signing key its webhook deliveries are signed with (Standard Webhooks: "whsec_" and the
 *   base64 of 32 random bytes, HMAC-SHA256). Signing needs it back, so it is stored encrypted like personal
 *   data (lib/crypto/field-encryption.ts, re-encrypted by `npm run keys:rotate`);
 * - the bearer token it answers the result API with ("rdsk_" and 256 random bits, base64url), of which
 *   only the SHA-256 is kept.
 * Each is shown once, when made. Rotating makes a new one and gives the current ones `retiresAt`, after
 * an overlap during which both work: deliveries carry a signature per active key, both tokens answer.
 */

/** How long a rotated-out secret keeps working, so the system can switch without missing a delivery. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

export const SIGNING_SECRET_PREFIX = "whsec_";
export const API_TOKEN_PREFIX = "rdsk_";

export function newSigningSecret(): string {
  return `${SIGNING_SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Enough of a secret to tell it apart on the page, never enough to use: the prefix and four characters. */
export function secretHint(secret: string): string {
  const prefix = secret.startsWith(SIGNING_SECRET_PREFIX) ? SIGNING_SECRET_PREFIX : API_TOKEN_PREFIX;
  return `${secret.slice(0, prefix.length + 4)}…`;
}

/** A secret just made: its row id and the value, which exists nowhere else once the page showing it is left. */
export interface NewSecret {
  id: string;
  kind: SystemSecretKind;
  value: string;
}

/** Makes one secret of `kind` for the system inside the caller's transaction; returns it in clear (once). */
export async function makeSystemSecret(
  tx: Tx,
  systemId: string,
  kind: SystemSecretKind,
  createdById: string | null,
  now: Date,
): Promise<NewSecret> {
  const value = kind === "WEBHOOK_SIGNING" ? newSigningSecret() : newApiToken();
  const row = await tx.systemSecret.create({
    data: {
      systemId,
      kind,
      secretEncrypted: kind === "WEBHOOK_SIGNING" ? encryptField(value, fieldKeys().current) : null,
      tokenHash: kind === "API_TOKEN" ? hashToken(value) : null,
      hint: secretHint(value),
      createdById,
      createdAt: now,
    },
    select: { id: true },
  });
  return { id: row.id, kind, value };
}

/** Whether a secret still works at `now`. */
const activeAt = (now: Date) => ({ OR: [{ retiresAt: null }, { retiresAt: { gt: now } }] });

/** The secrets of `kind` still working at `now`, newest first. */
export async function activeSecrets(tx: Tx, systemId: string, kind: SystemSecretKind, now: Date) {
  return tx.systemSecret.findMany({
    where: { systemId, kind, ...activeAt(now) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/**
 * Every signing secret of the system still working at `now`, in clear, newest first: a delivery carries
 * one signature per secret, so during a rotation's overlap a receiver with either secret verifies it.
 */
export async function activeSigningSecrets(tx: Tx, systemId: string, now: Date): Promise<string[]> {
  const keys = fieldKeys().readable;
  const rows = await activeSecrets(tx, systemId, "WEBHOOK_SIGNING", now);
  return rows.flatMap((row) => (row.secretEncrypted ? [decryptField(row.secretEncrypted, keys)] : []));
}

/**
 * The system a result API token belongs to, if the token is one of its tokens still working at `now`
 * (by its hash: the token itself is never stored). Null for anything else, an expired token included.
 */
export async function systemForApiToken(tx: Tx, token: string, now: Date): Promise<{ id: string } | null> {
  if (typeof token !== "string" || !token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const row = await tx.systemSecret.findFirst({
    where: { tokenHash: hashToken(token), kind: "API_TOKEN", ...activeAt(now) },
    select: { systemId: true },
  });
  return row ? { id: row.systemId } : null;
}

/**
 * Gives a WEBHOOK system the secrets it lacks (a new system, or one switched from MANUAL): a signing
 * secret and an API token, unless one of that kind still works. Returns those made, to show once.
 */
export async function ensureWebhookSecrets(
  tx: Tx,
  systemId: string,
  createdById: string | null,
  now: Date,
): Promise<NewSecret[]> {
  const made: NewSecret[] = [];
  for (const kind of ["WEBHOOK_SIGNING", "API_TOKEN"] as const) {
    const current = await activeSecrets(tx, systemId, kind, now);
    if (current.length === 0) made.push(await makeSystemSecret(tx, systemId, kind, createdById, now));
  }
  return made;
}
