import { daysBetween, localDateOf, type LocalDate } from "./local-date";

export type DeadlineStatus =
  { kind: "paused" } | { kind: "due"; daysLeft: number; dueToday: boolean } | { kind: "overdue"; daysOverdue: number };

/** What staff see next to a deadline, derived from the stored due date and "now" in the regime's zone. */
export function deadlineStatus(input: {
  dueDate: LocalDate;
  dueAt: Date;
  timeZone: string;
  paused: boolean;
  now: Date;
}): DeadlineStatus {
  if (input.paused) return { kind: "paused" };
  if (input.now.getTime() > input.dueAt.getTime()) {
    return {
      kind: "overdue",
      daysOverdue: Math.max(1, daysBetween(input.dueDate, localDateOf(input.now, input.timeZone))),
    };
  }
  const daysLeft = daysBetween(localDateOf(input.now, input.timeZone), input.dueDate);
  return { kind: "due", daysLeft, dueToday: daysLeft === 0 };
}
