/**
 * The routing clock (issue: cloud-customer routing, policy 6.4 "within a reasonable time line"): business
 * days on the case regime's calendar. A missing calendar year falls back to weekdays: these are service
 * targets, not legal deadlines, and must never block a routing.
 */
import {
  addDays,
  CalendarMissingError,
  endOfLocalDay,
  isWeekend,
  localDateOf,
  type LocalDate,
  type WorkingDayCalendar,
} from "@/lib/domain/deadlines";

export interface RoutingClockPolicy {
  forwardWithinBusinessDays: number;
  remindAfterBusinessDays: number;
  escalateAfterBusinessDays: number;
}

function isBusinessDay(date: LocalDate, calendar: WorkingDayCalendar): boolean {
  try {
    return calendar.isWorkingDay(date);
  } catch (error) {
    if (error instanceof CalendarMissingError) return !isWeekend(date);
    throw error;
  }
}

/** The local date `count` business days after the day of `from` (that day itself not counted). */
export function addBusinessDays(from: LocalDate, count: number, calendar: WorkingDayCalendar): LocalDate {
  let day = from;
  let counted = 0;
  while (counted < count) {
    day = addDays(day, 1);
    if (isBusinessDay(day, calendar)) counted++;
  }
  return day;
}

/** The end (23:59:59.999 local) of the business day `count` business days after the instant's day. */
export function businessDaysAfter(instant: Date, count: number, timeZone: string, calendar: WorkingDayCalendar): Date {
  return endOfLocalDay(addBusinessDays(localDateOf(instant, timeZone), count, calendar), timeZone);
}

/** When a routed request's customer is reminded, and when the officers are alerted, if it stays unacknowledged. */
export function routingReminders(
  sentAt: Date,
  policy: RoutingClockPolicy,
  timeZone: string,
  calendar: WorkingDayCalendar,
): { remindAt: Date; escalateAt: Date } {
  return {
    remindAt: businessDaysAfter(sentAt, policy.remindAfterBusinessDays, timeZone, calendar),
    escalateAt: businessDaysAfter(sentAt, policy.escalateAfterBusinessDays, timeZone, calendar),
  };
}

/** By when a confirmed request naming a customer should be delivered to it. */
export function forwardingTarget(confirmedAt: Date, policy: RoutingClockPolicy, timeZone: string, calendar: WorkingDayCalendar): Date {
  return businessDaysAfter(confirmedAt, policy.forwardWithinBusinessDays, timeZone, calendar);
}
