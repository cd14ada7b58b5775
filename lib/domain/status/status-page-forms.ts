import { z } from "zod";

/**
 * The status page's forms (the browser's checks and the use-cases' parse). The token is the page's own
 * link; field errors are message keys the page translates (lib/i18n/dictionaries.ts, `errors`).
 */
export const requesterReplySchema = z.object({
  token: z.string(),
  body: z.string({ error: "required" }).trim().min(1, "required").max(4000, "too_long"),
});

/** Withdrawing the request goes ahead only with its box ticked. */
export const withdrawRequestSchema = z.object({
  token: z.string(),
  confirm: z.literal(true, { error: "confirm_withdrawal" }),
});

/** Stopping the page's link goes ahead only with its box ticked. */
export const stopStatusLinkSchema = z.object({
  token: z.string(),
  confirm: z.literal(true, { error: "confirm_stop_link" }),
});
