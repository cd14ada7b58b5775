import { z } from "zod";

/** The email settings page's forms (browser and use-cases): a test email, and retrying a failed one. */
export const sendTestEmailSchema = z.object({
  to: z.string({ message: "enter_address" }).trim().min(1, "enter_address").email("invalid_email").max(320),
  locale: z.enum(["en", "zh"], { message: "choose_language" }).default("en"),
});

export const retryEmailSchema = z.object({ outboxId: z.string({ message: "unknown_email" }).uuid("unknown_email") });
