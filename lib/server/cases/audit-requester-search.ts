import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { searchHash } from "@/lib/crypto/search-hash";
import type { Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";

export interface RequesterSearch {
  /** The email address searched for (never stored: only its keyed hash). */
  q: string;
  via: "queue" | "export";
  /** How many cases the search matched for this actor. */
  matches: number;
  /** The cases shown or exported. */
  found: { id: string; requesterId: string }[];
}

/**
 * A search by email tells the searcher whether that person asked us anything and shows their cases, so it
 * is audited like a reveal (`requester.revealed`): one `requester.searched` event per case found, on the
 * case's timeline and naming the requester by id, or one event without a case when nothing matched (a
 * probe leaves a trace too). The address itself stays out of the trail, which outlives personal data; its
 * keyed hash (lib/crypto/search-hash.ts) lets an auditor check whether a given address was searched.
 */
export async function auditRequesterSearch(tx: Tx, search: RequesterSearch, actor: Actor): Promise<void> {
  const data = { by: "email", via: search.via, matches: search.matches, ...searchHash(search.q) };
  if (search.found.length === 0) {
    await recordAuditEvent(tx, { type: "requester.searched", ...staffEvent(actor), data });
    return;
  }
  for (const found of search.found) {
    await recordAuditEvent(tx, {
      type: "requester.searched",
      ...staffEvent(actor),
      caseId: found.id,
      data: { ...data, requesterId: found.requesterId },
    });
  }
}
