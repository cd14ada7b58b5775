import type { Db, Tx } from "@/lib/db/client";
import {
  calendarsWith,
  DEFAULT_POLICIES,
  deadlinePolicySchema,
  REGIMES,
  type CalendarSource,
  type DeadlinePolicy,
  type RegimeCode,
} from "@/lib/domain/deadlines";

/** Writes the default policy of every regime that has none yet (never overwrites an admin's edits). */
export async function ensureDeadlinePolicies(client: Db | Tx): Promise<number> {
  const result = await client.deadlinePolicy.createMany({
    data: REGIMES.map((regime) => {
      const p = DEFAULT_POLICIES[regime];
      return { ...p, rule: p.rule };
    }),
    skipDuplicates: true,
  });
  return result.count;
}

/** The policy a new case opens under: the stored one, or the default when none is stored. */
export async function loadDeadlinePolicy(client: Db | Tx, regime: RegimeCode): Promise<DeadlinePolicy> {
  const row = await client.deadlinePolicy.findUnique({ where: { regime } });
  if (!row) return DEFAULT_POLICIES[regime];
  return deadlinePolicySchema.parse({ ...row, updatedAt: undefined });
}

/** The built-in calendars plus the schedule years kept in the database. */
export async function loadCalendars(client: Db | Tx): Promise<CalendarSource> {
  const years = await client.holidayCalendarYear.findMany();
  return calendarsWith(
    years.map((y) => ({
      calendar: y.calendar,
      year: { year: y.year, holidays: y.holidays, workingWeekendDays: y.workingWeekendDays },
    })),
  );
}

/** Reads the snapshot stored on a case back into a policy (it was validated when it was taken). */
export function policyOfCase(snapshot: unknown): DeadlinePolicy {
  return deadlinePolicySchema.parse(snapshot);
}
