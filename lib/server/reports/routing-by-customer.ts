import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { inPeriod, reportRows } from "./case-filter-sql";

const routingRow = z.object({
  customerId: z.string(),
  customer: z.string(),
  /** Cases routed to this customer in the period (a case sent twice counts once). */
  cases: z.number().int(),
  routings: z.number().int(),
  acknowledged: z.number().int(),
  /** Median hours from sending to the customer's acknowledgement, over acknowledged routings. */
  medianHoursToAcknowledge: z.number().nullable(),
});
export type RoutingRow = z.infer<typeof routingRow>;

/**
 * Routings sent in the period, per customer they went to: cases, deliveries, acknowledgements and the
 * median time to acknowledge (percentile_cont leaves unacknowledged routings out). The customer filter
 * applies to the customer of the routing, the other filters to its case.
 */
export function routingByCustomer(filters: ReportFilters): Promise<RoutingRow[]> {
  return reportRows(
    routingRow,
    Prisma.sql`
    SELECT cc.id::text AS "customerId",
           cc.name AS customer,
           count(DISTINCT r."caseId")::int AS cases,
           count(*)::int AS routings,
           count(r."acknowledgedAt")::int AS acknowledged,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', r."acknowledgedAt" - r."sentAt")) / 3600)::float8
             AS "medianHoursToAcknowledge"
    FROM "CustomerRouting" r
    JOIN "Case" c ON c.id = r."caseId"
    JOIN "CloudCustomer" cc ON cc.id = r."customerId"
    WHERE ${inPeriod(filters, Prisma.sql`r."sentAt"`, Prisma.sql`r."customerId"`)}
    GROUP BY cc.id, cc.name
    ORDER BY 3 DESC, 2`,
  );
}
