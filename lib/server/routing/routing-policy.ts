import type { Db, Tx } from "@/lib/db/client";
import type { WorkingDayCalendar } from "@/lib/domain/deadlines";
import { loadCalendars, policyOfCase } from "@/lib/server/deadlines/policy-store";

/**
 * The routing clock's settings: the one RoutingPolicy row, created with the defaults on first use
 * (a plain read once it exists, so page views write nothing).
 */
export async function loadRoutingPolicy(client: Db | Tx) {
  return (
    (await client.routingPolicy.findUnique({ where: { id: 1 } })) ??
    (await client.routingPolicy.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } }))
  );
}

/** The time zone and business-day calendar of a case's regime (from its policy snapshot). */
export async function caseCalendar(client: Db | Tx, policySnapshot: unknown): Promise<{ timeZone: string; calendar: WorkingDayCalendar }> {
  const policy = policyOfCase(policySnapshot);
  return { timeZone: policy.timeZone, calendar: (await loadCalendars(client)).get(policy.calendar) };
}
