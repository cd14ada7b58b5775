import { createHash } from "node:crypto";

/**
 * The audit chain's hash, built exactly as the database builds it on insert (audit_event_canonical and
 * audit_event_hash in prisma/migrations/*_audit_chain): recomputing it here means a verifier does not
 * trust the database's own functions.
 */
export const AUDIT_CANONICAL_VERSION = "rightsdesk-audit-v1";

export interface ChainedEventContent {
  id: bigint;
  type: string;
  caseId: string | null;
  actorId: string | null;
  actorKind: string;
  /** The `data` column as PostgreSQL prints jsonb (`data::text`), which is canonical for a value. */
  dataText: string | null;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  prevHash: string | null;
}

// JSON.stringify escapes strings as PostgreSQL's to_json does for valid UTF-8 text (", \, \b \f \n \r \t,
// other control characters as lowercase \u00xx, everything else as is).
const literal = (value: string | null): string => (value === null ? "null" : JSON.stringify(value));

/** One line per field; JSON literals never contain a raw newline, so the text is unambiguous. */
export function auditCanonicalText(event: ChainedEventContent): string {
  return [
    AUDIT_CANONICAL_VERSION,
    event.id.toString(),
    literal(event.type),
    literal(event.caseId),
    literal(event.actorId),
    literal(event.actorKind),
    event.dataText ?? "null",
    literal(event.ip),
    literal(event.userAgent),
    literal(event.createdAt.toISOString()),
    literal(event.prevHash),
  ].join("\n");
}

/** Hex SHA-256 of the canonical text's UTF-8 bytes. */
export function auditEventHash(event: ChainedEventContent): string {
  return createHash("sha256").update(auditCanonicalText(event), "utf8").digest("hex");
}
