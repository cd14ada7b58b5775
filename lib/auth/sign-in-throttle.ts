import type { Tx, Db } from "@/lib/db/client";

/** After this many failed sign-ins for one account within the window, further attempts are refused. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function isSignInLocked(client: Db | Tx, email: string, now = new Date()): Promise<boolean> {
  const failures = await client.signInFailure.count({
    where: { email: normalizeEmail(email), createdAt: { gt: new Date(now.getTime() - SIGN_IN_WINDOW_MS) } },
  });
  return failures >= SIGN_IN_MAX_FAILURES;
}
