import "server-only";
import { z } from "zod";

/** The fields every case action carries: which case, and the version the user was looking at. */
export const caseInput = {
  caseId: z.string().uuid("Unknown case."),
  expectedVersion: z.coerce.number().int().positive().optional(),
};

/** Free text staff write (reasons, summaries, notes): trimmed, bounded, with a specific message. */
export function staffText(what: string, min: number, max = 4000) {
  return z
    .string({ message: `Write ${what}.` })
    .trim()
    .min(min, min > 1 ? `Write ${what} (at least ${min} characters).` : `Write ${what}.`)
    .max(max, `Keep it under ${max} characters.`);
}
