import { z } from "zod";
import { TaskResult } from "@/lib/db/generated/enums";
import { recordTaskResultSchema } from "@/lib/domain/fulfilment/task-forms";
import { REASON_MAX } from "@/lib/domain/fulfilment/task-rules";
import { MAX_FORM_BODY_BYTES } from "@/lib/http/body-limits";

/** The names a result file may have: PDF, CSV, JSON, ZIP and images (checked again by content on the server). */
export const TASK_FILE_NAME = /\.(pdf|csv|json|zip|png|jpe?g|gif|webp)$/i;
/** What the files of one page submission may weigh together, leaving room for the text fields. */
export const TASK_FILES_BYTES_PER_FORM = MAX_FORM_BODY_BYTES - 1024 * 1024;

/**
 * The files sent with a result, as the browser and the server's parse see them. The per-file size and count
 * caps are the administrators' (FulfilmentPolicy), checked by the use-case with the bytes; here only what a
 * page form can carry and the names.
 */
export const taskResultFilesSchema = z
  .array(z.instanceof(File))
  .default([])
  // An empty file input posts one nameless empty file: nothing chosen.
  .transform((files) => files.filter((f) => f.size > 0))
  .superRefine((files, ctx) => {
    if (files.some((f) => !TASK_FILE_NAME.test(f.name)))
      ctx.addIssue({ code: "custom", message: "task_file_type_not_allowed" });
    if (files.reduce((sum, f) => sum + f.size, 0) > TASK_FILES_BYTES_PER_FORM)
      ctx.addIssue({ code: "custom", message: "task_files_too_big_for_form" });
  });

const token = z.string().max(200);
const reason = z.string({ message: "reason_required" }).trim().min(1, "reason_required").max(REASON_MAX, "too_long");
const note = z
  .string()
  .trim()
  .max(REASON_MAX, "too_long")
  .nullish()
  .transform((text) => text || undefined);

/**
 * What an outside owner reports through the task link (the page's form and the use-case's parse): DONE with
 * a result, a note and the export files, or NOT_APPLICABLE / FAILED with a reason. The same answers as
 * `finishingSchema` (lib/domain/fulfilment/task-rules.ts), which the use-case applies through finishTask.
 */
export const taskLinkResultSchema = z.discriminatedUnion(
  "state",
  [
    z.object({
      token,
      state: z.literal("DONE"),
      result: z.enum(TaskResult, {
        message: "choose_task_result",
      }),
      note,
      files: taskResultFilesSchema,
    }),
    z.object({ token, state: z.literal("NOT_APPLICABLE"), reason }),
    z.object({ token, state: z.literal("FAILED"), reason }),
  ],
  { message: "choose_task_outcome" },
);

export type TaskLinkResult = z.output<typeof taskLinkResultSchema>;

/**
 * A staff owner's record under "My tasks": the case page's answers (`recordTaskResultSchema`: the case, the
 * task, state, result, and the note or reason), with the export files on a DONE one.
 */
export const myTaskResultFormSchema = recordTaskResultSchema.safeExtend({ files: taskResultFilesSchema });
