import { z } from "zod";
import { TaskResult, type RequestType, type TaskState } from "@/lib/db/generated/enums";

/**
 * Fulfilment's pure rules (docs/product-rules.md "Fulfilment"): which request types make tasks, what a
 * finished task may report for each, and how a task's state may change. The staff case page, the owner's
 * task link and the result API all finish a task through `finishingSchema`, so the three ways in accept
 * exactly the same answers.
 */

/** The request types whose cases get a task per taking-part system; the others are answered by staff alone. */
export const TASK_KINDS = ["ACCESS", "DELETION", "CORRECTION", "OBJECTION", "WITHDRAWAL"] as const satisfies readonly RequestType[];
export type TaskKind = (typeof TASK_KINDS)[number];

export function makesTasks(type: RequestType): type is TaskKind {
  return (TASK_KINDS as readonly string[]).includes(type);
}

/** The results a DONE task of each kind may report ("no data found" fits every kind). */
export const RESULTS_BY_KIND: Record<TaskKind, readonly TaskResult[]> = {
  ACCESS: ["FILES_ATTACHED", "NO_DATA_FOUND"],
  DELETION: ["DELETED", "NO_DATA_FOUND"],
  CORRECTION: ["CORRECTED", "NO_DATA_FOUND"],
  OBJECTION: ["SUPPRESSED", "NO_DATA_FOUND"],
  WITHDRAWAL: ["STOPPED", "NO_DATA_FOUND"],
};

/** States a task is finished in (the case may then be resolved); OPEN and FAILED still need someone. */
export const FINISHED_STATES = ["DONE", "NOT_APPLICABLE", "WAIVED"] as const satisfies readonly TaskState[];
/** States that hold a case open: resolving is refused while any task is in one. */
export const UNFINISHED_STATES = ["OPEN", "FAILED"] as const satisfies readonly TaskState[];

export function isUnfinished(state: TaskState): boolean {
  return (UNFINISHED_STATES as readonly string[]).includes(state);
}

export const REASON_MAX = 2000;
const reason = z.string({ error: "required" }).trim().min(1, "required").max(REASON_MAX, "too_long");
const note = z.string().trim().max(REASON_MAX, "too_long").optional();

/**
 * What whoever does a task reports: DONE with a result (and an optional note), or NOT_APPLICABLE / FAILED
 * with a reason. Whether the result fits the task's kind is checked against the task (`resultFits`).
 */
export const finishingSchema = z.discriminatedUnion("state", [
  z.object({ state: z.literal("DONE"), result: z.enum(TaskResult, { error: "choose_answer" }), note }),
  z.object({ state: z.literal("NOT_APPLICABLE"), reason }),
  z.object({ state: z.literal("FAILED"), reason }),
], { error: "choose_answer" });
export type Finishing = z.infer<typeof finishingSchema>;

export function resultFits(kind: RequestType, result: TaskResult): boolean {
  return makesTasks(kind) && RESULTS_BY_KIND[kind].includes(result);
}

/**
 * Whether a task in `from` may be finished now: an OPEN task by anyone who may work it; a FAILED one only
 * by staff (it came back to them), e.g. after they fixed the cause by hand.
 */
export function mayFinish(from: TaskState, by: "STAFF" | "OWNER" | "SYSTEM"): boolean {
  return from === "OPEN" || (from === "FAILED" && by === "STAFF");
}
