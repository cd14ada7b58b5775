/**
 * The reports' period and filters as they live in the URL (shareable, the back button works), parsed with
 * zod so a hand-edited URL reaches the database only as these values. Dates are UTC calendar dates; the
 * period runs from the start of `from` to the end of `to`.
 */
import { z } from "zod";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { addDays, dayOfWeek, isLocalDate, type LocalDate } from "@/lib/domain/deadlines/local-date";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";

/** The default period: the current week and the 11 before it, so every bucket but the last is whole. */
export const DEFAULT_WEEKS = 12;
const DAY_MS = 86_400_000;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const localDate = z.string().refine(isLocalDate);

export const reportFiltersSchema = z.object({
  from: optional(localDate),
  to: optional(localDate),
  type: optional(z.enum(REQUEST_TYPES)),
  regime: optional(z.enum(REGIMES)),
  /** A registered customer the cases were confirmed for. */
  customerId: optional(z.string().uuid()),
  /** Charts, or the same numbers as tables. */
  view: optional(z.enum(["charts", "table"])),
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

export function defaultPeriod(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(mondayOf(today), -7 * (DEFAULT_WEEKS - 1)), to: today };
}

/** Reads the URL's search parameters; anything malformed is dropped rather than failing the page. */
export function parseReportFilters(
  params: Record<string, string | string[] | undefined>,
  now: Date = new Date(),
): ReportFilters {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const one = Array.isArray(value) ? value[0] : value;
    if (one !== undefined && key in reportFiltersSchema.shape) flat[key] = one;
  }
  let parsed = reportFiltersSchema.safeParse(flat);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) delete flat[String(issue.path[0])];
    parsed = reportFiltersSchema.safeParse(flat);
  }
  const data = parsed.success ? parsed.data : {};
  const fallback = defaultPeriod(utcDateOf(now));
  let from = data.from ?? (data.to ? addDays(mondayOf(data.to), -7 * (DEFAULT_WEEKS - 1)) : fallback.from);
  let to = data.to ?? fallback.to;
  if (from > to) [from, to] = [to, from];
  return {
    from,
    to,
    ...(data.type && { type: data.type }),
    ...(data.regime && { regime: data.regime }),
    ...(data.customerId && { customerId: data.customerId }),
    view: data.view ?? "charts",
  };
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
