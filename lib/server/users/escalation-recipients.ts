import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/db/generated/enums";

/**
 * Who an escalation goes to, for a batch of cases: every active privacy officer and the case's assignee, each
 * address once, in the language of its owner's emails. Read in two queries for the whole batch; the routing
 * sweep and the task sweep escalate through it.
 */
export async function escalationRecipients(
  tx: Tx,
  assigneeIds: readonly (string | null)[],
): Promise<(assigneeId: string | null) => Map<string, Locale>> {
  const ids = [...new Set(assigneeIds.filter((id): id is string => id !== null))];
  const officers = await tx.user.findMany({
    where: { role: "PRIVACY_OFFICER", disabled: false },
    select: { email: true, locale: true },
  });
  const assignees = await tx.user.findMany({
    where: { id: { in: ids }, disabled: false },
    select: { id: true, email: true, locale: true },
  });
  return (assigneeId) => {
    const assignee = assignees.find((u) => u.id === assigneeId);
    return new Map([...officers, ...(assignee ? [assignee] : [])].map((u) => [u.email, u.locale]));
  };
}
