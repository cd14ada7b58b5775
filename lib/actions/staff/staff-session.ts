"use server";

import { signOut } from "@/lib/auth";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { dismissFailedSignInNotice } from "@/lib/server/auth/dismiss-failed-sign-in-notice";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

/** The notice hides itself on success; pages read the account afresh, so it stays gone. */
export async function dismissFailedSignInNoticeAction(): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("cases:read");
    await dismissFailedSignInNotice(actor);
    return undefined;
  });
}
