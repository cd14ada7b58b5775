/**
 * The reports' period and filters as they live in the URL (shareable, the back button works), parsed with
 * zod so a hand-edited URL reaches the database only as these values. Dates are UTC calendar dates; the
 * period runs from the start of `from` to the end of `to`.
 */
import { z } from "zod";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { addDays, addMonthsClamped, dayOfWeek, isLocalDate, type LocalDate } from "@/lib/domain/deadlines/local-date";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { firstValues, parseLeavingOut, type QueryErrors, type SearchParams } from "@/lib/domain/query-params";

/** The default period: the current week and the 11 before it, so every bucket but the last is whole. */
export const DEFAULT_WEEKS = 12;
const DAY_MS = 86_400_000;

/**
 * Reports count requests received from 2000 (none is older: the laws behind them apply from 2018) to 2100.
 * Within these bounds every instant of a period is an ISO text with a four-digit year, which both backends
 * read alike (`to=9999-12-31` ended a period in the year 10000, which PostgreSQL refused: a 500).
 */
export const FIRST_REPORT_DATE: LocalDate = "2000-01-01";
export const LAST_REPORT_DATE: LocalDate = "2100-12-31";
/**
 * One report covers at most 10 years: longer than the data is usually kept (closed cases are anonymized
 * after 3 years by default), and the weekly chart stays about 520 bars.
 */
export const MAX_PERIOD_YEARS = 10;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const localDate = z.string().refine((v) => isLocalDate(v) && v >= FIRST_REPORT_DATE && v <= LAST_REPORT_DATE, {
  // The catalogue's "report_date" names FIRST_REPORT_DATE and LAST_REPORT_DATE.
  error: "report_date",
});

export const reportFiltersSchema = z.object({
  from: optional(localDate),
  to: optional(localDate),
  type: optional(z.enum(REQUEST_TYPES, { error: "not_request_type" })),
  regime: optional(z.enum(REGIMES, { error: "not_regime" })),
  /** A registered customer the cases were confirmed for. */
  customerId: optional(z.string().uuid({ error: "not_customer" })),
  /** Charts, or the same numbers as tables. */
  view: optional(z.enum(["charts", "table"], { error: "charts_or_table" })),
});

/** The filters with the period always set. */
export interface ReportFilters {
  from: LocalDate;
  to: LocalDate;
  type?: (typeof REQUEST_TYPES)[number];
  regime?: (typeof REGIMES)[number];
  customerId?: string;
  view: "charts" | "table";
}

/** The Monday starting the ISO week a date falls in (PostgreSQL's date_trunc('week') agrees). */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

export function utcDateOf(instant: Date): LocalDate {
  return instant.toISOString().slice(0, 10);
}

const REPORT_KEYS = Object.keys(reportFiltersSchema.shape);

/**
 * Reads the URL's search parameters. A malformed value, or a `from` more than MAX_PERIOD_YEARS before
 * `to`, is left out and named in `errors` (the page says so; the register export answers 400). A missing
 * `to` is today, a missing `from` starts the 12 weeks ending with `to`'s, a reversed period is turned round.
 */
export function readReportQuery(
  params: SearchParams,
  now: Date = new Date(),
): { filters: ReportFilters; errors: QueryErrors } {
  const { value: data, errors } = parseLeavingOut(reportFiltersSchema, firstValues(params, REPORT_KEYS));
  let to = data.to ?? utcDateOf(now);
  let from = data.from ?? weeksBefore(to);
  if (from > to) [from, to] = [to, from];
  if (from < addMonthsClamped(to, -12 * MAX_PERIOD_YEARS)) {
    errors.from = [`period_too_long:${MAX_PERIOD_YEARS}`];
    from = weeksBefore(to);
  }
  return {
    filters: {
      from,
      to,
      ...(data.type && { type: data.type }),
      ...(data.regime && { regime: data.regime }),
      ...(data.customerId && { customerId: data.customerId }),
      view: data.view ?? "charts",
    },
    errors,
  };
}

/** Where a period ending on `to` starts by default: the Monday of its week, 11 weeks earlier. */
function weeksBefore(to: LocalDate): LocalDate {
  return addDays(mondayOf(to), -7 * (DEFAULT_WEEKS - 1));
}

/** The period as instants: from the start of `from` (inclusive) to the start of the day after `to`. */
export function periodBounds(filters: Pick<ReportFilters, "from" | "to">): { start: Date; end: Date } {
  return {
    start: new Date(`${filters.from}T00:00:00.000Z`),
    end: new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + DAY_MS),
  };
}

/** The query string of these filters, empty ones left out (the view only when asked and not the default). */
export function reportQuery(filters: Partial<ReportFilters>, options: { withView?: boolean } = {}): string {
  const params = new URLSearchParams();
  for (const key of ["from", "to", "type", "regime", "customerId"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (options.withView && filters.view && filters.view !== "charts") params.set("view", filters.view);
  return params.toString();
}

export function reportsHref(filters: Partial<ReportFilters>): string {
  const query = reportQuery(filters, { withView: true });
  return query ? `/reports?${query}` : "/reports";
}
