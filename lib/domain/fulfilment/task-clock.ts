/**
 * The fulfilment clock (docs/product-rules.md "Fulfilment"): an unfinished task's owners are reminded after
 * `remindAfterBusinessDays` business days on the case regime's calendar, and the privacy officers alerted
 * after `escalateAfterBusinessDays`, as for routing (lib/domain/routing/routing-clock.ts, whose business-day
 * arithmetic this shares: a missing calendar year falls back to weekdays, since these are service targets).
 */
import type { WorkingDayCalendar } from "@/lib/domain/deadlines";
import { businessDaysAfter } from "@/lib/domain/routing/routing-clock";

export interface TaskClockPolicy {
  remindAfterBusinessDays: number;
  escalateAfterBusinessDays: number;
}

/** When a task made (or re-sent) at `from` reminds its owners, and when it alerts the officers, if still unfinished. */
export function taskReminders(
  from: Date,
  policy: TaskClockPolicy,
  timeZone: string,
  calendar: WorkingDayCalendar,
): { remindAt: Date; escalateAt: Date } {
  return {
    remindAt: businessDaysAfter(from, policy.remindAfterBusinessDays, timeZone, calendar),
    escalateAt: businessDaysAfter(from, policy.escalateAfterBusinessDays, timeZone, calendar),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long after the case's due date a task link still works (the case closing ends it sooner). */
export const TASK_LINK_DAYS_AFTER_DUE = 30;

/** When a task link stops working by itself: 30 days after the case's due date. */
export function taskLinkExpiry(caseDueAt: Date): Date {
  return new Date(caseDueAt.getTime() + TASK_LINK_DAYS_AFTER_DUE * DAY_MS);
}
