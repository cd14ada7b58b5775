import "server-only";
import type { Actor } from "@/lib/auth/guards";

/** The actor part of an audit event for a staff action: who, from where, with which browser. */
export function staffEvent(actor: Actor) {
  return {
    actorKind: "STAFF" as const,
    actorId: actor.id,
    ip: actor.ip ?? null,
    userAgent: actor.userAgent ?? null,
  };
}
