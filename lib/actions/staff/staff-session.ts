"use server";

import { signOut } from "@/lib/auth";
import { staffSessionSchema } from "@/lib/domain/auth/staff-session";
import { publicFormAction, staffFormAction } from "@/lib/forms/form-action";
import { dismissFailedSignInNotice } from "@/lib/server/auth/dismiss-failed-sign-in-notice";

/**
 * Signing out needs no permission (hence the public wrapper): an account disabled since it signed in may
 * still clear its session cookie. Without a session there is nothing to clear; it ends at sign-in.
 */
export const signOutAction = publicFormAction({
  schema: staffSessionSchema,
  run: async () => {
    await signOut({ redirectTo: "/sign-in" });
  },
});

/** The notice hides itself on success; pages read the account afresh, so it stays gone. */
export const dismissFailedSignInNoticeAction = staffFormAction("cases:read", {
  schema: staffSessionSchema,
  run: async (_nothing, { actor }) => {
    await dismissFailedSignInNotice(actor);
  },
});
