import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { statusLinksSchema } from "@/lib/domain/status/status-links";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";
import { addressKey } from "@/lib/server/rate-limit/address-key";
import { hitRateLimits } from "@/lib/server/rate-limit/hit-rate-limit";
import { issueStatusLink } from "@/lib/server/intake/status-link";

/**
 * Sends fresh status links for the open, confirmed requests of an address; each replaces every earlier
 * link of its request, which stops working (audited per case). The answer is the same whether or not
 * there are any, so the form reveals nothing about who has asked us what.
 */
export async function sendStatusLinks(
  input: z.input<typeof statusLinksSchema>,
  ip: string,
  now = new Date(),
): Promise<void> {
  const { email } = parseInput(statusLinksSchema, input);
  const prisma = db();
  const message = "problems.tooManyLinkRequests";
  await hitRateLimits(
    prisma,
    [
      { key: `status-links:ip:${ip}`, limit: 10, windowMs: 3_600_000, message },
      { key: `status-links:email:${addressKey(email)}`, limit: 3, windowMs: 86_400_000, message },
    ],
    now,
  );
  await prisma.$transaction(async (tx) => {
    const cases = await tx.case.findMany({
      where: { status: { notIn: ["UNVERIFIED", "CLOSED"] }, requester: { email, emailVerifiedAt: { not: null } } },
      select: { id: true, reference: true, requester: { select: { locale: true } } },
      orderBy: { receivedAt: "desc" },
      take: 20,
    });
    if (cases.length === 0) return;
    const links = [];
    for (const c of cases) {
      const { token, revoked } = await issueStatusLink(tx, c.id, now);
      links.push({ reference: c.reference, statusToken: token });
      // Whoever typed the address, the new link goes only to the requester's mailbox.
      await recordAuditEvent(tx, {
        type: "status_link.resent",
        actorKind: "REQUESTER",
        caseId: c.id,
        data: { revokedLinks: revoked },
      });
    }
    await enqueueEmail(tx, {
      template: "requester-status-links",
      to: email,
      locale: cases[0]!.requester.locale,
      payload: { links },
    });
  });
}
