import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { stopStatusLinkSchema } from "@/lib/domain/status/status-page-forms";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";
import { statusLinkForToken } from "./case-for-status-token";

/**
 * "Stop this link working" on the status page: the requester who fears the link went further than their
 * mailbox (a forwarded email, a shared computer) revokes it; from then on it gets the same 404 as any
 * unknown link. Only that link: while the request is open, /status emails a new one. Audited with the
 * link's id.
 */
export async function stopStatusLink(input: z.input<typeof stopStatusLinkSchema>, now = new Date()): Promise<void> {
  const { token } = parseInput(stopStatusLinkSchema, input);
  await db().$transaction(async (tx) => {
    const link = await statusLinkForToken(tx, token, now);
    await tx.statusLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      type: "status_link.revoked",
      actorKind: "REQUESTER",
      caseId: link.caseId,
      data: { statusLinkId: link.id },
    });
  });
}
