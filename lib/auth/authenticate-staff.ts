import "server-only";
import { z } from "zod";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearSignInThrottle, normalizeEmail, reserveSignInAttempt } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { signInSchema } from "@/lib/domain/auth/sign-in";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { StaffRole } from "@/lib/auth/roles";

/** The failures that become the notice at the next sign-in. */
const movedFailuresRow = z.object({ failures: z.number().int() });

export type SignInFailureReason = "invalid" | "disabled" | "rate_limited";

export class SignInRefused extends AppError {
  constructor(
    readonly reason: SignInFailureReason,
    /** For "rate_limited": when this address may try this account again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(
      reason === "rate_limited" ? "RATE_LIMITED" : "UNAUTHENTICATED",
      reason === "rate_limited"
        ? "problems.tooManySignIns"
        : reason === "disabled"
          ? "signIn.disabled"
          : "signIn.invalid",
    );
  }
}

export interface AuthenticatedStaff {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

/**
 * Checks a staff member's email and password, from `clientAddress` (lib/auth/sign-in-throttle.ts). The
 * attempt is counted as a failure before the password is checked, and refused unchecked while this
 * address must wait; a success clears the count. Failures are not audited (anyone could write them
 * without end into the append-only trail): the owner's counter on User keeps how many there were, shown
 * on the staff pages at the next sign-in, and that sign-in's audit event carries the number.
 */
export async function authenticateStaff(
  input: unknown,
  { clientAddress }: { clientAddress: string },
  now = new Date(),
): Promise<AuthenticatedStaff> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new SignInRefused("invalid");
  const email = normalizeEmail(parsed.data.email);
  const prisma = db();

  const attempt = await reserveSignInAttempt(prisma, email, clientAddress, now);
  if (!attempt.ok) throw new SignInRefused("rate_limited", attempt.retryAfterSeconds);

  const user = await prisma.user.findUnique({ where: { email } });
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, parsed.data.password)
    : (await burnPasswordCheck(parsed.data.password), false);

  if (!user || !passwordOk) {
    if (user) {
      await prisma.user.update({
        where: { id: user.id },
        data: { failedSignIns: { increment: 1 }, lastFailedSignInAt: now },
      });
    }
    throw new SignInRefused("invalid");
  }
  // The attempt stays counted: a disabled account's password must not be confirmed at full speed.
  if (user.disabled) throw new SignInRefused("disabled");

  await prisma.$transaction(async (tx) => {
    await clearSignInThrottle(tx, attempt.reservation);
    // One statement: the failures counted up to now become the notice, and counting starts again.
    const [moved] = await queryRows(
      tx,
      movedFailuresRow,
      Prisma.sql`
      UPDATE "User" SET "lastSignInAt" = ${now}::timestamptz,
        "signInNoticeFailures" = "failedSignIns", "signInNoticeLastFailureAt" = "lastFailedSignInAt",
        "failedSignIns" = 0, "lastFailedSignInAt" = NULL
      WHERE id = ${user.id}::uuid
      RETURNING "signInNoticeFailures" AS failures`,
    );
    await recordAuditEvent(tx, {
      type: "auth.sign_in",
      actorKind: "STAFF",
      actorId: user.id,
      data: { failedSignInsBefore: moved?.failures ?? 0 },
    });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
