import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Gives a MANUAL task's outside owners its link by email. PLACEHOLDER until the task-link work lands: it
 * must set the task's tokenHash and linkExpiresAt and queue the "task-assigned" email to each owner.
 */
export function issueTaskLinks(
  _tx: Tx,
  _task: { id: string; caseId: string },
  _system: { id: string; ownerEmails: string[]; locale: "en" | "zh" },
  _now: Date,
): Promise<void> {
  return Promise.reject(new Error("issueTaskLinks is not written yet"));
}
