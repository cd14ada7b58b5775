import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { OPEN_STATUSES } from "@/lib/domain/cases/workflow";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { onTimeSummary, type OnTimeSummary } from "@/lib/domain/reports/rates";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { weeklyBuckets, type WeekBucket } from "@/lib/domain/reports/weekly-buckets";
import { AppError } from "@/lib/errors/app-error";
import { closureTimes } from "./closure-times";
import { denialsByReason, type DenialsRow } from "./denials-by-reason";
import { extensionsUsed, type ExtensionsRow } from "./extensions-used";
import { openCasesNow } from "./open-cases-now";
import { receivedPerWeek } from "./received-per-week";
import { routingByCustomer, type RoutingRow } from "./routing-by-customer";
import { taskTimes, type TaskTimeRow } from "./task-times";

export interface ClosureTimes {
  type: string;
  closed: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface ReportDashboard {
  received: { weeks: WeekBucket[]; total: number; byType: Record<string, number> };
  open: { byStatus: { status: string; count: number }[]; total: number; overdue: number };
  onTime: OnTimeSummary;
  /** Per type in REQUEST_TYPES order, then "ALL". */
  closureTimes: ClosureTimes[];
  extensions: { rows: ExtensionsRow[]; total: number };
  denials: { rows: DenialsRow[]; total: number };
  routing: RoutingRow[];
  /** Median time to finish tasks, per system. */
  taskTimes: TaskTimeRow[];
}

/**
 * Every figure of the reports dashboard, each panel from one SQL aggregate (seven statements, none of them
 * reading cases into memory); only the shaping (empty weeks, totals, rates) happens here.
 */
export async function reportDashboard(
  filters: ReportFilters,
  actor: Actor,
  now = new Date(),
): Promise<ReportDashboard> {
  if (!can(actor.role, "reports:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const [weekRows, openRows, closureRows, extensionRows, denialRows, routing, tasks] = await Promise.all([
    receivedPerWeek(filters),
    openCasesNow(filters, now),
    closureTimes(filters),
    extensionsUsed(filters),
    denialsByReason(filters),
    routingByCustomer(filters),
    taskTimes(filters),
  ]);

  const weeks = weeklyBuckets(weekRows, filters.from, filters.to, REQUEST_TYPES);
  const byType = Object.fromEntries(
    REQUEST_TYPES.map((t) => [t, weeks.reduce((sum, w) => sum + (w.counts[t] ?? 0), 0)]),
  );

  const openCount = new Map(openRows.map((r) => [r.status, r]));
  const byStatus = OPEN_STATUSES.map((status) => ({ status, count: openCount.get(status)?.count ?? 0 }));

  const all = closureRows.find((r) => r.type === null);
  const onTime = onTimeSummary(
    { closed: all?.closedNotExtended ?? 0, onTime: all?.onTimeNotExtended ?? 0 },
    { closed: all?.closedExtended ?? 0, onTime: all?.onTimeExtended ?? 0 },
  );
  const closureOf = (row: (typeof closureRows)[number] | undefined, type: string): ClosureTimes => ({
    type,
    closed: (row?.closedNotExtended ?? 0) + (row?.closedExtended ?? 0),
    medianDays: row?.medianDays ?? null,
    p90Days: row?.p90Days ?? null,
  });

  return {
    received: { weeks, total: weeks.reduce((sum, w) => sum + w.total, 0), byType },
    open: {
      byStatus,
      total: byStatus.reduce((sum, s) => sum + s.count, 0),
      overdue: openRows.reduce((sum, r) => sum + r.overdue, 0),
    },
    onTime,
    closureTimes: [
      ...REQUEST_TYPES.map((type) =>
        closureOf(
          closureRows.find((r) => r.type === type),
          type,
        ),
      ),
      closureOf(all, "ALL"),
    ],
    extensions: { rows: extensionRows, total: extensionRows.reduce((sum, r) => sum + r.count, 0) },
    denials: { rows: denialRows, total: denialRows.reduce((sum, r) => sum + r.count, 0) },
    routing,
    taskTimes: tasks,
  };
}
