import { z } from "zod";

/**
 * The staff sign-in's credentials (the form, and Auth.js's authorize through authenticateStaff). Field
 * errors are dictionary keys (`errors` in lib/i18n/dictionaries.ts): the form shows them in either language.
 */
export const signInSchema = z.object({
  email: z
    .string({ error: "email_required" })
    .trim()
    .min(1, { error: "email_required", abort: true })
    .email("invalid_email"),
  password: z.string({ error: "password_required" }).min(1, "password_required").max(1024, "too_long"),
});

/** The sign-in form: the credentials plus the page to go to afterwards (checked to be on this site). */
export const signInFormSchema = signInSchema.extend({ callbackUrl: z.string().optional() });
