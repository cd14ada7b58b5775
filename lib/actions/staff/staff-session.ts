"use server";

import { signOut } from "@/lib/auth";
import { dismissFailedSignInNoticeSchema } from "@/lib/domain/auth/failed-sign-in-notice";
import { staffFormAction } from "@/lib/forms/form-action";
import { dismissFailedSignInNotice } from "@/lib/server/auth/dismiss-failed-sign-in-notice";

/** Needs no permission: an account disabled since it signed in may still clear its session cookie. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

/** The notice hides itself on success; pages read the account afresh, so it stays gone. */
export const dismissFailedSignInNoticeAction = staffFormAction("cases:read", {
  schema: dismissFailedSignInNoticeSchema,
  run: async (_nothing, { actor }) => {
    await dismissFailedSignInNotice(actor);
  },
});
