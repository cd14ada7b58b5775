import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { csvLine } from "@/lib/domain/csv";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { inPeriod } from "./case-filter-sql";

/** The number of cases the export holds. */
const totalRow = z.object({ total: z.number().int() });

const BATCH = 1000;

export const REGISTER_COLUMNS = [
  "reference",
  "type",
  "regime",
  "channel",
  "received",
  "verified",
  "due",
  "extended",
  "extension_reason",
  "closed",
  "outcome",
  "reason_code",
  "routed_to",
] as const;

/** One request: its keyset cursor (id, receipt time as text) and its CSV cells. */
const registerRow = z.object({ id: z.string(), receivedAt: z.string(), cells: z.array(z.string().nullable()) });

/** An instant as ISO 8601 UTC text, formatted by the database so both backends print it alike. */
const isoText = (column: Prisma.Sql) =>
  Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The request register: every request received in the period (confirmed or not), oldest first, as CSV
 * lines streamed in keyset batches on (receivedAt, id), so a 100,000-row register never sits in memory.
 * "verified" is when the requester confirmed their email address; "due" the current due date in the
 * regime's time zone; "extension_reason" is what staff told the requester; "routed_to" the customer the
 * request was delivered to. No requester's name or address is in it. The export is audited first, with
 * its period, filters and row count.
 */
export async function exportRegister(
  filters: ReportFilters,
  actor: Actor,
): Promise<{ total: number; lines: AsyncGenerator<string> }> {
  if (!can(actor.role, "reports:register")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const where = Prisma.sql`${inPeriod(filters, Prisma.sql`c."receivedAt"`)}`;
  const prisma = db();
  const [{ total }] = (await queryRows(
    prisma,
    totalRow,
    Prisma.sql`SELECT count(*)::int AS total FROM "Case" c WHERE ${where}`,
  )) as [{ total: number }];
  await prisma.$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "register.exported",
      ...staffEvent(actor),
      data: {
        from: filters.from,
        to: filters.to,
        rows: total,
        filters: { type: filters.type ?? null, regime: filters.regime ?? null, customerId: filters.customerId ?? null },
      },
    }),
  );

  async function* lines(): AsyncGenerator<string> {
    yield csvLine(REGISTER_COLUMNS);
    let cursor: { receivedAt: string; id: string } | null = null;
    for (;;) {
      const after: Prisma.Sql = cursor
        ? Prisma.sql` AND (c."receivedAt", c.id) > (${cursor.receivedAt}::timestamptz, ${cursor.id}::uuid)`
        : Prisma.empty;
      const rows = await queryRows(
        prisma,
        registerRow,
        Prisma.sql`
        SELECT c.id::text AS id,
               c."receivedAt"::text AS "receivedAt",
               ARRAY[
                 c.reference,
                 c.type::text,
                 c.regime::text,
                 c.channel::text,
                 ${isoText(Prisma.sql`c."receivedAt"`)},
                 ${isoText(Prisma.sql`r."emailVerifiedAt"`)},
                 c."dueDate"::text,
                 ${isoText(Prisma.sql`c."extendedAt"`)},
                 c."extensionReason",
                 ${isoText(Prisma.sql`c."closedAt"`)},
                 c.outcome::text,
                 c."denialReason"::text,
                 CASE WHEN c."routingState" IS NOT NULL THEN cc.name END
               ] AS cells
        FROM "Case" c
        LEFT JOIN "Requester" r ON r.id = c."requesterId"
        LEFT JOIN "CloudCustomer" cc ON cc.id = c."customerId"
        WHERE ${where}${after}
        ORDER BY c."receivedAt", c.id
        LIMIT ${BATCH}`,
      );
      if (rows.length === 0) return;
      yield rows.map((row) => csvLine(row.cells)).join("");
      const last = rows.at(-1)!;
      cursor = { receivedAt: last.receivedAt, id: last.id };
      if (rows.length < BATCH) return;
    }
  }
  return { total, lines: lines() };
}
