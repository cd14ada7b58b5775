import { z } from "zod";

/**
 * The customer's answer through their link (the partner page's form and the use-case's parse). Field
 * errors are keys the customer's page translates (lib/i18n/dictionaries.ts, `errors`).
 */
const note = z
  .string()
  .trim()
  .max(2000, "too_long")
  .nullish()
  .transform((text) => text || undefined);

export const respondToRoutingSchema = z.discriminatedUnion(
  "response",
  [
    z.object({ token: z.string(), response: z.literal("ACKNOWLEDGE"), note }),
    z.object({ token: z.string(), response: z.literal("COMPLETE"), note }),
    z.object({
      token: z.string(),
      response: z.literal("DECLINE"),
      declineReason: z.enum(["NOT_OUR_DATA_SUBJECT", "NOT_OUR_CUSTOMER"], { message: "decline_reason_required" }),
      note,
    }),
  ],
  { message: "choose_answer" },
);

/** Showing the requester's name and email to the link's holder (audited by the use-case). */
export const revealRoutingRequesterSchema = z.object({ token: z.string() });
