import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { writeNote } from "@/lib/server/cases/add-case-note";
import { caseInput, staffText } from "@/lib/server/cases/case-input";
import { changeCase } from "@/lib/server/cases/change-case";
import { closeCase } from "@/lib/server/cases/close-case";

export const closeAsTransferredSchema = z.object({
  ...caseInput,
  reason: staffText("why it is closed as transferred", 10),
});

/**
 * Closes a routed case as transferred to the controller without the customer's click (they confirmed
 * by phone or email, say). The reason is kept as an internal note.
 */
export function closeAsTransferred(input: unknown, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, action: "closeTransferred", schema: closeAsTransferredSchema, input },
    async ({ tx, data, found }) => {
      await writeNote(tx, found.id, data.reason, actor, "transfer-reason");
      // The customer confirmed another way: their link's reminders stop.
      await tx.customerRouting.updateMany({
        where: { caseId: found.id, state: "SENT" },
        data: { remindAt: null, escalateAt: null },
      });
      await closeCase(
        tx,
        found,
        { outcome: "TRANSFERRED_TO_CONTROLLER", closureText: "Delivered to the business customer who decides on it." },
        actor,
        now,
      );
      return { outcome: "TRANSFERRED_TO_CONTROLLER" as const };
    },
  );
}
