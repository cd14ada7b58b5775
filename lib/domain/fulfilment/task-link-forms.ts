import { z } from "zod";
import { finishingSchema } from "./task-rules";

/** Staff act on one task's link from the case page (send it again, revoke it). */
export const taskLinkActionSchema = z.object({
  caseId: z.string().uuid("unknown_case"),
  taskId: z.string().uuid("unknown_task"),
  expectedVersion: z.coerce.number().int().optional(),
});

const taskRef = { taskId: z.string().uuid("unknown_task") };
const [done, notApplicable, failed] = finishingSchema.options;

/**
 * A staff member records a task's result (under "My tasks"): the task, and the same answers as every other
 * way in (`finishingSchema`).
 */
export const recordTaskResultSchema = z.discriminatedUnion(
  "state",
  [done.extend(taskRef), notApplicable.extend(taskRef), failed.extend(taskRef)],
  { message: "choose_task_outcome" },
);
