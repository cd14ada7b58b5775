import { z } from "zod";

/** Dismissing the notice of failed sign-ins: the button posts no fields (the account is the signed-in one). */
export const dismissFailedSignInNoticeSchema = z.object({});
