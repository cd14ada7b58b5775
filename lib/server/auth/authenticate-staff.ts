import { z } from "zod";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { isSignInLocked, normalizeEmail } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { StaffRole } from "@/lib/auth/roles";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});

export type SignInFailureReason = "invalid" | "disabled" | "rate_limited";

export class SignInRefused extends AppError {
  constructor(readonly reason: SignInFailureReason) {
    super(
      reason === "rate_limited" ? "RATE_LIMITED" : "UNAUTHENTICATED",
      reason === "rate_limited"
        ? "Too many failed sign-in attempts. Try again later."
        : reason === "disabled"
          ? "This account is disabled. Ask an administrator."
          : "The email or password is not correct.",
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
 * Checks a staff member's email and password. Failures are counted per account; after 5 within
 * 15 minutes every attempt is refused, right or wrong, until the window passes.
 */
export async function authenticateStaff(input: unknown, now = new Date()): Promise<AuthenticatedStaff> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new SignInRefused("invalid");
  const email = normalizeEmail(parsed.data.email);
  const prisma = db();

  if (await isSignInLocked(prisma, email, now)) {
    await prisma.$transaction((tx) =>
      recordAuditEvent(tx, { type: "auth.sign_in_throttled", actorKind: "SYSTEM", data: {} }),
    );
    throw new SignInRefused("rate_limited");
  }

  const user = await prisma.user.findUnique({ where: { email } });
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, parsed.data.password)
    : (await burnPasswordCheck(parsed.data.password), false);

  if (!user || !passwordOk || user.disabled) {
    const reason: SignInFailureReason = user && passwordOk ? "disabled" : "invalid";
    await prisma.$transaction(async (tx) => {
      await tx.signInFailure.create({ data: { email, userId: user?.id ?? null, createdAt: now } });
      await recordAuditEvent(tx, {
        type: "auth.sign_in_failed",
        actorKind: "SYSTEM",
        actorId: user?.id ?? null,
        data: { reason },
      });
    });
    throw new SignInRefused(reason);
  }

  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await tx.signInFailure.deleteMany({ where: { email } });
    await recordAuditEvent(tx, { type: "auth.sign_in", actorKind: "STAFF", actorId: user.id });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
