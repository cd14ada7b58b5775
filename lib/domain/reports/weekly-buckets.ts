import { addDays, type LocalDate } from "@/lib/domain/deadlines/local-date";
import { mondayOf } from "./report-filters";

/** One row of the weekly aggregate: the Monday of the week (UTC), a key (request type) and its count. */
export interface WeekCount {
  week: LocalDate;
  key: string;
  count: number;
}

export interface WeekBucket {
  week: LocalDate;
  /** Per key, zero when the week had none. */
  counts: Record<string, number>;
  total: number;
}

/** The Mondays of every week the period touches, first to last (edge weeks may be partial). */
export function weekStarts(from: LocalDate, to: LocalDate): LocalDate[] {
  const weeks: LocalDate[] = [];
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/**
 * The aggregate's rows as one bucket per week of the period, empty weeks and keys filled with zeros (the
 * database returns only the weeks that had requests). Rows outside the period are ignored.
 */
export function weeklyBuckets(
  rows: WeekCount[],
  from: LocalDate,
  to: LocalDate,
  keys: readonly string[],
): WeekBucket[] {
  const buckets = new Map(
    weekStarts(from, to).map((week) => [week, { week, counts: Object.fromEntries(keys.map((k) => [k, 0])), total: 0 }]),
  );
  for (const row of rows) {
    const bucket = buckets.get(row.week);
    if (!bucket || !(row.key in bucket.counts)) continue;
    bucket.counts[row.key] = (bucket.counts[row.key] ?? 0) + row.count;
    bucket.total += row.count;
  }
  return [...buckets.values()];
}
