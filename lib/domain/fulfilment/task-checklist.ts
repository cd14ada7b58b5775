import type { RequestType, TaskState } from "@/lib/db/generated/enums";
import { isDirectMarketingObjection } from "@/lib/domain/cases/denial";
import { FINISHED_STATES } from "./task-rules";

/**
 * The checklist item each task kind stands for (lib/domain/cases/checklists.ts): on a case with tasks it is
 * ticked from them, not by hand. An objection's "direct marketing stopped" only when the objection is to
 * direct marketing (otherwise the objection is weighed by staff and the item is theirs to tick).
 */
const ITEM_OF_KIND: Partial<Record<RequestType, string>> = {
  CORRECTION: "corrected-in-systems",
  DELETION: "data-deleted",
  OBJECTION: "direct-marketing-stopped",
  WITHDRAWAL: "processing-stopped",
  ACCESS: "data-collected",
};

/** Every item tasks may tick, whatever the case. */
export const TASK_TICKED_ITEMS: readonly string[] = Object.values(ITEM_OF_KIND);

/** The checklist item the tasks of this case tick, or null (no tasks, or none of its items is theirs). */
export function taskTickedItem(type: RequestType, details: unknown, taskCount: number): string | null {
  if (taskCount === 0) return null;
  if (type === "OBJECTION" && !isDirectMarketingObjection(type, details)) return null;
  return ITEM_OF_KIND[type] ?? null;
}

/** The tasks tick their item when every one is finished and at least one was done (not only waived). */
export function tasksTickItem(tasks: readonly { state: TaskState }[]): boolean {
  return (
    tasks.length > 0 &&
    tasks.every((task) => (FINISHED_STATES as readonly string[]).includes(task.state)) &&
    tasks.some((task) => task.state === "DONE")
  );
}
