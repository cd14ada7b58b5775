import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import type { CustomerFilters } from "@/lib/domain/customers/customer-filters";
import { matchCustomers } from "@/lib/domain/customers/match-customer";
import { AppError } from "@/lib/errors/app-error";

export const CUSTOMER_PAGE_SIZE = 200;

export interface CustomerRow {
  id: string;
  name: string;
  aliases: string[];
  contactEmails: string[];
  agreementReference: string | null;
  active: boolean;
  /** Cases confirmed as this customer's. */
  cases: number;
  /** Routings sent to it, and the median time from sending to its acknowledgement (elapsed). */
  routings: number;
  medianAcknowledgeMs: number | null;
}

const fold = (text: string) => text.normalize("NFKC").toLowerCase();

const routingStatsRow = z.object({
  customerId: z.string(),
  routings: z.number().int(),
  medianSeconds: z.number().nullable(),
});

/**
 * The registry for its page: with search text, the customers whose name or alias it matches (as intake
 * matching does: case, width, spacing and legal forms ignored, close spellings found) or whose name,
 * alias or contact address contains it, best first; without, all by name. At most CUSTOMER_PAGE_SIZE.
 */
export async function listCustomers(
  filters: CustomerFilters,
  actor: Actor,
): Promise<{ rows: CustomerRow[]; more: boolean }> {
  if (!can(actor.role, "customers:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const where = filters.active === "all" ? {} : { active: filters.active === "active" };
  const customers = (await db().cloudCustomer.findMany({ where })).sort((a, b) => a.name.localeCompare(b.name));
  let found = customers;
  if (filters.q) {
    const needle = fold(filters.q);
    const scores = new Map(matchCustomers(filters.q, customers, customers.length).map((m) => [m.id, m.score]));
    const contains = (text: string) => fold(text).includes(needle);
    found = customers
      .filter((c) => scores.has(c.id) || [c.name, ...c.aliases, ...c.contactEmails].some(contains))
      .sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
  }
  const page = found.slice(0, CUSTOMER_PAGE_SIZE);
  const ids = page.map((c) => c.id);
  const [caseCounts, routingStats] = await Promise.all([
    db().case.groupBy({ by: ["customerId"], where: { customerId: { in: ids } }, _count: { _all: true } }),
    queryRows(
      db(),
      routingStatsRow,
      Prisma.sql`
      SELECT "customerId", count(*)::int AS routings,
             extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY "acknowledgedAt" - "sentAt"))::float8
               AS "medianSeconds"
      FROM "CustomerRouting" WHERE "customerId" = ANY(${ids}::uuid[]) GROUP BY "customerId"`,
    ),
  ]);
  const casesOf = new Map(caseCounts.map((c) => [c.customerId, c._count._all]));
  const statsOf = new Map(routingStats.map((s) => [s.customerId, s]));
  return {
    more: found.length > page.length,
    rows: page.map((c) => {
      const stats = statsOf.get(c.id);
      return {
        id: c.id,
        name: c.name,
        aliases: c.aliases,
        contactEmails: c.contactEmails,
        agreementReference: c.agreementReference,
        active: c.active,
        cases: casesOf.get(c.id) ?? 0,
        routings: stats?.routings ?? 0,
        medianAcknowledgeMs: stats?.medianSeconds == null ? null : Math.round(stats.medianSeconds * 1000),
      };
    }),
  };
}
