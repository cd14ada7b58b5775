import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";

export type ActorKind = "SYSTEM" | "STAFF" | "REQUESTER" | "CUSTOMER";

export interface AuditEventInput {
  type: string;
  actorKind: ActorKind;
  actorId?: string | null;
  caseId?: string | null;
  /** Ids, codes and counts only: the audit trail outlives the personal data it refers to. */
  data?: Prisma.InputJsonValue;
  /** For staff actions: the client's address and browser (kept as given, the user agent cut to 500 characters). */
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Appends an audit event inside the caller's transaction, so it exists exactly when the change does. The
 * database chains it to the previous event (prevHash, hash) and refuses any later change to it.
 */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      type: event.type,
      actorKind: event.actorKind,
      actorId: event.actorId ?? null,
      caseId: event.caseId ?? null,
      data: event.data ?? {},
      ip: event.ip ?? null,
      userAgent: event.userAgent?.slice(0, 500) ?? null,
    },
  });
}
