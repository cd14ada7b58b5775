import { z } from "zod";

/**
 * The fields every case form carries: which case, and the version the user was looking at (a change made
 * meanwhile by someone else is refused with "reload").
 */
export const caseInput = {
  caseId: z.string({ message: "Unknown case." }).uuid("Unknown case."),
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

/** A case's reference as people read and type it. */
export const caseReferenceSchema = z.string().regex(/^DSR-\d{4}-\d{6,}$/, "Not a case reference (DSR-YYYY-NNNNNN).");
