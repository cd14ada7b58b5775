import { z } from "zod";

/**
 * The fields every case form carries: which case, and the version the user was looking at (a change made
 * meanwhile by someone else is refused with "reload").
 */
export const caseInput = {
  caseId: z.string({ message: "unknown_case" }).uuid("unknown_case"),
  expectedVersion: z.coerce.number().int().positive().optional(),
};

/** What a staff text field asks for: a key under `errors`, with a `_min` variant that says how long. */
export type StaffTextKey =
  | "write_summary"
  | "write_denial_reasons"
  | "write_reopen_reason"
  | "write_note"
  | "write_reveal_reason"
  | "write_transfer_reason"
  | "write_hold_reason";

/** Free text staff write (reasons, summaries, notes): trimmed, bounded, with a specific message (a key). */
export function staffText(key: StaffTextKey, min: number, max = 4000) {
  return z
    .string({ message: key })
    .trim()
    .min(min, min > 1 ? `${key}_min:${min}` : key)
    .max(max, `keep_under:${max}`);
}

/** A case's reference as people read and type it. */
export const caseReferenceSchema = z.string().regex(/^DSR-\d{4}-\d{6,}$/, "not_a_case_reference");
