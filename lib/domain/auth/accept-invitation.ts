import { z } from "zod";

/** Staff passwords: long rather than complicated (NIST SP 800-63B §3.1.1.2), checked the same everywhere. */
export const MIN_PASSWORD_LENGTH = 12;

const TOO_SHORT = `password_too_short:${MIN_PASSWORD_LENGTH}`;
const NO_MATCH = "passwords_differ";

/** The invited person's new password, typed twice (the invitation page's form and the use-case's parse). */
export const acceptInvitationSchema = z
  .object({
    token: z.string().max(200),
    password: z.string({ error: TOO_SHORT }).min(MIN_PASSWORD_LENGTH, TOO_SHORT).max(1024, "password_too_long"),
    confirmPassword: z.string({ error: NO_MATCH }),
  })
  .refine((d) => d.password === d.confirmPassword, { path: ["confirmPassword"], message: NO_MATCH });
