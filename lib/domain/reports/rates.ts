/** Share of `part` in `whole`, or null when there is nothing to divide (shown as "no data", not 0%). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** "87.5%", or an em dash when there is no rate. */
export function formatRate(value: number | null): string {
  if (value === null) return "—";
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/** Days to one decimal, as they are shown: a chart draws these, so a bar labelled "0.0" has no length. */
export function roundDays(days: number | null): number | null {
  return days === null ? null : Math.round(days * 10) / 10;
}

/** Days with one decimal ("3.5"), or an em dash. */
export function formatDays(days: number | null): string {
  const rounded = roundDays(days);
  return rounded === null ? "—" : rounded.toFixed(1);
}

export interface OnTimeCounts {
  closed: number;
  onTime: number;
}

export interface OnTimeSummary {
  /** Closed by the original due date, never extended. */
  notExtended: OnTimeCounts & { rate: number | null };
  /** Extended once: closed by the extended due date. */
  extended: OnTimeCounts & { rate: number | null };
  all: OnTimeCounts & { rate: number | null };
}

/**
 * The on-time rate, with extended cases kept apart: a case answered within a lawful extension is on time,
 * but a dashboard that folds it in hides how often the original deadline is missed.
 */
export function onTimeSummary(notExtended: OnTimeCounts, extended: OnTimeCounts): OnTimeSummary {
  const all = { closed: notExtended.closed + extended.closed, onTime: notExtended.onTime + extended.onTime };
  return {
    notExtended: { ...notExtended, rate: rate(notExtended.onTime, notExtended.closed) },
    extended: { ...extended, rate: rate(extended.onTime, extended.closed) },
    all: { ...all, rate: rate(all.onTime, all.closed) },
  };
}

/** Seconds to days (the database measures intervals in seconds), null kept. */
export function secondsToDays(seconds: number | null): number | null {
  return seconds === null ? null : seconds / 86_400;
}
