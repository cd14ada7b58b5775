import "server-only";
import type { z } from "zod";
import { hashCode, newCode, newLinkToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { resendVerificationSchema } from "@/lib/domain/intake/verification";
import { queryRows } from "@/lib/db/typed-rows";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";
import { takenRow } from "@/lib/server/rate-limit/take-one-sql";
import { VERIFICATION_TTL_MS } from "./submit-request";
import { verificationEmailQuotaSql, verificationEmailsHeld } from "./verification-limits";

export const MAX_RESENDS = 3;

/**
 * A new link and code for an unverified request (the old ones stop working), at most 3 times, and only
 * while the mailbox has not had VERIFICATION_EMAILS_PER_ADDRESS_DAY verification emails today (otherwise
 * nothing changes: the codes already sent still work). The answer never says more than the form already
 * knows.
 */
export async function resendVerification(
  input: z.input<typeof resendVerificationSchema>,
  now = new Date(),
): Promise<void> {
  const { caseId } = parseInput(resendVerificationSchema, input);
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "caseId" FROM "CaseVerification" WHERE "caseId" = ${caseId}::uuid FOR UPDATE`;
    const found = await tx.caseVerification.findUnique({
      where: { caseId },
      include: { case: { select: { status: true, requester: { select: { email: true, locale: true } } } } },
    });
    if (!found || found.case.status !== "UNVERIFIED" || found.verifiedAt) {
      throw new AppError("NOT_FOUND", "problems.noRequestAwaitingConfirmation");
    }
    if (found.resends >= MAX_RESENDS) {
      throw new AppError("RATE_LIMITED", "problems.codesAlreadySent");
    }
    const counted = await queryRows(tx, takenRow, verificationEmailQuotaSql(found.case.requester.email, now));
    if (counted.length === 0) throw verificationEmailsHeld(now);
    const link = newLinkToken();
    const code = newCode();
    await tx.caseVerification.update({
      where: { caseId },
      data: {
        tokenHash: link.hash,
        codeHash: hashCode(code, caseId),
        expiresAt: new Date(now.getTime() + VERIFICATION_TTL_MS),
        failedCodes: 0,
        resends: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, { type: "case.verification_resent", actorKind: "REQUESTER", caseId });
    await enqueueEmail(tx, {
      template: "requester-verification",
      to: found.case.requester.email,
      locale: found.case.requester.locale,
      caseId,
      payload: { token: link.token, code },
    });
  });
}
