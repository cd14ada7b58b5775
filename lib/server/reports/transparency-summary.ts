import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import type { RegimeCode } from "@/lib/domain/deadlines/policies";
import {
  COMPLIED_IN_PART,
  COMPLIED_IN_WHOLE,
  DENIED,
  SUBSTANTIVE_OUTCOMES,
  WITHDRAWN_OR_OTHER,
} from "@/lib/domain/reports/outcome-groups";
import {
  transparencyRows,
  yearBounds,
  type TransparencyRow,
  type TransparencySummary,
} from "@/lib/domain/reports/transparency";
import { AppError } from "@/lib/errors/app-error";
import { caseFilterSql, enumList, instant } from "./case-filter-sql";

const transparencyRow = z.object({
  type: z.string(),
  received: z.number().int(),
  compliedInWhole: z.number().int(),
  compliedInPart: z.number().int(),
  denied: z.number().int(),
  withdrawnOrOther: z.number().int(),
  open: z.number().int(),
  medianDaysToRespond: z.number().nullable(),
}) satisfies z.ZodType<TransparencyRow>;

/**
 * The transparency summary of one calendar year: the requests received that year (the cohort), per type
 * and in total (GROUPING SETS, so the total's median is a true median), counted by how they ended. One
 * statement over the receipt-time index.
 */
export async function transparencySummary(
  options: { year: number; regime?: RegimeCode },
  actor: Actor,
): Promise<TransparencySummary> {
  if (!can(actor.role, "reports:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const { start, end } = yearBounds(options.year);
  const closedAs = (outcomes: readonly string[]) =>
    Prisma.sql`(count(*) FILTER (WHERE c.status = 'CLOSED' AND c.outcome IN (${enumList(outcomes, "ClosureOutcome")})))::int`;
  const rows = await queryRows(
    db(),
    transparencyRow,
    Prisma.sql`
    SELECT coalesce(c.type::text, 'ALL') AS type,
           count(*)::int AS received,
           ${closedAs(COMPLIED_IN_WHOLE)} AS "compliedInWhole",
           ${closedAs(COMPLIED_IN_PART)} AS "compliedInPart",
           ${closedAs(DENIED)} AS denied,
           ${closedAs(WITHDRAWN_OR_OTHER)} AS "withdrawnOrOther",
           (count(*) FILTER (WHERE c.status <> 'CLOSED'))::int AS open,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', c."closedAt" - c."receivedAt") / 86400)
              FILTER (WHERE c.status = 'CLOSED' AND c.outcome IN (${enumList(SUBSTANTIVE_OUTCOMES, "ClosureOutcome")})))::float8
             AS "medianDaysToRespond"
    FROM "Case" c
    WHERE c."receivedAt" >= ${instant(start)} AND c."receivedAt" < ${instant(end)}${caseFilterSql({ regime: options.regime })}
    GROUP BY GROUPING SETS ((c.type), ())`,
  );
  return { year: options.year, regime: options.regime ?? null, rows: transparencyRows(rows) };
}
