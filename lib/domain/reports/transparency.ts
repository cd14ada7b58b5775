/**
 * The yearly transparency summary in the shape the CCPA metrics disclosure (11 CCR §7102(a)) and
 * regulators' questionnaires ask for: per request type, requests received in the calendar year and what
 * became of them, and the median days to a substantive response. The year is a UTC calendar year.
 */
import { z } from "zod";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { csvLine } from "@/lib/domain/csv";

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

const MIN_YEAR = 2000;

export const transparencyParamsSchema = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(9999).optional().catch(undefined),
  regime: z.enum(REGIMES).optional().catch(undefined),
  format: z.enum(["json", "csv"]).optional().catch(undefined),
});

/** The year, regime and format asked for; a missing or malformed year is the last complete one. */
export function parseTransparencyParams(
  params: Record<string, string | string[] | undefined>,
  now: Date = new Date(),
): { year: number; regime?: (typeof REGIMES)[number]; format: "json" | "csv" } {
  const one = (key: string) => {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  };
  const parsed = transparencyParamsSchema.parse({ year: one("year"), regime: one("regime"), format: one("format") });
  return {
    year: parsed.year ?? now.getUTCFullYear() - 1,
    ...(parsed.regime && { regime: parsed.regime }),
    format: parsed.format ?? "json",
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
