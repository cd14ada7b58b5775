import { z } from "zod";

/** Staff act on one task's link from the case page (send it again, revoke it). */
export const taskLinkActionSchema = z.object({
  caseId: z.string().uuid("unknown_case"),
  taskId: z.string().uuid("unknown_task"),
  expectedVersion: z.coerce.number().int().optional(),
});
