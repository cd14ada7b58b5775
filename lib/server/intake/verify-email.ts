import "server-only";
import type { z } from "zod";
import { hashCode, hashToken, sameHash } from "@/lib/crypto/tokens";
import { openCaseWhere } from "@/lib/db/case-rules";
import { db, type Tx } from "@/lib/db/client";
import { verifyCodeSchema, verifyLinkSchema } from "@/lib/domain/intake/verification";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { createCaseTasks } from "@/lib/server/fulfilment/create-case-tasks";
import { parseInput } from "@/lib/server/parse-input";
import { issueStatusLink } from "./status-link";
import { checkWrongCodesToday, countWrongCode } from "./verification-limits";

export const MAX_FAILED_CODES = 5;

/**
 * What the confirmation page shows the person who has just confirmed: the reference, the due date and
 * the status link's token, the same one the acknowledgement email carries (a case has one working link).
 * Absent when the address was confirmed before: the page then issues no link, so an old verification
 * link or a known request id cannot mint a new one (that would also revoke the emailed link).
 */
export interface Confirmation {
  reference: string;
  dueDate: string;
  statusToken: string;
}

export type VerificationResult = {
  verified: true;
  caseId: string;
  alreadyVerified: boolean;
  confirmation?: Confirmation;
};

const expired = () => new AppError("CONFLICT", "problems.linkOrCodeExpired");

/** The link from the verification email. */
export async function verifyByLink(
  input: z.input<typeof verifyLinkSchema>,
  now = new Date(),
): Promise<VerificationResult> {
  const { token } = parseInput(verifyLinkSchema, input, "problems.verificationLinkInvalid");
  return db().$transaction(async (tx) => {
    const found = await tx.caseVerification.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!found) throw new AppError("NOT_FOUND", "problems.verificationLinkInvalid");
    if (found.verifiedAt) return { verified: true, caseId: found.caseId, alreadyVerified: true };
    if (found.expiresAt <= now) throw expired();
    const confirmation = await completeVerification(tx, found.caseId, now);
    return { verified: true, caseId: found.caseId, alreadyVerified: false, confirmation };
  });
}

/**
 * The 6-digit code typed on the page; after 5 wrong codes that code is locked, and after
 * VERIFICATION_CODE_FAILURES_PER_ADDRESS_DAY wrong codes for one address in a day (over all its requests,
 * new codes included) no code for it is checked until the next day: otherwise filing requests naming
 * someone's address would give unlimited guesses at one of their codes.
 */
export async function verifyByCode(
  input: z.input<typeof verifyCodeSchema>,
  now = new Date(),
): Promise<VerificationResult> {
  const { caseId, code } = parseInput(verifyCodeSchema, input);
  const outcome = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "caseId" FROM "CaseVerification" WHERE "caseId" = ${caseId}::uuid FOR UPDATE`;
    const found = await tx.caseVerification.findUnique({
      where: { caseId },
      include: { case: { select: { requester: { select: { email: true } } } } },
    });
    if (!found) throw new AppError("NOT_FOUND", "problems.requestNotFound");
    if (found.verifiedAt) return { verified: true as const, caseId, alreadyVerified: true };
    if (found.expiresAt <= now) throw expired();
    if (found.failedCodes >= MAX_FAILED_CODES) {
      throw new AppError("CONFLICT", "problems.tooManyWrongCodes");
    }
    const email = found.case.requester.email;
    const leftToday = await checkWrongCodesToday(tx, email, now);
    if (!sameHash(found.codeHash, hashCode(code, caseId))) {
      const failed = found.failedCodes + 1;
      await tx.caseVerification.update({ where: { caseId }, data: { failedCodes: failed } });
      await countWrongCode(tx, email, now);
      return { verified: false as const, left: MAX_FAILED_CODES - failed, leftToday: leftToday - 1 };
    }
    const confirmation = await completeVerification(tx, caseId, now);
    return { verified: true as const, caseId, alreadyVerified: false, confirmation };
  });
  // The failed attempt is committed before the refusal, so the count holds.
  if (!outcome.verified) {
    throw new AppError("VALIDATION", "problems.codeWrong", { code: [wrongCodeKey(outcome)] });
  }
  return outcome;
}

/**
 * What a wrong code answers: how many tries are left (the fewer of this code's and the address's today,
 * as "code_wrong:<n>", translated with the number), or why none is.
 */
function wrongCodeKey({ left, leftToday }: { left: number; leftToday: number }): string {
  if (leftToday <= 0) return "code_daily_limit";
  if (left <= 0) return "code_locked";
  return `code_wrong:${Math.min(left, leftToday)}`;
}

/**
 * The address is confirmed: the case enters the queue (NEW), the requester gets the reference, the due
 * date and the private status link, and a second open request of the same type from the same verified
 * address is flagged as a possible duplicate. The systems holding the person's data get their tasks
 * (lib/server/fulfilment/create-case-tasks.ts), unless the request names a business customer.
 */
async function completeVerification(tx: Tx, caseId: string, now: Date): Promise<Confirmation> {
  const found = await tx.case.findUniqueOrThrow({ where: { id: caseId }, include: { requester: true } });
  if (found.status !== "UNVERIFIED") throw new AppError("CONFLICT", "problems.requestClosed");
  const duplicate = await tx.case.findFirst({
    where: {
      id: { not: caseId },
      type: found.type,
      ...openCaseWhere,
      requester: { email: found.requester.email, emailVerifiedAt: { not: null } },
    },
    orderBy: { receivedAt: "asc" },
    select: { id: true },
  });
  await tx.caseVerification.update({ where: { caseId }, data: { verifiedAt: now } });
  await tx.requester.update({ where: { id: found.requesterId }, data: { emailVerifiedAt: now } });
  await tx.case.update({
    where: { id: caseId },
    data: { status: "NEW", possibleDuplicateOfId: duplicate?.id ?? null, version: { increment: 1 } },
  });
  await recordAuditEvent(tx, {
    type: "case.email_verified",
    actorKind: "REQUESTER",
    caseId,
    data: duplicate ? { possibleDuplicateOf: duplicate.id } : {},
  });
  await createCaseTasks(tx, found, now);
  const confirmation = {
    reference: found.reference,
    dueDate: found.dueDate,
    statusToken: (await issueStatusLink(tx, caseId, now)).token,
  };
  await enqueueEmail(tx, {
    template: "requester-acknowledgement",
    to: found.requester.email,
    locale: found.requester.locale,
    caseId,
    payload: confirmation,
  });
  return confirmation;
}
