import { z } from "zod";
import { caseInput, staffText } from "@/lib/domain/cases/case-fields";

/** Placing a case on legal hold (hold) or lifting it, with the reason kept as an internal note. */
export const setLegalHoldSchema = z.object({
  ...caseInput,
  hold: z.boolean({ message: "choose_hold" }),
  reason: staffText("write_hold_reason", 5),
});
