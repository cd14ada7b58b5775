import { z } from "zod";
import { TaskResult } from "@/lib/db/generated/enums";
import { caseInput } from "@/lib/domain/cases/case-fields";
import { REASON_MAX, type Finishing } from "./task-rules";

/**
 * The case page's task forms (read by the browser, the server action and the use-case, like
 * lib/domain/cases/case-forms.ts). Recording a result is flat (state, result, note, reason) so one form
 * serves the three outcomes; the use-case turns it into a `Finishing` (task-rules.ts), which the task link
 * and the result API send too.
 */
const taskId = z.string({ message: "unknown_task" }).uuid("unknown_task");
const optionalText = z
  .string()
  .trim()
  .max(REASON_MAX, `keep_under:${REASON_MAX}`)
  .optional()
  .transform((v) => (v ? v : undefined));

/** Adds a task for one system (also "make the tasks" on a case staff kept although it names a customer). */
export const addCaseTaskSchema = z.object({
  ...caseInput,
  /** A system's id, or "all": every active system taking part in the case's type that has no task yet. */
  systemId: z.union([z.literal("all"), z.string().uuid("choose_system")], { message: "choose_system" }),
});

/** Waives an unfinished task (officers and administrators), with the reason. */
export const waiveTaskSchema = z.object({
  ...caseInput,
  taskId,
  reason: z
    .string({ message: "write_task_reason" })
    .trim()
    .min(1, "write_task_reason")
    .max(REASON_MAX, `keep_under:${REASON_MAX}`),
});

export const recordTaskResultSchema = z
  .object({
    ...caseInput,
    taskId,
    state: z.enum(["DONE", "NOT_APPLICABLE", "FAILED"], { message: "choose_task_outcome" }),
    result: z
      .enum(TaskResult, {
        message: "choose_task_result",
      })
      .optional(),
    /** A note with a result, or the reason it does not apply / failed. */
    reason: optionalText,
  })
  .superRefine((value, ctx) => {
    if (value.state === "DONE" && !value.result) {
      ctx.addIssue({ code: "custom", path: ["result"], message: "choose_task_result" });
    }
    if (value.state !== "DONE" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "write_task_reason" });
    }
  });

/** The form's answer as the one writer of outcomes takes it. */
export function finishingOf(value: z.output<typeof recordTaskResultSchema>): Finishing {
  if (value.state === "DONE") {
    return { state: "DONE", result: value.result ?? "NO_DATA_FOUND", ...(value.reason ? { note: value.reason } : {}) };
  }
  return { state: value.state, reason: value.reason ?? "" };
}
