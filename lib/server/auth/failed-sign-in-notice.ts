import "server-only";
import { db } from "@/lib/db/client";
import type { FailedSignInNotice } from "@/lib/i18n/sign-in-texts";

/** The failed sign-ins on this staff member's account before their current sign-in, if any not dismissed. */
export async function failedSignInNotice(userId: string): Promise<FailedSignInNotice | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { signInNoticeFailures: true, signInNoticeLastFailureAt: true },
  });
  if (!user?.signInNoticeLastFailureAt || user.signInNoticeFailures === 0) return null;
  return { failures: user.signInNoticeFailures, lastFailureAt: user.signInNoticeLastFailureAt };
}
