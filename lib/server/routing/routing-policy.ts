import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { WorkingDayCalendar } from "@/lib/domain/deadlines";
import { loadCalendars, policyOfCase } from "@/lib/server/deadlines/policy-store";

/**
 * The routing clock's settings: the one RoutingPolicy row, created with the defaults on first use
 * (a plain read once it exists, so page views write nothing).
 */
export async function loadRoutingPolicy(client: Db | Tx) {
  const row = await client.routingPolicy.findUnique({ where: { id: 1 } });
  if (row) return row;
  // INSERT ... ON CONFLICT DO NOTHING, so two sweeps creating it at once do not collide (upsert reads first).
  await client.routingPolicy.createMany({ data: [{ id: 1 }], skipDuplicates: true });
  return client.routingPolicy.findUniqueOrThrow({ where: { id: 1 } });
}

/** The time zone and business-day calendar of a case's regime (from its policy snapshot). */
export async function caseCalendar(
  client: Db | Tx,
  policySnapshot: unknown,
): Promise<{ timeZone: string; calendar: WorkingDayCalendar }> {
  const policy = policyOfCase(policySnapshot);
  return { timeZone: policy.timeZone, calendar: (await loadCalendars(client)).get(policy.calendar) };
}
