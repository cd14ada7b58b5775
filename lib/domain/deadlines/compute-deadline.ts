import { CalendarMissingError, type CalendarSource, type WorkingDayCalendar } from "./calendars";
import {
  addDays,
  addMonthsClamped,
  compareDates,
  daysBetween,
  endOfLocalDay,
  localDateOf,
  maxDate,
  type LocalDate,
} from "./local-date";
import type { DeadlinePolicy } from "./policies";

/** A stop of the clock while information asked of the requester is awaited (local dates, both included). */
export interface ClockStop {
  from: LocalDate;
  /** Absent while the answer is still awaited: the clock is paused. */
  to?: LocalDate;
}

export interface DeadlineInput {
  policy: DeadlinePolicy;
  receivedAt: Date;
  stops?: ClockStop[];
  /** Days on which asked-for identity (or authority) proof arrived; the latest restarts the clock. */
  restarts?: LocalDate[];
  extended?: boolean;
  /** "Now", passed in: an open stop counts through this day. Without it, only the stop's first day. */
  asOf?: Date;
}

export interface DeadlineResult {
  regime: DeadlinePolicy["regime"];
  timeZone: string;
  calendar: string;
  receivedDate: LocalDate;
  /** The day the clock counts from: the receipt date, or the latest identity restart. */
  clockStartDate: LocalDate;
  /** The due date that applies now: the extended one when extended. */
  dueDate: LocalDate;
  dueAt: Date;
  originalDueDate: LocalDate;
  originalDueAt: Date;
  extendable: boolean;
  extended: boolean;
  extendedDueDate: LocalDate | null;
  extendedDueAt: Date | null;
  /** The last day an extension notice may reach the requester (the original due date). */
  extensionNoticeDeadline: LocalDate | null;
  acknowledgementDueDate: LocalDate | null;
  paused: boolean;
  /** Days (or working days, for working-day rules) added for clock stops. */
  stoppedDays: number;
  warnings: string[];
}

function nextWorkingDayOnOrAfter(date: LocalDate, calendar: WorkingDayCalendar): LocalDate {
  let day = date;
  for (let i = 0; i < 60; i++) {
    if (calendar.isWorkingDay(day)) return day;
    day = addDays(day, 1);
  }
  throw new Error(`no working day within 60 days of ${date} in calendar ${calendar.id}`);
}

/** The date `count` working days after `start` (start itself not counted). */
function addWorkingDays(start: LocalDate, count: number, calendar: WorkingDayCalendar): LocalDate {
  let day = start;
  let counted = 0;
  while (counted < count) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}

function workingDaysWithin(from: LocalDate, to: LocalDate, calendar: WorkingDayCalendar): number {
  let count = 0;
  for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count++;
  return count;
}

/**
 * Computes a case's legal deadline. Pure: the time zone, the calendars and "now" are all passed in.
 * Throws CalendarMissingError when a needed year has no calendar data.
 */
export function computeDeadline(input: DeadlineInput, calendars: CalendarSource): DeadlineResult {
  const { policy } = input;
  const { rule } = policy;
  const warnings: string[] = [];
  const calendar = calendars.get(policy.calendar);
  const receivedDate = localDateOf(input.receivedAt, policy.timeZone);
  const asOfDate = input.asOf ? localDateOf(input.asOf, policy.timeZone) : undefined;

  // UK GDPR (ICO): when identity proof was asked for, the clock starts again on the day it arrives.
  let clockStartDate = receivedDate;
  const restarts = (input.restarts ?? []).filter((d) => compareDates(d, receivedDate) >= 0);
  if (restarts.length > 0) {
    if (policy.identityRestart) clockStartDate = restarts.reduce(maxDate);
    else warnings.push(`identity restarts do not apply under ${policy.regime}; ignored`);
  }

  // Clock stops: the days from asking to the answer, both included (EDPB 01/2022 §161). Stops that ended
  // before a restart are absorbed by it. An open stop pauses the clock.
  let paused = false;
  const stopRanges: { from: LocalDate; to: LocalDate }[] = [];
  for (const stop of input.stops ?? []) {
    if (!policy.clockStops) {
      warnings.push(`clock stops do not apply under ${policy.regime}; ignored`);
      break;
    }
    const open = stop.to === undefined;
    if (open) paused = true;
    const to = stop.to ?? maxDate(stop.from, asOfDate ?? stop.from);
    if (compareDates(to, stop.from) < 0) {
      warnings.push(`a clock stop ends (${to}) before it starts (${stop.from}); ignored`);
      continue;
    }
    if (compareDates(to, clockStartDate) < 0) continue;
    stopRanges.push({ from: maxDate(stop.from, clockStartDate), to });
  }

  const countStopDays = (unitIsWorkingDays: boolean) =>
    stopRanges.reduce(
      (sum, r) => sum + (unitIsWorkingDays ? workingDaysWithin(r.from, r.to, calendar) : daysBetween(r.from, r.to) + 1),
      0,
    );

  const stoppedDays = countStopDays(rule.unit === "WORKING_DAYS");
  const dueFor = (extended: boolean): LocalDate => {
    switch (rule.unit) {
      case "MONTHS": {
        const months = rule.length + (extended ? rule.extension : 0);
        const unrolled = addDays(addMonthsClamped(clockStartDate, months), stoppedDays);
        return nextWorkingDayOnOrAfter(unrolled, calendar);
      }
      case "CALENDAR_DAYS": {
        const days = rule.length + (extended ? rule.extension : 0) - (rule.receiptIsDayOne ? 1 : 0);
        const unrolled = addDays(clockStartDate, days + stoppedDays);
        return rule.rollForward ? nextWorkingDayOnOrAfter(unrolled, calendar) : unrolled;
      }
      case "WORKING_DAYS": {
        const days = rule.length + (extended ? rule.extension : 0);
        return addWorkingDays(clockStartDate, days + stoppedDays, calendar);
      }
    }
  };

  const extendable = rule.extension > 0;
  const wantsExtension = input.extended === true;
  if (wantsExtension && !extendable)
    warnings.push(`${policy.regime} allows no extension; the original due date stands`);
  const extended = wantsExtension && extendable;

  const originalDueDate = dueFor(false);
  // The extended date may need a calendar year that is not published yet (CN in late autumn). Until
  // the case is extended that must not block the case: the extension date is unknown, with a warning.
  let extendedDueDate: LocalDate | null = null;
  if (extendable) {
    try {
      extendedDueDate = dueFor(true);
    } catch (error) {
      if (extended || !(error instanceof CalendarMissingError)) throw error;
      warnings.push(`extended due date unknown: ${error.message}`);
    }
  }
  const dueDate = extended && extendedDueDate ? extendedDueDate : originalDueDate;

  let acknowledgementDueDate: LocalDate | null = null;
  if (policy.acknowledgementBusinessDays) {
    acknowledgementDueDate = addWorkingDays(receivedDate, policy.acknowledgementBusinessDays, calendar);
  }

  return {
    regime: policy.regime,
    timeZone: policy.timeZone,
    calendar: policy.calendar,
    receivedDate,
    clockStartDate,
    dueDate,
    dueAt: endOfLocalDay(dueDate, policy.timeZone),
    originalDueDate,
    originalDueAt: endOfLocalDay(originalDueDate, policy.timeZone),
    extendable,
    extended,
    extendedDueDate,
    extendedDueAt: extendedDueDate ? endOfLocalDay(extendedDueDate, policy.timeZone) : null,
    extensionNoticeDeadline: extendable ? originalDueDate : null,
    acknowledgementDueDate,
    paused,
    stoppedDays,
    warnings,
  };
}
