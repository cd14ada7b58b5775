import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";

/** A staff member's own settings, as their profile page shows them. */
export async function staffProfile(actor: Actor) {
  return db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
}
