/**
 * The yearly transparency summary in the shape the CCPA metrics disclosure (11 CCR §7102(a)) and
 * regulators' questionnaires ask for: per request type, requests received in the calendar year and what
 * became of them, and the median days to a substantive response. The year is a UTC calendar year.
 */
import { z } from "zod";
import { csvLine } from "@/lib/domain/csv";
import { yearOf } from "@/lib/domain/deadlines/local-date";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { firstValues, parseLeavingOut, type QueryErrors, type SearchParams } from "@/lib/domain/query-params";
import { FIRST_REPORT_DATE, LAST_REPORT_DATE } from "./report-filters";

export interface TransparencyRow {
  /** A request type, or "ALL" for the totals. */
  type: string;
  received: number;
  compliedInWhole: number;
  compliedInPart: number;
  denied: number;
  withdrawnOrOther: number;
  /** Still open, or never confirmed and not yet expired: received = the five columns before + this. */
  open: number;
  /** Calendar days from receipt to a substantive response (complied or denied), one decimal. */
  medianDaysToRespond: number | null;
}

export interface TransparencySummary {
  year: number;
  regime: string | null;
  rows: TransparencyRow[];
}

export const TRANSPARENCY_COLUMNS = [
  "request_type",
  "received",
  "complied_in_whole",
  "complied_in_part",
  "denied",
  "withdrawn_or_other",
  "open",
  "median_days_to_respond",
] as const;

const FIRST_YEAR = yearOf(FIRST_REPORT_DATE);
const LAST_YEAR = yearOf(LAST_REPORT_DATE);
// The catalogue's "report_year" names these years (FIRST_REPORT_DATE, LAST_REPORT_DATE).
const YEAR = "report_year";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const transparencyParamsSchema = z.object({
  // The reports' bounds (report-filters.ts): year 9999 once ended in the year 10000, a 500.
  year: optional(
    z.coerce
      .number({ error: YEAR })
      .int({ error: YEAR })
      .min(FIRST_YEAR, { error: YEAR })
      .max(LAST_YEAR, { error: YEAR }),
  ),
  regime: optional(z.enum(REGIMES, { error: "not_regime" })),
  format: optional(z.enum(["json", "csv"], { error: "json_or_csv" })),
});

const TRANSPARENCY_KEYS = Object.keys(transparencyParamsSchema.shape);

/**
 * The year, regime and format asked for; a missing year is the last complete one. A malformed value is
 * left out and named in `errors` (the page says so; the API answers 400).
 */
export function readTransparencyQuery(
  params: SearchParams,
  now: Date = new Date(),
): { params: { year: number; regime?: (typeof REGIMES)[number]; format: "json" | "csv" }; errors: QueryErrors } {
  const { value, errors } = parseLeavingOut(transparencyParamsSchema, firstValues(params, TRANSPARENCY_KEYS));
  return {
    params: {
      year: value.year ?? now.getUTCFullYear() - 1,
      ...(value.regime && { regime: value.regime }),
      format: value.format ?? "json",
    },
    errors,
  };
}

export function yearBounds(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** Every request type in a fixed order (zeros where none came in), then the totals. */
export function transparencyRows(rows: TransparencyRow[]): TransparencyRow[] {
  const empty = (type: string): TransparencyRow => ({
    type,
    received: 0,
    compliedInWhole: 0,
    compliedInPart: 0,
    denied: 0,
    withdrawnOrOther: 0,
    open: 0,
    medianDaysToRespond: null,
  });
  const round = (row: TransparencyRow): TransparencyRow => ({
    ...row,
    medianDaysToRespond: row.medianDaysToRespond === null ? null : Math.round(row.medianDaysToRespond * 10) / 10,
  });
  const byType = new Map(rows.map((r) => [r.type, r]));
  return [...REQUEST_TYPES, "ALL"].map((type) => round(byType.get(type) ?? empty(type)));
}

export function transparencyCsv(summary: TransparencySummary): string {
  return (
    csvLine(TRANSPARENCY_COLUMNS) +
    summary.rows
      .map((r) =>
        csvLine([
          r.type,
          r.received,
          r.compliedInWhole,
          r.compliedInPart,
          r.denied,
          r.withdrawnOrOther,
          r.open,
          r.medianDaysToRespond === null ? null : r.medianDaysToRespond.toFixed(1),
        ]),
      )
      .join("")
  );
}
