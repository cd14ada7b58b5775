import { z } from "zod";

/** The email settings page's forms (browser and use-cases): a test email, and retrying a failed one. */
export const sendTestEmailSchema = z.object({
  to: z
    .string({ message: "Enter an address." })
    .trim()
    .min(1, "Enter an address.")
    .email("Enter a valid email address.")
    .max(320),
  locale: z.enum(["en", "zh"], { message: "Choose English or Chinese." }).default("en"),
});

export const retryEmailSchema = z.object({ outboxId: z.string({ message: "Unknown email." }).uuid("Unknown email.") });
